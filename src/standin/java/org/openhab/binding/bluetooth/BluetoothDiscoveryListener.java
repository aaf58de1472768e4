/**
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.bluetooth;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothDiscoveryListener} (compile/test only, never
 * shipped): informed by a {@link BluetoothAdapter} about devices appearing and disappearing.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface BluetoothDiscoveryListener {

    void deviceDiscovered(BluetoothDevice device);

    void deviceRemoved(BluetoothDevice device);
}

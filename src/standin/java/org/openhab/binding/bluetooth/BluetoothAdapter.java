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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.thing.ThingUID;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothAdapter} (compile/test only, never shipped):
 * the adapter API implemented by Bluetooth bridge handlers.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface BluetoothAdapter extends Identifiable<ThingUID> {

    void addDiscoveryListener(BluetoothDiscoveryListener listener);

    void removeDiscoveryListener(@Nullable BluetoothDiscoveryListener listener);

    void scanStart();

    void scanStop();

    /**
     * @return the adapter's own address
     * @throws IllegalStateException if the adapter is not initialized
     */
    @Nullable
    BluetoothAddress getAddress();

    /**
     * @return the device with that address; always returns a device for a valid address, even an unseen one
     */
    BluetoothDevice getDevice(BluetoothAddress address);

    @Nullable
    String getLocation();

    @Nullable
    String getLabel();

    boolean hasHandlerForDevice(BluetoothAddress address);
}

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
import org.openhab.binding.bluetooth.notification.BluetoothConnectionStatusNotification;
import org.openhab.binding.bluetooth.notification.BluetoothScanNotification;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothDeviceListener} (compile/test only, never
 * shipped): callbacks a {@link BluetoothDevice} delivers to its listeners.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface BluetoothDeviceListener {

    /** A scan record (advertisement) of the device was received. */
    void onScanRecordReceived(BluetoothScanNotification scanNotification);

    /** The connection state of the device changed. */
    void onConnectionStateChange(BluetoothConnectionStatusNotification connectionNotification);

    /** The GATT services of the device have been resolved. */
    void onServicesDiscovered();

    /** A characteristic value arrived (notification, indication or read). */
    void onCharacteristicUpdate(BluetoothCharacteristic characteristic, byte[] value);

    /** A descriptor value arrived. */
    void onDescriptorUpdate(BluetoothDescriptor bluetoothDescriptor, byte[] value);

    /** The adapter through which the device is reached changed (roaming). */
    void onAdapterChanged(BluetoothAdapter adapter);
}

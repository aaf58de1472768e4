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
package org.openhab.binding.bluetooth.discovery;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothCompanyIdentifiers;
import org.openhab.binding.bluetooth.BluetoothDevice;
import org.openhab.binding.bluetooth.DelegateBluetoothDevice;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.discovery.BluetoothDiscoveryDevice} (compile/test only,
 * never shipped): the device handed to {@link BluetoothDiscoveryParticipant}s, delegating to the discovered device
 * and carrying optional device-information fields (filled by the real discovery process; null here unless a
 * subclass sets them).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class BluetoothDiscoveryDevice extends DelegateBluetoothDevice {

    private final BluetoothDevice delegate;

    protected @Nullable String model;
    protected @Nullable String serialNumber;
    protected @Nullable String hardwareRevision;
    protected @Nullable String firmwareRevision;
    protected @Nullable String softwareRevision;

    public BluetoothDiscoveryDevice(BluetoothDevice device) {
        super(device.getAdapter(), device.getAddress());
        this.delegate = device;
    }

    @Override
    protected @Nullable BluetoothDevice getDelegate() {
        return delegate;
    }

    public @Nullable String getModel() {
        return model;
    }

    public @Nullable String getSerialNumber() {
        return serialNumber;
    }

    public @Nullable String getHardwareRevision() {
        return hardwareRevision;
    }

    public @Nullable String getFirmwareRevision() {
        return firmwareRevision;
    }

    public @Nullable String getSoftwareRevision() {
        return softwareRevision;
    }

    @Override
    public String toString() {
        Integer manufacturerId = getManufacturerId();
        String company = BluetoothCompanyIdentifiers.get(manufacturerId);
        String manufacturerText = company == null ? String.valueOf(manufacturerId)
                : manufacturerId + " (" + company + ")";
        return "BluetoothDevice [address=" + address + ", manufacturer=" + manufacturerText + ", name=" + getName()
                + ", model=" + model + ", serialNumber=" + serialNumber + ", hardwareRevision=" + hardwareRevision
                + ", firmwareRevision=" + firmwareRevision + ", softwareRevision=" + softwareRevision + ", rssi="
                + getRssi() + "]";
    }
}

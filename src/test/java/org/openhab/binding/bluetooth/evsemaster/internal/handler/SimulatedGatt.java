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
package org.openhab.binding.bluetooth.evsemaster.internal.handler;

import static org.openhab.binding.bluetooth.BluetoothCharacteristic.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.BluetoothBindingConstants;
import org.openhab.binding.bluetooth.BluetoothCharacteristic;
import org.openhab.binding.bluetooth.BluetoothDescriptor;
import org.openhab.binding.bluetooth.BluetoothService;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;

/**
 * Turns the simulator's GATT table (service → characteristics with write/notify properties, spec §1.2) into the
 * openHAB Bluetooth objects an adapter would build after service resolution: primary services with handle ranges,
 * characteristics with property bits, and a Client Characteristic Configuration descriptor on every characteristic
 * that can notify (§1.4).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class SimulatedGatt {

    /** Writable characteristics of these modules offer write and write-without-response (fff2, ffe9, §1.2). */
    static final int WRITE_PROPERTIES = PROPERTY_WRITE | PROPERTY_WRITE_NO_RESPONSE;
    static final UUID CLIENT_CHARACTERISTIC_CONFIGURATION = BluetoothBindingConstants.createBluetoothUUID(0x2902);

    /** First handle after the generic access and generic attribute services. */
    private static final int FIRST_HANDLE = 0x10;

    private SimulatedGatt() {
    }

    /**
     * @param table service UUID → characteristics, in discovery order (as {@code ChargerSimulator.gattServices()})
     * @return the services in the same order, with consecutive attribute handles
     */
    static List<BluetoothService> build(Map<UUID, List<GattProfile.Characteristic>> table) {
        List<BluetoothService> services = new ArrayList<>();
        int handle = FIRST_HANDLE;
        for (Map.Entry<UUID, List<GattProfile.Characteristic>> entry : table.entrySet()) {
            int start = handle;
            List<BluetoothCharacteristic> characteristics = new ArrayList<>();
            for (GattProfile.Characteristic simulated : entry.getValue()) {
                // declaration handle, then the value handle the characteristic is known by
                handle += 2;
                characteristics.add(characteristic(simulated, handle));
                if (simulated.canNotify()) {
                    handle++;
                }
            }
            BluetoothService service = new BluetoothService(entry.getKey(), true, start, handle);
            characteristics.forEach(service::addCharacteristic);
            services.add(service);
            handle++;
        }
        return services;
    }

    private static BluetoothCharacteristic characteristic(GattProfile.Characteristic simulated, int valueHandle) {
        BluetoothCharacteristic characteristic = new BluetoothCharacteristic(simulated.uuid(), valueHandle);
        int properties = 0;
        if (simulated.canWrite()) {
            properties |= WRITE_PROPERTIES;
            characteristic.setWriteType(WRITE_TYPE_DEFAULT);
        }
        if (simulated.canNotify()) {
            properties |= PROPERTY_NOTIFY;
            characteristic.addDescriptor(
                    new BluetoothDescriptor(characteristic, CLIENT_CHARACTERISTIC_CONFIGURATION, valueHandle + 1));
        }
        characteristic.setProperties(properties);
        return characteristic;
    }
}

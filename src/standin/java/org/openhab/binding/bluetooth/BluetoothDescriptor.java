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

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothDescriptor} (compile/test only, never shipped):
 * a GATT descriptor of a {@link BluetoothCharacteristic}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class BluetoothDescriptor {

    protected final BluetoothCharacteristic characteristic;
    protected final UUID uuid;
    protected final int handle;

    public BluetoothDescriptor(BluetoothCharacteristic characteristic, UUID uuid, int handle) {
        this.characteristic = characteristic;
        this.uuid = uuid;
        this.handle = handle;
    }

    /** Package-private in the real type as well. */
    BluetoothCharacteristic getCharacteristic() {
        return characteristic;
    }

    /** The real implementation always reports no permissions. */
    public int getPermissions() {
        return 0;
    }

    public UUID getUuid() {
        return uuid;
    }

    public int getHandle() {
        return handle;
    }

    public @Nullable GattDescriptor getDescriptor() {
        return GattDescriptor.getDescriptor(uuid);
    }

    /**
     * Standard GATT descriptors (16-bit assigned numbers).
     */
    public enum GattDescriptor {
        CHARACTERISTIC_EXTENDED_PROPERTIES(0x2900),
        CHARACTERISTIC_USER_DESCRIPTION(0x2901),
        CLIENT_CHARACTERISTIC_CONFIGURATION(0x2902),
        SERVER_CHARACTERISTIC_CONFIGURATION(0x2903),
        CHARACTERISTIC_PRESENTATION_FORMAT(0x2904),
        CHARACTERISTIC_AGGREGATE_FORMAT(0x2905),
        VALID_RANGE(0x2906),
        EXTERNAL_REPORT_REFERENCE(0x2907),
        REPORT_REFERENCE(0x2908),
        NUMBER_OF_DIGITALS(0x2909),
        TRIGGER_SETTING(0x290A);

        private static final Map<UUID, GattDescriptor> BY_UUID = new HashMap<>();

        static {
            for (GattDescriptor descriptor : values()) {
                BY_UUID.put(descriptor.uuid, descriptor);
            }
        }

        private final UUID uuid;

        GattDescriptor(long assignedNumber) {
            this.uuid = BluetoothBindingConstants.createBluetoothUUID(assignedNumber);
        }

        public static @Nullable GattDescriptor getDescriptor(UUID uuid) {
            return BY_UUID.get(uuid);
        }

        public UUID getUUID() {
            return uuid;
        }
    }
}

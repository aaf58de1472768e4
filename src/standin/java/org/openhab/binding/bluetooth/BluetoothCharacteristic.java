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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothCharacteristic} (compile/test only, never
 * shipped): a GATT characteristic with its property bits, write type and descriptors. Equality is based on uuid,
 * instance id and owning service, as in the real type.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class BluetoothCharacteristic {
    public static final int PROPERTY_BROADCAST = 0x01;
    public static final int PROPERTY_READ = 0x02;
    public static final int PROPERTY_WRITE_NO_RESPONSE = 0x04;
    public static final int PROPERTY_WRITE = 0x08;
    public static final int PROPERTY_NOTIFY = 0x10;
    public static final int PROPERTY_INDICATE = 0x20;
    public static final int PROPERTY_SIGNED_WRITE = 0x40;
    public static final int PROPERTY_EXTENDED_PROPS = 0x80;

    public static final int PERMISSION_READ = 0x01;
    public static final int PERMISSION_READ_ENCRYPTED = 0x02;
    public static final int PERMISSION_READ_ENCRYPTED_MITM = 0x04;
    public static final int PERMISSION_WRITE = 0x10;
    public static final int PERMISSION_WRITE_ENCRYPTED = 0x20;
    public static final int PERMISSION_WRITE_ENCRYPTED_MITM = 0x40;
    public static final int PERMISSION_WRITE_SIGNED = 0x80;
    public static final int PERMISSION_WRITE_SIGNED_MITM = 0x100;

    public static final int WRITE_TYPE_DEFAULT = 0x02;
    public static final int WRITE_TYPE_NO_RESPONSE = 0x01;
    public static final int WRITE_TYPE_SIGNED = 0x04;

    protected UUID uuid;
    protected int handle;
    protected Map<UUID, BluetoothDescriptor> gattDescriptors = new HashMap<>();
    protected int instance;
    protected int properties;
    protected int permissions;
    protected int writeType;
    protected @Nullable BluetoothService service;

    public BluetoothCharacteristic(UUID uuid, int handle) {
        this.uuid = uuid;
        this.handle = handle;
    }

    /**
     * @return true if the descriptor was added, false if one with the same uuid is already present
     */
    public boolean addDescriptor(BluetoothDescriptor descriptor) {
        return gattDescriptors.putIfAbsent(descriptor.getUuid(), descriptor) == null;
    }

    public UUID getUuid() {
        return uuid;
    }

    public int getInstanceId() {
        return instance;
    }

    /** Sets the raw GATT property bit mask ({@code PROPERTY_*}). */
    public void setProperties(int properties) {
        this.properties = properties;
    }

    public int getProperties() {
        return properties;
    }

    /** @return true if the given {@code PROPERTY_*} bit is set */
    public boolean hasPropertyEnabled(int property) {
        return (properties & property) != 0;
    }

    public boolean canNotify() {
        return hasPropertyEnabled(PROPERTY_NOTIFY);
    }

    public boolean canRead() {
        return hasPropertyEnabled(PROPERTY_READ);
    }

    /** @return true if the characteristic can be written with or without response */
    public boolean canWrite() {
        return hasPropertyEnabled(PROPERTY_WRITE) || hasPropertyEnabled(PROPERTY_WRITE_NO_RESPONSE);
    }

    public int getPermissions() {
        return permissions;
    }

    public int getWriteType() {
        return writeType;
    }

    public void setWriteType(int writeType) {
        this.writeType = writeType;
    }

    public @Nullable BluetoothService getService() {
        return service;
    }

    public int getHandle() {
        return handle;
    }

    public void setService(BluetoothService service) {
        this.service = service;
    }

    public List<BluetoothDescriptor> getDescriptors() {
        return new ArrayList<>(gattDescriptors.values());
    }

    public @Nullable BluetoothDescriptor getDescriptor(UUID uuid) {
        return gattDescriptors.get(uuid);
    }

    @Override
    public int hashCode() {
        BluetoothService owner = service;
        int result = 31 + instance;
        result = 31 * result + (owner == null ? 0 : owner.hashCode());
        return 31 * result + uuid.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        BluetoothCharacteristic other = (BluetoothCharacteristic) obj;
        BluetoothService owner = service;
        boolean sameService = owner == null ? other.service == null : owner.equals(other.service);
        return instance == other.instance && sameService && uuid.equals(other.uuid);
    }

    public @Nullable GattCharacteristic getGattCharacteristic() {
        return GattCharacteristic.getCharacteristic(uuid);
    }

    /**
     * Standard GATT characteristics (16-bit assigned numbers; names as in the real enum, typos included).
     */
    public enum GattCharacteristic {
        ALERT_CATEGORY_ID(0x2A43), ALERT_CATEGORY_ID_BIT_MASK(0x2A42), ALERT_LEVEL(0x2A06),
        ALERT_NOTIFICATION_CONTROL_POINT(0x2A44), ALERT_STATUS(0x2A3F), APPEARANCE(0x2A01), BATTERY_LEVEL(0x2A19),
        BLOOD_PRESSURE_FEATURE(0x2A49), BLOOD_PRESSURE_MEASUREMENT(0x2A35), BODY_SENSOR_LOCATION(0x2A38),
        BOOT_KEYOBARD_INPUT_REPORT(0x2A22), BOOT_KEYOBARD_OUTPUT_REPORT(0x2A32), BOOT_MOUSE_INPUT_REPORT(0x2A33),
        CSC_FEATURE(0x2A5C), CSC_MEASUREMENT(0x2A5B), CURRENT_TIME(0x2A2B), CYCLING_POWER_CONTROL_POINT(0x2A66),
        CYCLING_POWER_FEATURE(0x2A65), CYCLING_POWER_MEASUREMENT(0x2A63), CYCLING_POWER_VECTOR(0x2A64),
        DATE_TIME(0x2A08), DAY_DATE_TIME(0x2A0A), DAY_OF_WEEK(0x2A09), DEVICE_NAME(0x2A00), DST_OFFSET(0x2A0D),
        EXACT_TIME_256(0x2A0C), FIRMWARE_REVISION_STRING(0x2A26), GLUCOSE_FEATURE(0x2A51), GLUCOSE_MEASUREMENT(0x2A18),
        GLUCOSE_MEASUREMENT_CONTROL(0x2A34), HARDWARE_REVISION_STRING(0x2A27), HEART_RATE_CONTROL_POINT(0x2A39),
        HEART_RATE_MEASUREMENT(0x2A37), HID_CONTROL_POINT(0x2A4C), HID_INFORMATION(0x2A4A),
        IEEE11073_20601_REGULATORY_CERTIFICATION_DATA_LIST(0x2A2A), INTERMEDIATE_CUFF_PRESSURE(0x2A36),
        INTERMEDIATE_TEMPERATURE(0x2A1E), LN_CONTROL_POINT(0x2A6B), LN_FEATURE(0x2A6A), LOCAL_TIME_INFORMATION(0x2A0F),
        LOCATION_AND_SPEED(0x2A67), MANUFACTURER_NAME_STRING(0x2A29), MEASUREMENT_INTERVAL(0x2A21),
        MODEL_NUMBER_STRING(0x2A24), NAVIGATION(0x2A68), NEW_ALERT(0x2A46),
        PERIPERAL_PREFFERED_CONNECTION_PARAMETERS(0x2A04), PERIPHERAL_PRIVACY_FLAG(0x2A02), PN_PID(0x2A50),
        POSITION_QUALITY(0x2A69), PROTOCOL_MODE(0x2A4E), RECONNECTION_ADDRESS(0x2A03),
        RECORD_ACCESS_CONTROL_POINT(0x2A52), REFERENCE_TIME_INFORMATION(0x2A14), REPORT(0x2A4D), REPORT_MAP(0x2A4B),
        RINGER_CONTROL_POINT(0x2A40), RINGER_SETTING(0x2A41), RSC_FEATURE(0x2A54), RSC_MEASUREMENT(0x2A53),
        SC_CONTROL_POINT(0x2A55), SCAN_INTERVAL_WINDOW(0x2A4F), SCAN_REFRESH(0x2A31), SENSOR_LOCATION(0x2A5D),
        SERIAL_NUMBER_STRING(0x2A25), SERVICE_CHANGED(0x2A05), SOFTWARE_REVISION_STRING(0x2A28),
        SUPPORTED_NEW_ALERT_CATEGORY(0x2A47), SUPPORTED_UNREAD_ALERT_CATEGORY(0x2A48), SYSTEM_ID(0x2A23),
        TEMPERATURE_MEASUREMENT(0x2A1C), TEMPERATURE_TYPE(0x2A1D), TIME_ACCURACY(0x2A12), TIME_SOURCE(0x2A13),
        TIME_UPDATE_CONTROL_POINT(0x2A16), TIME_UPDATE_STATE(0x2A17), TIME_WITH_DST(0x2A11), TIME_ZONE(0x2A0E),
        TX_POWER_LEVEL(0x2A07), UNREAD_ALERT_STATUS(0x2A45), AGGREGATE_INPUT(0x2A5A), ANALOG_INPUT(0x2A58),
        ANALOG_OUTPUT(0x2A59), DIGITAL_INPUT(0x2A56), DIGITAL_OUTPUT(0x2A57), EXACT_TIME_100(0x2A0B),
        NETWORK_AVAILABILITY(0x2A3E), SCIENTIFIC_TEMPERATURE_IN_CELSIUS(0x2A3C), SECONDARY_TIME_ZONE(0x2A10),
        STRING(0x2A3D), TEMPERATURE_IN_CELSIUS(0x2A1F), TEMPERATURE_IN_FAHRENHEIT(0x2A20), TIME_BROADCAST(0x2A15),
        BATTERY_LEVEL_STATE(0x2A1B), BATTERY_POWER_STATE(0x2A1A), PULSE_OXIMETRY_CONTINUOUS_MEASUREMENT(0x2A5F),
        PULSE_OXIMETRY_CONTROL_POINT(0x2A62), PULSE_OXIMETRY_FEATURES(0x2A61), PULSE_OXIMETRY_PULSATILE_EVENT(0x2A60),
        PULSE_OXIMETRY_SPOT_CHECK_MEASUREMENT(0x2A5E), RECORD_ACCESS_CONTROL_POINT_TESTVERSION(0x2A52),
        REMOVABLE(0x2A3A), SERVICE_REQUIRED(0x2A3B);

        // on duplicate assigned numbers the later constant wins, as in the real lookup
        private static final Map<UUID, GattCharacteristic> BY_UUID = new HashMap<>();

        static {
            for (GattCharacteristic characteristic : values()) {
                BY_UUID.put(characteristic.uuid, characteristic);
            }
        }

        private final UUID uuid;

        GattCharacteristic(long assignedNumber) {
            this.uuid = BluetoothBindingConstants.createBluetoothUUID(assignedNumber);
        }

        public static @Nullable GattCharacteristic getCharacteristic(UUID uuid) {
            return BY_UUID.get(uuid);
        }

        public UUID getUUID() {
            return uuid;
        }
    }
}

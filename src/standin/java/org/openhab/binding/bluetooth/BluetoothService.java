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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothService} (compile/test only, never shipped):
 * a GATT service and its characteristics.
 * <p>
 * Like the real type this class is deliberately <b>not</b> {@code @NonNullByDefault}: {@link #getCharacteristic(UUID)},
 * {@link #getCharacteristicByHandle(int)} and {@link #getService()} return {@code null} when nothing matches.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
public class BluetoothService {

    private final UUID uuid;
    private final int handleStart;
    private final int handleEnd;

    protected int instanceId;
    protected boolean primaryService;
    protected final Map<UUID, BluetoothCharacteristic> supportedCharacteristics = new ConcurrentHashMap<>();

    /** Creates a primary service without handle range. */
    public BluetoothService(UUID uuid) {
        this(uuid, true, 0, 0);
    }

    public BluetoothService(UUID uuid, boolean primaryService) {
        this(uuid, primaryService, 0, 0);
    }

    public BluetoothService(UUID uuid, boolean primaryService, int handleStart, int handleEnd) {
        this.uuid = uuid;
        this.primaryService = primaryService;
        this.handleStart = handleStart;
        this.handleEnd = handleEnd;
    }

    /** @return the characteristic with that uuid, or null */
    public BluetoothCharacteristic getCharacteristic(UUID uuid) {
        return supportedCharacteristics.get(uuid);
    }

    public List<BluetoothCharacteristic> getCharacteristics() {
        return new ArrayList<>(supportedCharacteristics.values());
    }

    public UUID getUuid() {
        return uuid;
    }

    public int getHandleStart() {
        return handleStart;
    }

    public int getHandleEnd() {
        return handleEnd;
    }

    public boolean isPrimary() {
        return primaryService;
    }

    public int getInstanceId() {
        return instanceId;
    }

    public boolean providesCharacteristic(UUID uuid) {
        return supportedCharacteristics.containsKey(uuid);
    }

    /**
     * Adds the characteristic and makes this service its owner.
     *
     * @return false if a characteristic with the same uuid is already present (nothing changes then)
     */
    public boolean addCharacteristic(BluetoothCharacteristic characteristic) {
        if (supportedCharacteristics.putIfAbsent(characteristic.getUuid(), characteristic) != null) {
            return false;
        }
        characteristic.setService(this);
        return true;
    }

    /** @return the characteristic with that handle, or null */
    public BluetoothCharacteristic getCharacteristicByHandle(int handle) {
        for (BluetoothCharacteristic characteristic : supportedCharacteristics.values()) {
            if (characteristic.getHandle() == handle) {
                return characteristic;
            }
        }
        return null;
    }

    /** @return the standard GATT service with this uuid, or null */
    public GattService getService() {
        return GattService.getService(uuid);
    }

    /**
     * Standard GATT services (16-bit assigned numbers).
     */
    public enum GattService {
        ALERT_NOTIFICATION_SERVICE(0x1811), AUTOMATION_IO(0x1815), BATTERY_SERVICE(0x180F), BLOOD_PRESSURE(0x1810),
        BODY_COMPOSITION(0x181B), BOND_MANAGEMENT(0x181E), CONTINUOUS_GLUCOSE_MONITORING(0x181F),
        CURRENT_TIME_SERVICE(0x1805), CYCLING_POWER(0x1818), CYCLING_SPEED_AND_CADENCE(0x1816),
        DEVICE_INFORMATION(0x180A), ENVIRONMENTAL_SENSING(0x181A), GENERIC_ACCESS(0x1800), GENERIC_ATTRIBUTE(0x1801),
        GLUCOSE(0x1808), HEALTH_THERMOMETER(0x1809), HEART_RATE(0x180D), HTTP_PROXY(0x1823),
        HUMAN_INTERFACE_DEVICE(0x1812), IMMEDIATE_ALERT(0x1802), INDOOR_POSITIONING(0x1821),
        INTERNET_PROTOCOL_SUPPORT(0x1820), LINK_LOSS(0x1803), LOCATION_AND_NAVIGATION(0x1819),
        NEXT_DST_CHANGE_SERVICE(0x1807), PHONE_ALERT_STATUS_SERVICE(0x180E), REFERENCE_TIME_UPDATE_SERVICE(0x1806),
        RUNNING_SPEED_AND_CADENCE(0x1814), SCAN_PARAMETERS(0x1813), TX_POWER(0x1804), USER_DATA(0x181C),
        WEIGHT_SCALE(0x181D);

        private static final Map<UUID, GattService> BY_UUID = new HashMap<>();

        static {
            for (GattService service : values()) {
                BY_UUID.put(service.uuid, service);
            }
        }

        private final UUID uuid;

        GattService(long assignedNumber) {
            this.uuid = BluetoothBindingConstants.createBluetoothUUID(assignedNumber);
        }

        /** @return the service with that uuid, or null */
        public static GattService getService(UUID uuid) {
            return BY_UUID.get(uuid);
        }

        public UUID getUUID() {
            return uuid;
        }
    }

    @Override
    public String toString() {
        return "BluetoothService [uuid=" + uuid + ", handleStart=" + handleStart + ", handleEnd=" + handleEnd + "]";
    }
}

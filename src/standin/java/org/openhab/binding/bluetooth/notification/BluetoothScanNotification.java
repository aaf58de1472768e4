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
package org.openhab.binding.bluetooth.notification;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.notification.BluetoothScanNotification} (compile/test
 * only, never shipped): a received advertisement / scan response. Defaults as in the real class: RSSI
 * {@link Integer#MIN_VALUE} (meaning "no RSSI"), empty data arrays and name, {@code BEACON_UNKNOWN}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class BluetoothScanNotification extends BluetoothNotification {

    private int rssi = Integer.MIN_VALUE;
    private byte[] data = new byte[0];
    private byte[] manufacturerData = new byte[0];
    /** Service data keyed by service UUID string. */
    private Map<String, byte[]> serviceData = new HashMap<>();
    private BluetoothBeaconType beaconType = BluetoothBeaconType.BEACON_UNKNOWN;
    private String name = "";

    /**
     * Kinds of scan packets.
     */
    public enum BluetoothBeaconType {
        BEACON_UNKNOWN,
        BEACON_ADVERTISEMENT,
        BEACON_SCANRESPONSE
    }

    public void setRssi(int rssi) {
        this.rssi = rssi;
    }

    /** @return the RSSI in dBm, or {@link Integer#MIN_VALUE} if none is available */
    public int getRssi() {
        return rssi;
    }

    public void setData(byte[] data) {
        this.data = data;
    }

    public byte[] getData() {
        return data;
    }

    public void setManufacturerData(byte[] manufacturerData) {
        this.manufacturerData = manufacturerData;
    }

    public byte[] getManufacturerData() {
        return manufacturerData;
    }

    public void setServiceData(Map<String, byte[]> serviceData) {
        this.serviceData = serviceData;
    }

    public Map<String, byte[]> getServiceData() {
        return serviceData;
    }

    public void setBeaconType(BluetoothBeaconType beaconType) {
        this.beaconType = beaconType;
    }

    public BluetoothBeaconType getBeaconType() {
        return beaconType;
    }

    public void setDeviceName(String name) {
        this.name = name;
    }

    public String getDeviceName() {
        return name;
    }
}

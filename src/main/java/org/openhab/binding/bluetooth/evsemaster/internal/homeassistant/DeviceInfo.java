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
package org.openhab.binding.bluetooth.evsemaster.internal.homeassistant;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerIdentity;

/**
 * What Home Assistant's device registry shows of the charger, and what shapes its components.
 *
 * @param serial the charger's serial number (hex, as reported at login)
 * @param bluetoothAddress the charger's Bluetooth address {@code XX:XX:XX:XX:XX:XX}
 * @param name the charger's own name, empty if unknown
 * @param manufacturer the brand reported by the charger
 * @param model the model reported by the charger
 * @param hardwareVersion the hardware version
 * @param softwareVersion the software version, null if the charger did not report one
 * @param phases 1 or 3
 * @param ratedCurrentAmperes the highest output current the charger accepts
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record DeviceInfo(String serial, String bluetoothAddress, String name, String manufacturer, String model,
        String hardwareVersion, @Nullable String softwareVersion, int phases, int ratedCurrentAmperes) {

    /** The lowest output current the chargers accept (spec §4.10). */
    public static final int MIN_CURRENT_AMPERES = 6;

    /**
     * @throws IllegalArgumentException if the serial is empty, the phases are not 1 or 3 or the rated current is
     *             below 6 A
     */
    public DeviceInfo {
        if (serial.isBlank()) {
            throw new IllegalArgumentException("serial must not be empty");
        }
        if (phases != 1 && phases != 3) {
            throw new IllegalArgumentException("phases must be 1 or 3: " + phases);
        }
        if (ratedCurrentAmperes < MIN_CURRENT_AMPERES) {
            throw new IllegalArgumentException("rated current must be at least 6 A: " + ratedCurrentAmperes);
        }
    }

    /**
     * @param identity what the charger reported at login
     * @param bluetoothAddress the charger's Bluetooth address
     * @param name the charger's own name, empty if not known yet
     */
    public static DeviceInfo of(ChargerIdentity identity, String bluetoothAddress, String name) {
        return new DeviceInfo(identity.serial(), bluetoothAddress, name, identity.brand(), identity.model(),
                identity.hardwareVersion(), identity.softwareVersion(), identity.phases(),
                Math.max(MIN_CURRENT_AMPERES, identity.ratedCurrentAmperes()));
    }

    /**
     * @return the id of the charger in topics and entity ids: {@code evsemaster_} and the serial, lower case, every
     *         character outside {@code [a-z0-9]} replaced by {@code _}
     */
    public String id() {
        return "evsemaster_" + serial.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
    }

    /**
     * @return the charger's own name, or brand, model and serial when it has none
     */
    public String displayName() {
        return name.isBlank() ? (manufacturer + " " + model + " " + serial).strip() : name;
    }

    public DeviceInfo withName(String newName) {
        return new DeviceInfo(serial, bluetoothAddress, newName, manufacturer, model, hardwareVersion, softwareVersion,
                phases, ratedCurrentAmperes);
    }
}

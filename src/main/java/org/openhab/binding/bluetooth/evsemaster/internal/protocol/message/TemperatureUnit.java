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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol.message;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Temperature unit shown on the charger and in the app, 0x8112/0x0112 value (spec §6.12). Display only:
 * status temperatures are always °C.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum TemperatureUnit implements CodedEnum {
    /** 1: degrees Celsius. */
    CELSIUS(1),
    /** 2: degrees Fahrenheit. */
    FAHRENHEIT(2),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    TemperatureUnit(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a wire code
     * @return the constant for the code, {@link #UNKNOWN} if none
     */
    public static TemperatureUnit fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

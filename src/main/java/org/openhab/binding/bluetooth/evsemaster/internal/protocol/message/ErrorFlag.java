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

import java.util.EnumSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Error codes of the status error bit field, payload bytes 21–24 (spec §6.6). Bit order as in the app (normative for
 * this project, §9 D6, uncertain): code <i>n</i> is the mask {@code 0x80000000 >>> n} of the big-endian u32, so code 0
 * is bit 7 of byte 21 and code 31 is bit 0 of byte 24. Every set bit is reported, not only the first as in the app.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum ErrorFlag implements CodedEnum {
    RELAY_STUCK_L1(0),
    RELAY_STUCK_L2(1),
    RELAY_STUCK_L3(2),
    OFFLINE(3),
    CC_ERROR(4),
    CP_ERROR(5),
    EMERGENCY_STOP(6),
    OVER_TEMPERATURE_INNER(7),
    OVER_TEMPERATURE_OUTER(8),
    /** Code 9, listed as "unknown" error in the app's own table. */
    UNSPECIFIED(9),
    LEAKAGE(10),
    SHORT_CIRCUIT(11),
    OVER_CURRENT(12),
    NOT_GROUNDED(13),
    OVER_VOLTAGE(14),
    UNDER_VOLTAGE(15),
    INPUT_POWER_ERROR(25),
    DLB_OVER_CURRENT(26),
    DIODE_SHORT_CIRCUIT(27),
    RTC_FAILURE(28),
    FLASH_FAILURE(29),
    EEPROM_FAILURE(30),
    METERING_FAILURE(31),
    /** One or more of the unassigned codes 16–24 is set; the record keeps the raw bits. */
    UNKNOWN(UNKNOWN_CODE);

    private static final int BITS = 32;
    private static final long TOP_BIT = 0x8000_0000L;

    private final int code;

    ErrorFlag(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @return the mask of this code in the big-endian u32, 0 for {@link #UNKNOWN}
     */
    public long mask() {
        return this == UNKNOWN ? 0 : TOP_BIT >>> code;
    }

    /**
     * @param code an error code 0..31
     * @return the constant for the code, {@link #UNKNOWN} for unassigned codes
     */
    public static ErrorFlag fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }

    /**
     * @param bits the u32 error field
     * @return every code whose bit is set; {@link #UNKNOWN} if an unassigned bit is set
     */
    public static Set<ErrorFlag> fromBits(long bits) {
        Set<ErrorFlag> flags = EnumSet.noneOf(ErrorFlag.class);
        for (int code = 0; code < BITS; code++) {
            if ((bits & (TOP_BIT >>> code)) != 0) {
                flags.add(fromCode(code));
            }
        }
        return flags;
    }

    /**
     * @param flags error codes; {@link #UNKNOWN} contributes no bit
     * @return the u32 error field with their bits set
     */
    public static long toBits(Set<ErrorFlag> flags) {
        return flags.stream().mapToLong(ErrorFlag::mask).reduce(0, (a, b) -> a | b);
    }
}

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
 * Why a session ended, charge record byte 58 (spec §6.10). Not the meaning of the ChargeStop answer's byte 1
 * (§9 D18).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum StopReason implements CodedEnum {
    /** 0: reservation cancelled early by the app. */
    RESERVATION_CANCELLED(0),
    /** 1: reservation time reached but no vehicle. */
    RESERVATION_NO_VEHICLE(1),
    /** 11: stopped from the app. */
    APP(11),
    /** 12: stopped by card swipe. */
    CARD(12),
    /** 13: stopped automatically when full. */
    FULL(13),
    /** 14: fixed fee reached. */
    FIXED_FEE_REACHED(14),
    /** 15: fixed energy reached. */
    FIXED_ENERGY_REACHED(15),
    /** 16: fixed time reached. */
    FIXED_TIME_REACHED(16),
    /** 17: plug removed. */
    PLUG_REMOVED(17),
    /** 18: a power failure ended the session. */
    POWER_FAILURE(18),
    /** 19: fault: over-current. */
    OVER_CURRENT(19),
    /** 20: fault: short circuit. */
    SHORT_CIRCUIT(20),
    /** 21: fault: main board over-temperature. */
    BOARD_OVER_TEMPERATURE(21),
    /** 22: fault: plug over-temperature. */
    PLUG_OVER_TEMPERATURE(22),
    /** 23: fault: emergency stop pressed. */
    EMERGENCY_STOP(23),
    /** 24: stopped with the button ("key"). */
    BUTTON(24),
    /** 30: maximum time of 48 h exceeded. */
    MAX_TIME_EXCEEDED(30),
    /** 31: maximum energy of 400 kWh exceeded. */
    MAX_ENERGY_EXCEEDED(31),
    /** 32: maximum cost of 400 (yuan) exceeded. */
    MAX_COST_EXCEEDED(32),
    /** 255: not set; the stop text of the record says why instead (C29). */
    NOT_SET(255),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    StopReason(int code) {
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
    public static StopReason fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

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
 * Error reason of a ChargeStart answer, payload byte 3 (spec §6.9).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum StartErrorReason implements CodedEnum {
    /** 0: no error. */
    NONE(0),
    /** 1: plug not inserted properly / vehicle not connected. */
    VEHICLE_NOT_CONNECTED(1),
    /** 2: system error. */
    SYSTEM_ERROR(2),
    /** 3: already charging. */
    ALREADY_CHARGING(3),
    /** 4: system maintenance. */
    SYSTEM_MAINTENANCE(4),
    /** 5: incorrect fee setting. */
    INCORRECT_FEE(5),
    /** 6: incorrect energy setting. */
    INCORRECT_ENERGY(6),
    /** 7: incorrect time setting. */
    INCORRECT_TIME(7),
    /** 8: the charger reports an unknown reason. */
    UNKNOWN_REASON(8),
    /** 20: a reservation is already active. */
    RESERVATION_ACTIVE(20),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    StartErrorReason(int code) {
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
    public static StartErrorReason fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

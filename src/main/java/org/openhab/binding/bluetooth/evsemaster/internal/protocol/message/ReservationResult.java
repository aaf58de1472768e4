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
 * Reservation result of a ChargeStart answer, payload byte 1 (spec §6.8).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum ReservationResult implements CodedEnum {
    /** 0: no reservation requested (immediate start). */
    NONE_REQUESTED(0),
    /** 1: reservation accepted. */
    ACCEPTED(1),
    /** 2: reservations not supported. */
    NOT_SUPPORTED(2),
    /** 3: reservation more than 24 h ahead. */
    TOO_FAR_AHEAD(3),
    /** 4: reservation time in the past: the charger starts at once (success). */
    IN_THE_PAST(4),
    /** 5: system error. */
    SYSTEM_ERROR(5),
    /** 6: a reservation already exists. */
    ALREADY_RESERVED(6),
    /** 7: already charging. */
    ALREADY_CHARGING(7),
    /** 8: incorrect fixed fee. */
    INCORRECT_FIXED_FEE(8),
    /** 9: incorrect fixed energy. */
    INCORRECT_FIXED_ENERGY(9),
    /** 10: incorrect fixed time. */
    INCORRECT_FIXED_TIME(10),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    ReservationResult(int code) {
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
    public static ReservationResult fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }

    /**
     * @return whether the start went ahead as far as the reservation is concerned: codes 0, 1 and 4 (spec §4.8)
     */
    public boolean isSuccess() {
        return this == NONE_REQUESTED || this == ACCEPTED || this == IN_THE_PAST;
    }
}

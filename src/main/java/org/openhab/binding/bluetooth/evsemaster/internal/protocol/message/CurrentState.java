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
 * Charger state, status payload byte 20 and charging-status byte 1 (spec §6.4, names per §9 D5). Codes 18 and 19
 * only appear in the secondary state bytes; when present they replace the primary byte ({@link #effective}).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum CurrentState implements CodedEnum {
    /** 1: charger fault, see the error bits. */
    EVSE_FAULT(1),
    /** 2: charging fault. */
    CHARGING_FAULT(2),
    /** 3: charging fault (second code). */
    CHARGING_FAULT_3(3),
    /** 10: waiting for a card swipe. */
    WAITING_FOR_CARD(10),
    /** 11: waiting for a button press. */
    WAITING_FOR_BUTTON(11),
    /** 12: no vehicle connected (C26). */
    NOT_CONNECTED(12),
    /** 13: vehicle connected, charging not started (C02). */
    READY(13),
    /** 14: charging, or started while the vehicle draws nothing yet (plug state 2). */
    CHARGING(14),
    /** 15: charging finished, unplug. */
    FINISHED(15),
    /** 17: finished, battery full. */
    FINISHED_FULL(17),
    /** 18: secondary state of unknown meaning (SD: "stopped by EV"). */
    SECONDARY_18(18),
    /** 19: secondary state of unknown meaning. */
    SECONDARY_19(19),
    /** 20: charging reservation scheduled (also reported with no car plugged in). */
    RESERVATION(20),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    CurrentState(int code) {
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
    public static CurrentState fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }

    /**
     * @param primary the primary state byte
     * @param secondary the secondary state byte ({@code ff} = unused), or -1 if the payload has none
     * @return the code in effect: the secondary byte if it is 18 or 19, else the primary byte
     */
    public static int effective(int primary, int secondary) {
        return secondary == SECONDARY_18.code || secondary == SECONDARY_19.code ? secondary : primary;
    }
}

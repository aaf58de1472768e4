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
 * Kind of session: ChargeStart byte 39, charging status byte 19, charge record byte 51 (spec §6.7).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum ChargeType implements CodedEnum {
    /** 1: charge until full or until a limit. */
    NORMAL(1),
    /**
     * 11: a single scheduled charge (EM) or, with line id 1, forced single-phase charging on capable
     * three-phase units (EM4GO); uncertain.
     */
    SPECIAL(11),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    ChargeType(int code) {
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
    public static ChargeType fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

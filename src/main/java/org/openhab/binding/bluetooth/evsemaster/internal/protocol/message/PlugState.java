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
 * Plug ("gun") state, status payload byte 18 (spec §6.2).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum PlugState implements CodedEnum {
    /** 1: no plug in a vehicle (every idle capture). */
    NOT_CONNECTED(1),
    /** 2: plugged in, not locked: connected but not charging (C02). */
    CONNECTED(2),
    /** 4: plugged in and locked: charging (EM live observation). */
    CONNECTED_LOCKED(4),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    PlugState(int code) {
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
    public static PlugState fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

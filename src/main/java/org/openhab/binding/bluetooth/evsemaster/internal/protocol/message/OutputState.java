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
 * Output relay state, status payload byte 19 (spec §6.3; polarity per §9 D8: 1 = charging, 2 = idle).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum OutputState implements CodedEnum {
    /** 1: output relay on (EM live observation). */
    CHARGING(1),
    /** 2: idle (every idle capture). */
    IDLE(2),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    OutputState(int code) {
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
    public static OutputState fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

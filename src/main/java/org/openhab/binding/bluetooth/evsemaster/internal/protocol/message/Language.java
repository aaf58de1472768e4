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
 * Language setting, 0x810F/0x010F value (spec §6.11). Only affects the phone app (EVM).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum Language implements CodedEnum {
    /** 1: English. */
    ENGLISH(1),
    /** 2: Italian. */
    ITALIAN(2),
    /** 3: German. */
    GERMAN(3),
    /** 4: French. */
    FRENCH(4),
    /** 5: Spanish. */
    SPANISH(5),
    /** 6: Hebrew. */
    HEBREW(6),
    /** 7: Polish (listed by EVM only; uncertain, §9 D31). */
    POLISH(7),
    /** 8: Chinese (listed by EVM only, doubted there; uncertain, §9 D31). */
    CHINESE(8),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    Language(int code) {
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
    public static Language fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

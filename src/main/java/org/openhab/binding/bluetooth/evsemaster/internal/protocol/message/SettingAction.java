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
 * First payload byte of the 0x81xx settings and their 0x01xx answers (spec §3.3, §6.14). Answers echo the action
 * of the request; unsolicited reports use 0.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum SettingAction implements CodedEnum {
    /** 0: unsolicited report (seen on 0x0101). */
    REPORT(0),
    /** 1: set the value; the answer carries the value now in effect. */
    SET(1),
    /** 2: read the value. */
    GET(2),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    private final int code;

    SettingAction(int code) {
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
    public static SettingAction fromCode(int code) {
        return CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

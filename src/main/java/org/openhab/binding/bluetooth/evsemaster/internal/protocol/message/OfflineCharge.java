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
 * Whether charging may start without the app (button / plug-and-charge), 0x810D/0x010D value (spec §6.13).
 * EM saw 2 on a unit where it was disabled; it is read as {@link #NOT_ALLOWED} (§9 D30, uncertain). The record keeps
 * the raw code.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum OfflineCharge implements CodedEnum {
    /** 0: charging without the app allowed. */
    ALLOWED(0),
    /** 1: the app is required. */
    NOT_ALLOWED(1),
    /** A code this enumeration does not list; the record keeps the raw code. */
    UNKNOWN(UNKNOWN_CODE);

    /** Second code observed for a disabled unit (§9 D30). */
    private static final int NOT_ALLOWED_ALTERNATIVE = 2;

    private final int code;

    OfflineCharge(int code) {
        this.code = code;
    }

    @Override
    public int code() {
        return code;
    }

    /**
     * @param code a wire code
     * @return {@link #ALLOWED} for 0, {@link #NOT_ALLOWED} for 1 and 2, else {@link #UNKNOWN}
     */
    public static OfflineCharge fromCode(int code) {
        return code == NOT_ALLOWED_ALTERNATIVE ? NOT_ALLOWED : CodedEnum.fromCode(values(), code, UNKNOWN);
    }
}

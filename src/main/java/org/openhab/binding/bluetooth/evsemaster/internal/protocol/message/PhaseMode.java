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
 * Which phases a ChargeStart asks for, expressed by its line id and charge type (spec §4.8, §9 D16).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum PhaseMode {
    /** Line id 1, normal charge: single-phase units, as the official app sends it (C11, C13). */
    SINGLE_PHASE(1, ChargeType.NORMAL),
    /** Line id 2 ("all phases"), normal charge: three-phase units (EVM, EM, EM4GO agree; uncertain). */
    THREE_PHASE(2, ChargeType.NORMAL),
    /**
     * Line id 1 with charge type 11: single-phase charging on three-phase units that support it (device types 22–25,
     * EM4GO; uncertain).
     */
    FORCED_SINGLE_PHASE(1, ChargeType.SPECIAL);

    private final int lineId;
    private final ChargeType chargeType;

    PhaseMode(int lineId, ChargeType chargeType) {
        this.lineId = lineId;
        this.chargeType = chargeType;
    }

    public int lineId() {
        return lineId;
    }

    public ChargeType chargeType() {
        return chargeType;
    }

    /**
     * @param phases phase count of the charger ({@link LoginInfo#phases()})
     * @return {@link #THREE_PHASE} for 3 phases, else {@link #SINGLE_PHASE}
     */
    public static PhaseMode forPhases(int phases) {
        return phases == 3 ? THREE_PHASE : SINGLE_PHASE;
    }
}

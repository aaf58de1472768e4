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

import java.math.BigDecimal;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Voltage and current of one phase in a status message (spec §4.6): u16 × 0.1 V and u16 × 0.01 A.
 *
 * @param volts voltage in V, resolution 0.1 V, 0..6553.5
 * @param amperes current in A, resolution 0.01 A, 0..655.35
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record PhaseMeasurement(BigDecimal volts, BigDecimal amperes) {

    static final int VOLT_DECIMALS = 1;
    static final int AMPERE_DECIMALS = 2;
    private static final BigDecimal MAX_VOLTS = Fields.scaled(Fields.U16_MAX, VOLT_DECIMALS);
    private static final BigDecimal MAX_AMPERES = Fields.scaled(Fields.U16_MAX, AMPERE_DECIMALS);

    /** 0 V, 0 A: the L2/L3 values of single-phase units. */
    public static final PhaseMeasurement ZERO = new PhaseMeasurement(BigDecimal.ZERO, BigDecimal.ZERO);

    /**
     * @throws IllegalArgumentException if a value does not fit its u16 field at its resolution
     */
    public PhaseMeasurement {
        volts = Fields.checkScaled(volts, MAX_VOLTS, "voltage");
        amperes = Fields.checkScaled(amperes, MAX_AMPERES, "current");
    }

    /**
     * @return volts × amperes in W
     */
    public BigDecimal watts() {
        return volts.multiply(amperes);
    }

    static PhaseMeasurement read(PayloadReader in, int offset) {
        return new PhaseMeasurement(in.scaledU16(offset, VOLT_DECIMALS), in.scaledU16(offset + 2, AMPERE_DECIMALS));
    }

    void write(PayloadWriter out) {
        out.scaledU16(volts, VOLT_DECIMALS).scaledU16(amperes, AMPERE_DECIMALS);
    }
}

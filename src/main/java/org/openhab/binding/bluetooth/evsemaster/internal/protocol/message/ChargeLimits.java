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
import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The three session limits of a ChargeStart (spec §4.8, payload offsets 40–45) and of a charging status (§4.7,
 * offsets 20–25), six bytes in wire order.
 *
 * <pre>
 * offset width field        encoding
 *      0     2 max duration u16 minutes, ffff = none (0..65534)
 *      2     2 max energy   u16 × 0.01 kWh, ffff = none (§9 D21); EM: ignored by the Telestar
 *      4     2 limit 3      u16 of unknown meaning (SD: cost limit), ffff = none; always ffff from the app, and
 *                           EM4GO saw 0000 stop a session within seconds
 * </pre>
 *
 * @param maxDuration whole minutes, null = no limit
 * @param maxEnergyKwh in kWh, resolution 0.01 kWh, at most 655.34, null = no limit
 * @param limit3 raw u16, {@link #NO_LIMIT} = none
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargeLimits(@Nullable Duration maxDuration, @Nullable BigDecimal maxEnergyKwh, int limit3) {

    /** u16 sentinel for "no limit". */
    public static final int NO_LIMIT = Fields.NO_LIMIT;
    private static final int ENERGY_DECIMALS = 2;
    /** Largest energy limit: {@code fffe} × 0.01 kWh, since {@code ffff} means no limit. */
    private static final BigDecimal MAX_ENERGY = Fields.scaled(NO_LIMIT - 1, ENERGY_DECIMALS);
    /** No limit at all, as the app sends it. */
    public static final ChargeLimits NONE = new ChargeLimits(null, null, NO_LIMIT);

    /**
     * @throws IllegalArgumentException if a limit does not fit its u16 field (or would encode as the sentinel)
     */
    public ChargeLimits {
        Fields.minutesRaw(maxDuration, "max duration");
        if (maxEnergyKwh != null) {
            maxEnergyKwh = Fields.checkScaled(maxEnergyKwh, MAX_ENERGY, "max energy");
        }
        Fields.checkRange(limit3, 0, NO_LIMIT, "limit 3");
    }

    /**
     * @return limits on duration and energy (either may be null), limit 3 unused
     */
    public static ChargeLimits of(@Nullable Duration maxDuration, @Nullable BigDecimal maxEnergyKwh) {
        return new ChargeLimits(maxDuration, maxEnergyKwh, NO_LIMIT);
    }

    static ChargeLimits read(PayloadReader in, int offset) {
        int energy = in.u16(offset + 2);
        return new ChargeLimits(Fields.minutesOrNone(in.u16(offset)),
                energy == NO_LIMIT ? null : Fields.scaled(energy, ENERGY_DECIMALS), in.u16(offset + 4));
    }

    void write(PayloadWriter out) {
        BigDecimal energy = maxEnergyKwh;
        out.u16(Fields.minutesRaw(maxDuration, "max duration"));
        if (energy == null) {
            out.u16(NO_LIMIT);
        } else {
            out.scaledU16(energy, ENERGY_DECIMALS);
        }
        out.u16(limit3);
    }
}

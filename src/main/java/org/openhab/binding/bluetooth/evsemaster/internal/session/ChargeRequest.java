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
package org.openhab.binding.bluetooth.evsemaster.internal.session;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * What {@link EvseSession#startCharging(ChargeRequest)} asks for (spec §4.8). The session validates it against the
 * charger and fails the command with {@link CommandFailure#INVALID_ARGUMENT} when a value does not fit, so building a
 * request never throws.
 *
 * @param amps charge current in A: 6 .. the charger's rated current
 * @param startAt charger wall-clock time (the configured zone) of a reservation, at most 24 h ahead; null = now
 * @param maxDuration session time limit in whole minutes (1 .. 65534 min), null = none
 * @param maxEnergyKwh session energy limit in kWh (0.01 .. 655.34, resolution 0.01), null = none
 * @param singlePhase force single-phase charging on a three-phase charger (device types 22–25 only)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargeRequest(int amps, @Nullable LocalDateTime startAt, @Nullable Duration maxDuration,
        @Nullable BigDecimal maxEnergyKwh, boolean singlePhase) {

    /**
     * @return an immediate start without limits on all phases of the charger
     */
    public static ChargeRequest now(int amps) {
        return new ChargeRequest(amps, null, null, null, false);
    }
}

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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The running or last charging session, mutable, owned by {@link ChargeController}. Field names follow spec §4.7,
 * §4.8 and §4.13.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ChargeSession {

    static final int NO_LIMIT = 0xFFFF;
    static final int STOP_REASON_NOT_SET = 0xFF;

    final int line;
    final String userId;
    final String chargeId;
    final boolean reservation;
    final long reservationTime;
    final int startType;
    final int chargeType;
    final int limitMinutes;
    final int limitEnergy;
    final int limitFee;
    final int phases;
    int maxCurrent;
    long startTime;
    @Nullable
    Instant startInstant;
    long stopTime;
    long chargedSeconds;
    long counterAtStart;
    long counterAtStop;
    int stopReason = STOP_REASON_NOT_SET;
    String endUserId = "";
    boolean ended;

    ChargeSession(PayloadReader start, int maxCurrent, int phases) {
        this.line = start.u8(0);
        this.userId = start.ascii(1, 16);
        this.chargeId = start.ascii(17, 16);
        this.reservation = start.u8(33) != 0;
        this.reservationTime = start.u32(34);
        this.startType = start.u8(38);
        this.chargeType = start.u8(39);
        this.limitMinutes = start.u16(40);
        this.limitEnergy = start.u16(42);
        this.limitFee = start.u16(44);
        this.maxCurrent = maxCurrent;
        this.phases = phases;
    }

    boolean isCharging() {
        return startInstant != null && !ended;
    }

    boolean isReserved() {
        return startInstant == null && !ended;
    }

    /**
     * @param counterNow the lifetime counter now, in 0.01 kWh
     * @return energy of this session in 0.01 kWh: growing while it runs, frozen after the end
     */
    long energy(long counterNow) {
        if (ended) {
            return counterAtStop - counterAtStart;
        }
        return startInstant == null ? 0 : counterNow - counterAtStart;
    }
}

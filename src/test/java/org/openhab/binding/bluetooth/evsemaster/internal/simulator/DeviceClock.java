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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The charger's real-time clock in device time (spec §2.11: local wall clock encoded as if in UTC+8). It runs with
 * virtual time, starts from the wall clock of the configured zone plus a drift, and can be set and shifted.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class DeviceClock {

    private static final ZoneOffset DEVICE_OFFSET = ZoneOffset.ofHours(8);

    private final Clock clock;
    private long baseDeviceTime;
    private Instant baseInstant;

    DeviceClock(Clock clock, ZoneId zone, Duration drift) {
        this.clock = clock;
        this.baseInstant = clock.instant();
        this.baseDeviceTime = encode(baseInstant.plus(drift), zone);
    }

    /**
     * @return the device time of the wall clock in {@code zone} at {@code instant}
     */
    static long encode(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).toEpochSecond(DEVICE_OFFSET);
    }

    long now() {
        return baseDeviceTime + Duration.between(baseInstant, clock.instant()).toSeconds();
    }

    void set(long deviceTime) {
        baseInstant = clock.instant();
        baseDeviceTime = deviceTime;
    }

    void shift(Duration drift) {
        baseDeviceTime += drift.toSeconds();
    }
}

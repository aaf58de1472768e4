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

import java.time.Duration;
import java.time.ZoneId;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * How an {@link EvseSession} talks to its charger. Validated on construction; {@link #toString()} hides the PIN.
 *
 * @param pin the charger password: exactly 6 ASCII digits (spec §2.4)
 * @param zone the zone of the charger's wall clock, used for every device time (spec §2.11)
 * @param watchdogTimeout the link counts as dead when no valid datagram arrived for this long; a probe goes out
 *            after {@link #probeAfter()} of silence
 * @param relayGuard shortest time between a start and the previous start or stop sent by the session (spec §5.4);
 *            zero disables the guard
 * @param clockSync whether the session keeps the charger clock right (SET after login, before a start, and when it
 *            drifted by more than {@code clockDriftThreshold})
 * @param clockDriftThreshold largest tolerated difference between charger and host clock
 * @param restartOnCurrentChange whether a new output current during a running session stops and restarts the
 *            session so that it takes effect (spec §4.10)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record SessionConfig(String pin, ZoneId zone, Duration watchdogTimeout, Duration relayGuard, boolean clockSync,
        Duration clockDriftThreshold, boolean restartOnCurrentChange) {

    public static final Duration DEFAULT_WATCHDOG_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_RELAY_GUARD = Duration.ofSeconds(60);
    public static final Duration DEFAULT_CLOCK_DRIFT_THRESHOLD = Duration.ofSeconds(30);
    private static final int PIN_LENGTH = 6;

    /**
     * @throws IllegalArgumentException naming the parameter that is invalid (never repeating the PIN)
     */
    public SessionConfig {
        if (pin.length() != PIN_LENGTH || !pin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("pin must be exactly 6 ASCII digits");
        }
        if (watchdogTimeout.isNegative() || watchdogTimeout.isZero()) {
            throw new IllegalArgumentException("watchdogTimeout must be positive: " + watchdogTimeout);
        }
        if (relayGuard.isNegative()) {
            throw new IllegalArgumentException("relayGuard must not be negative: " + relayGuard);
        }
        if (clockDriftThreshold.isNegative()) {
            throw new IllegalArgumentException("clockDriftThreshold must not be negative: " + clockDriftThreshold);
        }
    }

    /**
     * @return the defaults: watchdog 15 s, relay guard 60 s, clock sync on with a 30 s threshold, no restart on a
     *         current change
     */
    public static SessionConfig withDefaults(String pin, ZoneId zone) {
        return new SessionConfig(pin, zone, DEFAULT_WATCHDOG_TIMEOUT, DEFAULT_RELAY_GUARD, true,
                DEFAULT_CLOCK_DRIFT_THRESHOLD, false);
    }

    /**
     * @return silence after which the session sends a probe: two thirds of the watchdog timeout, because headings
     *         only come about every 10 s
     */
    public Duration probeAfter() {
        return watchdogTimeout.multipliedBy(2).dividedBy(3);
    }

    @Override
    public String toString() {
        return "SessionConfig[pin=******, zone=" + zone + ", watchdogTimeout=" + watchdogTimeout + ", relayGuard="
                + relayGuard + ", clockSync=" + clockSync + ", clockDriftThreshold=" + clockDriftThreshold
                + ", restartOnCurrentChange=" + restartOnCurrentChange + "]";
    }
}

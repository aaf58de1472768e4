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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Detects a dead link (spec §5.3): every valid datagram counts as a sign of life. After {@code probeAfter} of silence
 * the probe runs once (it sends a cheap request, so that an answer proves the link alive even when no heading is
 * due); after {@code timeout} of silence the link counts as dead. One timer, re-armed for the next deadline only
 * when it fires, so a busy link costs no scheduling.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Watchdog {

    private final SessionTimers timers;
    private final Clock clock;
    private final Duration probeAfter;
    private final Duration timeout;
    private final Runnable probe;
    private final Runnable dead;
    private Instant lastValid = Instant.EPOCH;
    private boolean probed;
    private SessionTimers.@Nullable Timer timer;

    Watchdog(SessionTimers timers, Clock clock, SessionConfig config, Runnable probe, Runnable dead) {
        this.timers = timers;
        this.clock = clock;
        this.probeAfter = config.probeAfter();
        this.timeout = config.watchdogTimeout();
        this.probe = probe;
        this.dead = dead;
    }

    /**
     * Starts watching; the link counts as alive now.
     */
    void start() {
        stop();
        onValidDatagram();
        arm();
    }

    void stop() {
        SessionTimers.Timer running = timer;
        if (running != null) {
            running.cancel();
            timer = null;
        }
    }

    void onValidDatagram() {
        lastValid = clock.instant();
        probed = false;
    }

    private void check() {
        timer = null;
        Duration quiet = Duration.between(lastValid, clock.instant());
        if (quiet.compareTo(timeout) >= 0) {
            dead.run();
            return;
        }
        if (!probed && quiet.compareTo(probeAfter) >= 0) {
            probed = true;
            probe.run();
        }
        if (timer == null) {
            arm();
        }
    }

    private void arm() {
        Duration quiet = Duration.between(lastValid, clock.instant());
        Duration deadline = quiet.compareTo(probeAfter) < 0 ? probeAfter : timeout;
        timer = timers.schedule(deadline.minus(quiet), this::check);
    }
}

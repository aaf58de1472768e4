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
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SettingAction;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the charger clock right without chatter (spec §2.11, §5.2 step 7): with clock sync on, it sets the clock
 * after login, reads it once an hour, and sets it again only when a reading (an hourly answer or an unsolicited
 * report) is off by more than the drift threshold. SET answers never trigger another SET, so a charger that ignores
 * the time costs at most one SET an hour. Every reading is reported to the listener.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ClockPolicy {

    static final Duration CHECK_INTERVAL = Duration.ofHours(1);

    private final Logger logger = LoggerFactory.getLogger(ClockPolicy.class);
    private final SessionConfig config;
    private final Clock clock;
    private final PendingRequests requests;
    private final SessionTimers timers;
    private final SessionListener listener;
    private SessionTimers.@Nullable Timer hourly;

    ClockPolicy(SessionConfig config, Clock clock, PendingRequests requests, SessionTimers timers,
            SessionListener listener) {
        this.config = config;
        this.clock = clock;
        this.requests = requests;
        this.timers = timers;
        this.listener = listener;
    }

    /**
     * Logged in: set the clock and start the hourly check, if clock sync is on.
     */
    void start() {
        stop();
        if (config.clockSync()) {
            setNow();
            scheduleCheck();
        }
    }

    void stop() {
        SessionTimers.Timer running = hourly;
        if (running != null) {
            running.cancel();
            hourly = null;
        }
    }

    /**
     * @return the SET request's answer
     */
    CompletableFuture<SystemTime> setNow() {
        return requests.submit(SystemTime.set(wallClockNow()), SystemTime.class);
    }

    /**
     * @return the host's wall-clock time in the charger's zone, whole seconds
     */
    LocalDateTime wallClockNow() {
        return LocalDateTime.ofInstant(clock.instant(), config.zone()).withNano(0);
    }

    /**
     * A 0x0101 answer or report arrived.
     */
    void onTime(SystemTime time) {
        LocalDateTime deviceTime = time.time();
        if (deviceTime == null) {
            logger.debug("Charger clock not set");
            if (config.clockSync() && time.action() != SettingAction.SET) {
                setNow();
            }
            return;
        }
        Duration offset = Duration.between(wallClockNow(), deviceTime);
        listener.onClock(deviceTime, offset);
        if (config.clockSync() && time.action() != SettingAction.SET
                && offset.abs().compareTo(config.clockDriftThreshold()) > 0) {
            logger.debug("Charger clock is off by {}, setting it", offset);
            setNow();
        }
    }

    private void scheduleCheck() {
        hourly = timers.schedule(CHECK_INTERVAL, () -> {
            requests.submitInternal(SystemTime.get());
            scheduleCheck();
        });
    }
}

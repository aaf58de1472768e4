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
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatusRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.FeeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginConfirm;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineChargeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.StatusRecordRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnitSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.VersionInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.VersionRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The login (spec §5.2 steps 2–6): wait up to 10 s for the announcement when the serial is already known, then send
 * 0x8002 (empty payload) and repeat it every 5 s until answered, at most {@link #ATTEMPTS} times. Once accepted,
 * confirm with 0x8001 {@code 01} and read identity and settings once, one request at a time; the fees are only read,
 * never set.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class LoginSequence {

    static final Duration ANNOUNCEMENT_WAIT = Duration.ofSeconds(10);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    /** The first request and three retries. */
    static final int ATTEMPTS = 4;

    private final Logger logger = LoggerFactory.getLogger(LoginSequence.class);
    private final Outbound outbound;
    private final PendingRequests requests;
    private final ChargerModel model;
    private final ClockPolicy clockPolicy;
    private final SessionTimers timers;
    private final Runnable announcementMissed;
    private final Runnable unanswered;
    private SessionTimers.@Nullable Timer timer;
    private int attempts;

    /**
     * @param announcementMissed called when the wait for the announcement ended with the serial known
     * @param unanswered called when the last attempt timed out
     */
    LoginSequence(Outbound outbound, PendingRequests requests, ChargerModel model, ClockPolicy clockPolicy,
            SessionTimers timers, Runnable announcementMissed, Runnable unanswered) {
        this.outbound = outbound;
        this.requests = requests;
        this.model = model;
        this.clockPolicy = clockPolicy;
        this.timers = timers;
        this.announcementMissed = announcementMissed;
        this.unanswered = unanswered;
    }

    void awaitAnnouncement() {
        stop();
        if (outbound.knowsSerial()) {
            timer = timers.schedule(ANNOUNCEMENT_WAIT, announcementMissed);
        }
    }

    void start() {
        stop();
        attempts = 0;
        attempt();
    }

    /**
     * The charger accepted the login: confirm it and read what the charger is and how it is set.
     */
    void accepted() {
        stop();
        outbound.send(new LoginConfirm());
        requests.open();
        requests.submit(new VersionRequest(), VersionInfo.class).whenComplete((version, failure) -> {
            CommandException problem = CommandException.unwrap(failure);
            if (problem == null || problem.getFailure() == CommandFailure.TIMEOUT) {
                model.reportIdentity(version);
            }
        });
        List.of(Nickname.get(), OutputCurrent.get(), LanguageSetting.get(), TemperatureUnitSetting.get(),
                OfflineChargeSetting.get(), FeeSetting.get(Command.CHARGE_FEE), FeeSetting.get(Command.SERVICE_FEE))
                .forEach(requests::submitInternal);
        clockPolicy.start();
        requests.submitInternal(new StatusRecordRequest());
        requests.submitInternal(new ChargingStatusRequest());
    }

    void stop() {
        SessionTimers.Timer running = timer;
        if (running != null) {
            running.cancel();
            timer = null;
        }
    }

    private void attempt() {
        attempts++;
        logger.debug("Requesting login, attempt {} of {}", attempts, ATTEMPTS);
        outbound.send(new LoginRequest());
        timer = timers.schedule(ANSWER_TIMEOUT, this::timedOut);
    }

    private void timedOut() {
        timer = null;
        if (attempts < ATTEMPTS) {
            attempt();
        } else {
            unanswered.run();
        }
    }
}

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
import java.util.Random;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The client's registration on the charger and what the charger sends unasked (spec §5.1): announcements while
 * unregistered; headings, status, session status and pending records while registered; the registration ends 30 s
 * after the last heading answer.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Registration {

    /**
     * Sends one datagram from the charger.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    @FunctionalInterface
    interface Sender {
        void send(int command, byte[] payload);
    }

    private final SimulatorConfig config;
    private final Clock clock;
    private final Random random;
    private final ChargeController controller;
    private final ChargingState state;
    private final Sender sender;
    private final TaskGroup announceTasks;
    private final TaskGroup pushTasks;
    private final TaskGroup recordTasks;
    private boolean loginAccepted;
    private boolean registered;
    private Instant lastHeadingAnswer;

    Registration(SimulatorConfig config, ScheduledExecutorService scheduler, Clock clock, Random random,
            ChargeController controller, ChargingState state, Sender sender) {
        this.config = config;
        this.clock = clock;
        this.random = random;
        this.controller = controller;
        this.state = state;
        this.sender = sender;
        this.announceTasks = new TaskGroup(scheduler);
        this.pushTasks = new TaskGroup(scheduler);
        this.recordTasks = new TaskGroup(scheduler);
        this.lastHeadingAnswer = clock.instant();
    }

    boolean isRegistered() {
        return registered;
    }

    /**
     * Announces after {@code first}, then every 3–5 s until a client registers.
     */
    void startAnnouncing(Duration first) {
        SimulatorTiming timing = config.timing();
        announceTasks.cancelAll();
        announceTasks.chain(first, () -> sender.send(ChargerSimulator.ANNOUNCEMENT, Reports.login(config)),
                () -> randomBetween(timing.announceIntervalMin(), timing.announceIntervalMax()));
    }

    /**
     * A RequestLogin with the right password arrived and was answered.
     */
    void loginAccepted() {
        loginAccepted = true;
    }

    /**
     * A LoginConfirm arrived.
     *
     * @throws InvalidRequest if no RequestLogin was accepted before
     */
    void confirm() throws InvalidRequest {
        if (!loginAccepted) {
            throw new InvalidRequest("LoginConfirm without an accepted RequestLogin");
        }
        SimulatorTiming timing = config.timing();
        registered = true;
        lastHeadingAnswer = clock.instant();
        announceTasks.cancelAll();
        pushTasks.cancelAll();
        pushTasks.every(timing.headingInterval(), timing.headingInterval(),
                () -> sender.send(ChargerSimulator.HEADING, new byte[0]));
        pushTasks.chain(timing.statusIntervalMin(),
                () -> sender.send(ChargerSimulator.STATUS, state.status(config.statusPayloadLength())),
                () -> randomBetween(timing.statusIntervalMin(), timing.statusIntervalMax()));
        pushTasks.every(timing.chargingStatusInterval(), timing.chargingStatusInterval(), () -> sender
                .send(ChargerSimulator.CHARGING_STATUS, state.chargingStatus(config.chargingStatusPayloadLength())));
        repeatRecord(timing.recordRepeatInterval());
        pushTasks.after(timing.registrationTimeout(), this::checkExpiry);
    }

    void headingAnswered() {
        lastHeadingAnswer = clock.instant();
    }

    private void checkExpiry() {
        Instant deadline = lastHeadingAnswer.plus(config.timing().registrationTimeout());
        Instant now = clock.instant();
        if (now.isBefore(deadline)) {
            pushTasks.after(Duration.between(now, deadline), this::checkExpiry);
        } else {
            end();
            startAnnouncing(
                    randomBetween(config.timing().announceIntervalMin(), config.timing().announceIntervalMax()));
        }
    }

    /**
     * Forgets the client and stops everything sent unasked (link lost, reboot, expiry).
     */
    void end() {
        registered = false;
        loginAccepted = false;
        announceTasks.cancelAll();
        pushTasks.cancelAll();
        recordTasks.cancelAll();
    }

    /**
     * A session ended: its record goes out at once and then every 3.6 s until acknowledged (spec §4.13).
     */
    void recordReady() {
        if (registered) {
            repeatRecord(Duration.ZERO);
        }
    }

    private void repeatRecord(Duration first) {
        recordTasks.cancelAll();
        recordTasks.every(first, config.timing().recordRepeatInterval(), () -> {
            byte[] record = controller.pendingRecord();
            if (record != null) {
                sender.send(ChargerSimulator.CHARGE_RECORD, record);
            }
        });
    }

    private Duration randomBetween(Duration min, Duration max) {
        long spread = Math.max(0, max.toMillis() - min.toMillis());
        return min.plusMillis(spread == 0 ? 0 : random.nextLong(spread + 1));
    }
}

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
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.ChargerSimulator;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatedLink;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;

/**
 * A session talking to the simulated charger over the simulated link, all on one virtual clock. The link reconnects
 * by itself two seconds after every drop (as {@code ConnectedBluetoothHandler} does), unless a test turns that off.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class SessionFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String PIN = "123456";
    static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    final ManualScheduler scheduler;
    final ChargerSimulator charger;
    final SimulatedLink link;
    final RecordingListener listener;
    final EvseSession session;
    private Instant lastNotification = Instant.EPOCH;

    SessionFixture() {
        this(new SimulatorConfig());
    }

    SessionFixture(SimulatorConfig chargerConfig) {
        this(chargerConfig, SessionConfig.withDefaults(PIN, ZONE));
    }

    SessionFixture(SimulatorConfig chargerConfig, SessionConfig sessionConfig) {
        this(new ManualScheduler(), chargerConfig, sessionConfig);
    }

    SessionFixture(ManualScheduler scheduler, SimulatorConfig chargerConfig, SessionConfig sessionConfig) {
        this.scheduler = scheduler;
        this.charger = new ChargerSimulator(scheduler, chargerConfig.zone(ZONE));
        this.link = new SimulatedLink(scheduler, charger);
        this.listener = new RecordingListener(scheduler.clock());
        this.session = new EvseSession(link, listener, sessionConfig, scheduler, scheduler.clock());
        link.bind(chunk -> {
            lastNotification = scheduler.now();
            session.onNotification(chunk);
        }, session::linkUp, session::linkDown);
        link.setAutoReconnect(RECONNECT_DELAY);
    }

    static SessionConfig config(boolean restartOnCurrentChange) {
        return new SessionConfig(PIN, ZONE, SessionConfig.DEFAULT_WATCHDOG_TIMEOUT, SessionConfig.DEFAULT_RELAY_GUARD,
                true, SessionConfig.DEFAULT_CLOCK_DRIFT_THRESHOLD, restartOnCurrentChange);
    }

    /**
     * Connects and runs until the login and the initial reads are done.
     */
    SessionFixture loggedIn() {
        link.connect();
        advanceSeconds(10);
        if (session.state() != SessionState.LOGGED_IN) {
            throw new AssertionError("not logged in after 10 s: " + session.state() + " " + listener.states);
        }
        return this;
    }

    /**
     * @return when the last notification reached the session
     */
    Instant lastNotification() {
        return lastNotification;
    }

    /**
     * @return the commands the charger received from the session, in order
     */
    List<Integer> received() {
        return charger.log().receivedCommands();
    }

    /**
     * Runs the simulation until the command completed, at most 20 s.
     */
    <T> CompletableFuture<T> complete(CompletableFuture<T> command) {
        for (int step = 0; step < 200 && !command.isDone(); step++) {
            advanceSeconds(0.1);
        }
        return command;
    }

    void advanceSeconds(double seconds) {
        scheduler.advance(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    void advance(Duration duration) {
        scheduler.advance(duration);
    }
}

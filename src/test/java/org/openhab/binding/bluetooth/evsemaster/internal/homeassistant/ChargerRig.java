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
package org.openhab.binding.bluetooth.evsemaster.internal.homeassistant;

import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargeRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseSession;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionConfig;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionState;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.ChargerSimulator;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatedLink;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;

/**
 * The charger simulator and a session on virtual time, with the mirror's commands queued for the test thread (the
 * virtual scheduler is driven by the test thread only) and mapped to session calls as the handler will do.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ChargerRig {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final String PIN = "123456";

    /**
     * A command the mirror handed over.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    record MirrorCommand(String channelId, String payload) {
    }

    final ManualScheduler scheduler = new ManualScheduler();
    final ChargerSimulator charger;
    final SimulatedLink link;
    final SessionToMirror glue = new SessionToMirror();
    final EvseSession session;
    final BlockingQueue<MirrorCommand> commands = new LinkedBlockingQueue<>();

    ChargerRig(SimulatorConfig config) {
        charger = new ChargerSimulator(scheduler, config.zone(ZONE));
        link = new SimulatedLink(scheduler, charger);
        session = new EvseSession(link, glue, SessionConfig.withDefaults(PIN, ZONE), scheduler, scheduler.clock());
        link.bind(session::onNotification, session::linkUp, session::linkDown);
        link.setAutoReconnect(Duration.ofSeconds(2));
    }

    CommandSink commandSink() {
        return (channelId, payload) -> commands.add(new MirrorCommand(channelId, payload));
    }

    void logIn() {
        link.connect();
        advanceSeconds(10);
        if (session.state() != SessionState.LOGGED_IN) {
            throw new AssertionError("not logged in: " + session.state());
        }
    }

    void advanceSeconds(double seconds) {
        scheduler.advance(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /**
     * Waits (bounded) for the next command from the mirror and carries it out on the session.
     */
    MirrorCommand executeNextCommand(Duration timeout) throws InterruptedException {
        MirrorCommand command = commands.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (command == null) {
            throw new AssertionError("no command from the mirror within " + timeout);
        }
        CompletableFuture<?> done = execute(command);
        for (int step = 0; step < 300 && !done.isDone(); step++) {
            advanceSeconds(0.1);
        }
        advanceSeconds(1);
        return command;
    }

    private CompletableFuture<?> execute(MirrorCommand command) {
        String payload = command.payload();
        return switch (command.channelId()) {
            case "charging" -> "ON".equals(payload) ? session.startCharging(ChargeRequest.now(outputCurrent()))
                    : session.stopCharging();
            case "output-current" -> session.setOutputCurrent(Integer.parseInt(payload));
            case "name" -> session.setName(payload);
            case "language" -> session.setLanguage(Language.valueOf(payload));
            case "temperature-unit" -> session.setTemperatureUnit(TemperatureUnit.valueOf(payload));
            case Components.SYNC_CLOCK -> session.syncClock();
            default -> throw new AssertionError("unexpected command " + command);
        };
    }

    private int outputCurrent() {
        return charger.settings().outputCurrent();
    }
}

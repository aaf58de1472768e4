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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.Faults;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;

/**
 * Seven simulated days against the simulated charger with random faults and random commands (fixed seeds), on
 * virtual time, with restart on current change on: the session never gets stuck (it is logged in again within a minute
 * after every fault ended),
 * queues and buffers stay bounded, the energy counters it reports never decrease, and every command completes.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SoakTest {

    private static final Duration DURATION = Duration.ofDays(7);
    private static final Duration STEP = Duration.ofSeconds(20);
    /** Longest time after the end of a fault until the session must be logged in again. */
    private static final Duration RECOVERY = Duration.ofSeconds(60);
    private static final double FAULT_PROBABILITY = 0.02;
    private static final double COMMAND_PROBABILITY = 0.05;
    private static final int MAX_PENDING_REQUESTS = 16;
    private static final List<String> PINS = List.of("123456", "246810");

    private final Random random = new Random(20250101);
    private final SessionFixture fixture = new SessionFixture(new SimulatorConfig().seed(7),
            SessionFixture.config(true));
    private final Faults faults = fixture.charger.faults();
    private final List<CompletableFuture<?>> commands = new ArrayList<>();
    private Instant faultsOverAt = fixture.scheduler.now();
    private int pinIndex;
    private int faultCount;
    private int statusesChecked;
    private int chargingStatusesChecked;
    private BigDecimal lastEnergy = BigDecimal.ZERO;
    private BigDecimal lastSessionCounter = BigDecimal.ZERO;

    @BeforeAll
    static void quietLogging() {
        LogLevels.quietSession();
    }

    @Test
    void sevenDaysOfRandomFaultsNeverLeaveTheSessionStuckAndKeepEverythingBounded() {
        fixture.link.connect();
        Instant end = fixture.scheduler.now().plus(DURATION);

        while (fixture.scheduler.now().isBefore(end)) {
            if (random.nextDouble() < FAULT_PROBABILITY) {
                injectFault();
            }
            if (random.nextDouble() < COMMAND_PROBABILITY) {
                giveCommand();
            }
            fixture.advance(STEP);
            checkInvariants();
        }
        fixture.advance(Duration.ofMinutes(5));
        checkInvariants();

        assertThat(faultCount, is(greaterThan(500)));
        assertThat(fixture.link.connects(), is(greaterThan(300)));
        assertThat(fixture.listener.reasons(), hasItems(SessionReason.LINK_LOST, SessionReason.DEAD_LINK,
                SessionReason.REGISTRATION_LOST, SessionReason.RENAMED));
        assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
        assertThat(commands.size(), is(greaterThan(1000)));
        assertThat(commands.stream().filter(command -> !command.isDone()).count(), is(0L));
        assertThat(commands.stream().filter(command -> !command.isCompletedExceptionally()).count(),
                is(greaterThan(commands.size() / 2L)));
        assertThat(fixture.listener.records, is(not(empty())));
        for (ChargeRecord record : fixture.listener.records) {
            assertThat(record.energyAtStopKwh().compareTo(record.energyAtStartKwh()), is(greaterThanOrEqualTo(0)));
        }
        assertThat(lastEnergy.signum(), is(1));
    }

    private void injectFault() {
        faultCount++;
        Instant now = fixture.scheduler.now();
        Duration lasting = Duration.ZERO;
        switch (random.nextInt(12)) {
            case 0 -> faults.dropLinkNow();
            case 1 -> faults.dropLinkAfterBytes(random.nextInt(600));
            case 2 -> faults.dropLinkAfterDatagrams(random.nextInt(10));
            case 3 -> faults.corruptNextDatagram(random.nextInt(100));
            case 4 -> faults.duplicateNextNotification();
            case 5 -> faults.reboot();
            case 6 -> {
                faults.powerCycle();
                lasting = fixture.charger.configuration().timing().bootDuration();
            }
            case 7 -> {
                lasting = Duration.ofSeconds(5 + random.nextInt(120));
                faults.goSilent();
                fixture.scheduler.schedule(faults::resume, lasting.toMillis(), TimeUnit.MILLISECONDS);
            }
            case 8 -> {
                lasting = Duration.ofSeconds(30 + random.nextInt(120));
                faults.answerSlowly(Duration.ofMillis(500 + random.nextInt(8000)));
                fixture.scheduler.schedule(() -> faults.answerSlowly(Duration.ofMillis(50)), lasting.toMillis(),
                        TimeUnit.MILLISECONDS);
            }
            case 9 -> fixture.charger.shiftDeviceClock(Duration.ofSeconds(random.nextInt(1200) - 600));
            case 10 -> {
                if (fixture.charger.vehicle().isPluggedIn()) {
                    fixture.charger.vehicle().unplug();
                } else {
                    fixture.charger.vehicle().plugIn();
                }
            }
            default -> {
                int code = random.nextInt(16);
                if (fixture.charger.vehicle().errorCodes().isEmpty()) {
                    fixture.charger.vehicle().raiseErrors(code);
                } else {
                    fixture.charger.vehicle().clearErrors(
                            fixture.charger.vehicle().errorCodes().stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        Instant over = now.plus(lasting);
        faultsOverAt = over.isAfter(faultsOverAt) ? over : faultsOverAt;
    }

    private void giveCommand() {
        EvseSession session = fixture.session;
        CompletableFuture<?> command = switch (random.nextInt(12)) {
            case 0, 1 -> session.startCharging(ChargeRequest.now(6 + random.nextInt(27)));
            case 2, 3 -> session.stopCharging();
            case 4 -> session.setOutputCurrent(6 + random.nextInt(27));
            case 5 -> session.setLanguage(Language.values()[random.nextInt(8)]);
            case 6 ->
                session.setTemperatureUnit(random.nextBoolean() ? TemperatureUnit.CELSIUS : TemperatureUnit.FAHRENHEIT);
            case 7 ->
                session.setOfflineCharge(random.nextBoolean() ? OfflineCharge.ALLOWED : OfflineCharge.NOT_ALLOWED);
            case 8 -> session.syncClock();
            case 9 -> session.setLcdBrightness(random.nextInt(101));
            case 10 -> {
                faultsOverAt = fixture.scheduler.now();
                yield session.setName("Soak" + random.nextInt(1000));
            }
            default -> {
                pinIndex = 1 - pinIndex;
                yield session.changePin(PINS.get(pinIndex));
            }
        };
        commands.add(command);
    }

    private void checkInvariants() {
        Instant now = fixture.scheduler.now();
        SessionState state = fixture.session.state();
        if (state != SessionState.LOGGED_IN && now.isAfter(faultsOverAt.plus(RECOVERY))) {
            throw new AssertionError("stuck in " + state + " at " + now + " (faults over at " + faultsOverAt + ")");
        }
        assertThat(fixture.session.pendingRequestCount(), is(lessThanOrEqualTo(MAX_PENDING_REQUESTS)));
        assertThat(fixture.session.bufferedBytes(), is(lessThan(Datagram.MAX_LENGTH)));
        assertThat(fixture.session.writeBacklog(), is(lessThanOrEqualTo(Outbound.MAX_BACKLOG)));
        List<AcStatus> statuses = fixture.listener.statuses;
        for (; statusesChecked < statuses.size(); statusesChecked++) {
            BigDecimal energy = statuses.get(statusesChecked).energyKwh();
            assertThat("energy counter", energy.compareTo(lastEnergy), is(greaterThanOrEqualTo(0)));
            lastEnergy = energy;
        }
        List<ChargingStatus> sessions = fixture.listener.chargingSessions;
        for (; chargingStatusesChecked < sessions.size(); chargingStatusesChecked++) {
            BigDecimal counter = sessions.get(chargingStatusesChecked).energyNowKwh();
            if (counter.signum() > 0) {
                assertThat("session counter", counter.compareTo(lastSessionCounter), is(greaterThanOrEqualTo(0)));
                lastSessionCounter = counter;
            }
        }
        fixture.listener.statuses.clear();
        fixture.listener.chargingSessions.clear();
        statusesChecked = 0;
        chargingStatusesChecked = 0;
    }
}

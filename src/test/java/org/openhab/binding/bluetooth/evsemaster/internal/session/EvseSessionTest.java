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
import static org.openhab.binding.bluetooth.evsemaster.internal.session.Futures.*;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.DeviceTime;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeLimits;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStart;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStartResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Heading;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineChargeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PasswordError;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.RawMessage;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnitSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.ReceivedDatagram;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;

/**
 * Tests {@link EvseSession} state by state, against the simulated charger over the simulated link and, for answers
 * the simulator never gives, against a scripted link; everything on virtual time.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseSessionTest {

    @BeforeAll
    static void quietLogging() {
        LogLevels.quietSession();
    }

    static final int REQUEST_LOGIN = Command.REQUEST_LOGIN.code();
    static final int LOGIN_CONFIRM = Command.LOGIN_CONFIRM.code();

    /**
     * @return one call of every command, with valid arguments
     */
    static List<CompletableFuture<?>> everyCommand(EvseSession session) {
        return List.of(session.startCharging(ChargeRequest.now(16)), session.stopCharging(),
                session.setOutputCurrent(16), session.setName("Garage"), session.setLanguage(Language.GERMAN),
                session.setTemperatureUnit(TemperatureUnit.CELSIUS), session.setOfflineCharge(OfflineCharge.ALLOWED),
                session.setLcdBrightness(50), session.changePin("654321"), session.syncClock());
    }

    static void assertEveryCommandFailsAtOnceWith(EvseSession session, CommandFailure failure) {
        for (CompletableFuture<?> command : everyCommand(session)) {
            assertThat(failureKindOf(command), is(failure));
        }
    }

    static List<ReceivedDatagram> received(SessionFixture fixture, Command command) {
        return fixture.charger.log().received(command.code());
    }

    static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    @Nested
    class Disconnected {

        private final ScriptedFixture fixture = new ScriptedFixture().answerLikeACharger();

        @Test
        void aNewSessionIsDisconnectedAndReportsNothing() {
            fixture.advanceSeconds(60);

            assertThat(fixture.session.state(), is(SessionState.DISCONNECTED));
            assertThat(fixture.listener.states, is(empty()));
            assertThat(fixture.link.written(), is(empty()));
        }

        @Test
        void everyCommandFailsAtOnceWithNotLoggedIn() {
            assertEveryCommandFailsAtOnceWith(fixture.session, CommandFailure.NOT_LOGGED_IN);

            assertThat(fixture.link.written(), is(empty()));
        }

        @Test
        void linkUpStartsWaitingForTheAnnouncement() {
            fixture.session.linkUp();

            assertThat(fixture.session.state(), is(SessionState.AWAITING_ANNOUNCEMENT));
            assertThat(fixture.listener.reasons(), contains(SessionReason.LINK_UP));
        }

        @Test
        void notificationsWhileDisconnectedAreIgnored() {
            fixture.link.deliver(FakeLink.loginInfo(Command.LOGIN_ANNOUNCEMENT, 1, 32));
            fixture.link.deliver(new Heading());
            fixture.advanceSeconds(30);

            assertThat(fixture.link.written(), is(empty()));
            assertThat(fixture.session.state(), is(SessionState.DISCONNECTED));
        }

        @Test
        void linkDownWhileDisconnectedChangesNothing() {
            fixture.session.linkDown();

            assertThat(fixture.listener.states, is(empty()));
        }

        @Test
        void closeEndsTheSession() {
            fixture.session.close();

            assertThat(fixture.session.state(), is(SessionState.CLOSED));
            assertThat(fixture.listener.reasons(), contains(SessionReason.CLOSED));
        }

        @Test
        void theSessionLogsInOnceTheLinkComesUp() {
            SessionFixture simulated = new SessionFixture();

            simulated.link.connect();
            simulated.advanceSeconds(5);

            assertThat(simulated.listener.stateSequence(),
                    contains(SessionState.AWAITING_ANNOUNCEMENT, SessionState.LOGGING_IN, SessionState.LOGGED_IN));
            assertThat(simulated.charger.isRegistered(), is(true));
            assertThat(simulated.charger.log().mistakes(), is(empty()));
        }
    }

    @Nested
    class AwaitingAnnouncement {

        @Test
        void theAnnouncementIsAnsweredAtOnceWithAnEmptyLoginRequest() {
            SessionFixture fixture = new SessionFixture();
            fixture.link.connect();
            fixture.advanceSeconds(3.5);

            Instant announced = fixture.listener.lastTime(SessionState.LOGGING_IN, SessionReason.LOGIN_REQUESTED);
            ReceivedDatagram login = received(fixture, Command.REQUEST_LOGIN).get(0);
            assertThat(Duration.between(announced, login.at()), is(lessThan(Duration.ofMillis(100))));
            assertThat(login.payload().length, is(0));
            assertThat(login.password(), is(SessionFixture.PIN));
            assertThat(login.serial(), is(fixture.charger.configuration().serial()));
            assertThat(fixture.received().get(0), is(REQUEST_LOGIN));
        }

        @Test
        void withTheSerialKnownItLogsInTenSecondsAfterLinkUpWithoutAnAnnouncement() {
            ScriptedFixture fixture = new ScriptedFixture().answerLikeACharger().loggedIn();
            fixture.session.linkDown();
            fixture.link.clear();

            fixture.session.linkUp();
            fixture.advanceSeconds(9.9);
            assertThat(fixture.link.commands(), is(empty()));
            fixture.advanceSeconds(0.2);

            assertThat(fixture.link.commands(), hasItem(REQUEST_LOGIN));
            assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
        }

        @Test
        void withoutAnySignOfTheChargerTheWatchdogDropsTheLinkAfterFifteenSeconds() {
            ScriptedFixture fixture = new ScriptedFixture();
            fixture.session.linkUp();

            fixture.advanceSeconds(14.9);
            assertThat(fixture.session.state(), is(SessionState.AWAITING_ANNOUNCEMENT));
            fixture.advanceSeconds(0.1);

            assertThat(fixture.session.state(), is(SessionState.DISCONNECTED));
            assertThat(fixture.listener.lastState().reason(), is(SessionReason.DEAD_LINK));
            assertThat(fixture.link.drops(), is(1));
            assertThat(fixture.link.written(), is(empty()));
        }

        @Test
        void commandsFailAtOnceWithNotLoggedIn() {
            ScriptedFixture fixture = new ScriptedFixture();
            fixture.session.linkUp();

            assertEveryCommandFailsAtOnceWith(fixture.session, CommandFailure.NOT_LOGGED_IN);
            assertThat(fixture.link.written(), is(empty()));
        }

        @Test
        void aLinkDownReturnsToDisconnected() {
            ScriptedFixture fixture = new ScriptedFixture();
            fixture.session.linkUp();

            fixture.session.linkDown();

            assertThat(fixture.listener.lastState().state(), is(SessionState.DISCONNECTED));
            assertThat(fixture.listener.lastState().reason(), is(SessionReason.LINK_LOST));
        }

        @Test
        void aSecondLinkUpStartsOverOnTheNewLink() {
            ScriptedFixture fixture = new ScriptedFixture();
            fixture.session.linkUp();

            fixture.session.linkUp();

            assertThat(fixture.listener.stateSequence(),
                    contains(SessionState.AWAITING_ANNOUNCEMENT, SessionState.AWAITING_ANNOUNCEMENT));
        }
    }

    @Nested
    class LoggingIn {

        @Test
        void theLoginResponseIsConfirmedWithOneAndTheSessionLogsInWithinFiveSecondsOfTheAnnouncement() {
            SessionFixture fixture = new SessionFixture();
            fixture.link.connect();
            fixture.advanceSeconds(10);

            assertThat(fixture.received().subList(0, 2), contains(REQUEST_LOGIN, LOGIN_CONFIRM));
            assertThat(received(fixture, Command.LOGIN_CONFIRM).get(0).payloadHex(), is("01"));
            Instant announced = fixture.listener.lastTime(SessionState.LOGGING_IN, SessionReason.LOGIN_REQUESTED);
            Instant loggedIn = fixture.listener.lastTime(SessionState.LOGGED_IN, SessionReason.LOGIN_ACCEPTED);
            assertThat(Duration.between(announced, loggedIn), is(lessThan(Duration.ofSeconds(5))));
        }

        @Test
        void afterLoginIdentityAndSettingsAreReadOnceOneRequestAtATime() {
            SessionFixture fixture = new SessionFixture().loggedIn();
            fixture.advanceSeconds(3600);

            List<ReceivedDatagram> requests = fixture.charger.log().received().stream()
                    .filter(datagram -> datagram.command() != Command.HEADING_RESPONSE.code()
                            && datagram.command() != Command.AC_STATUS_ACK.code()
                            && datagram.command() != Command.CHARGING_STATUS_ACK.code())
                    .toList();
            assertThat(requests.stream().map(ReceivedDatagram::command).toList().subList(0, 13), contains(0x8002,
                    0x8001, 0x8106, 0x8108, 0x8107, 0x810F, 0x8112, 0x810D, 0x8104, 0x8105, 0x8101, 0x800D, 0x8006));
            for (int i = 3; i < 13; i++) {
                Duration gap = Duration.between(requests.get(i - 1).at(), requests.get(i).at());
                Duration answerDelay = fixture.charger.configuration().timing().answerDelay();
                assertThat("request " + i + " waits for the previous answer", gap.compareTo(answerDelay),
                        is(greaterThanOrEqualTo(0)));
            }
            assertThat(fixture.listener.identities, hasSize(1));
            ChargerIdentity identity = fixture.listener.identities.get(0);
            assertThat(identity.serial(), is("0102030405060708"));
            assertThat(identity.model(), is("BS20"));
            assertThat(identity.softwareVersion(), is("C.3252.112A008"));
            assertThat(identity.phases(), is(1));
            assertThat(identity.ratedCurrentAmperes(), is(32));
            ChargerSettings settings = fixture.listener.lastSettings();
            assertThat(settings, is(new ChargerSettings(32, "EVSE0708", Language.ENGLISH, TemperatureUnit.CELSIUS,
                    OfflineCharge.ALLOWED, new BigDecimal("0.00"), new BigDecimal("0.00"), null)));
            assertThat(fixture.listener.chargingSessions, is(not(empty())));
            assertThat(fixture.charger.log().mistakes(), is(empty()));
        }

        @Test
        void theFeesAreReadButNeverSet() {
            SessionFixture fixture = new SessionFixture().loggedIn();
            fixture.advance(Duration.ofDays(1));

            for (Command fee : List.of(Command.CHARGE_FEE, Command.SERVICE_FEE)) {
                assertThat(received(fixture, fee).stream().map(ReceivedDatagram::payloadHex).toList(),
                        everyItem(startsWith("02")));
            }
        }

        @Test
        void anUnansweredLoginIsRepeatedEveryFiveSecondsThenTheLinkIsDropped() {
            ScriptedFixture fixture = new ScriptedFixture();
            fixture.session.linkUp();
            fixture.scheduler.scheduleWithFixedDelay(
                    () -> fixture.link.deliver(FakeLink.loginInfo(Command.LOGIN_ANNOUNCEMENT, 1, 32)), 1, 3,
                    TimeUnit.SECONDS);

            fixture.advanceSeconds(20.9);
            assertThat(fixture.session.state(), is(SessionState.LOGGING_IN));
            fixture.advanceSeconds(0.2);

            assertThat(fixture.link.written(REQUEST_LOGIN), hasSize(4));
            assertThat(fixture.session.state(), is(SessionState.DISCONNECTED));
            assertThat(fixture.listener.lastState().reason(), is(SessionReason.LOGIN_TIMEOUT));
            assertThat(fixture.link.drops(), is(1));
            fixture.advanceSeconds(60);
            assertThat(fixture.link.written(REQUEST_LOGIN), hasSize(4));
        }

        @Test
        void anAnswerToARepeatedLoginRequestStillLogsIn() {
            ScriptedFixture fixture = new ScriptedFixture().answerLikeACharger();
            AtomicInteger attempts = new AtomicInteger();
            fixture.link.respond(REQUEST_LOGIN, request -> attempts.incrementAndGet() == 1 ? null
                    : FakeLink.loginInfo(Command.LOGIN_RESPONSE, 1, 32));
            fixture.session.linkUp();
            fixture.link.deliver(FakeLink.loginInfo(Command.LOGIN_ANNOUNCEMENT, 1, 32));

            fixture.advanceSeconds(5.1);

            assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
            assertThat(fixture.link.written(REQUEST_LOGIN), hasSize(2));
            assertThat(fixture.link.written(LOGIN_CONFIRM), hasSize(1));
        }

        @Test
        void aWrongPinEndsInWrongPasswordWithoutAnyRetry() {
            SessionFixture fixture = new SessionFixture(new SimulatorConfig().pin("654321"));
            fixture.link.connect();
            fixture.advanceSeconds(600);

            assertThat(fixture.session.state(), is(SessionState.WRONG_PASSWORD));
            assertThat(fixture.listener.lastState().reason(), is(SessionReason.WRONG_PASSWORD));
            assertThat(fixture.received(), contains(REQUEST_LOGIN));
            assertThat(fixture.link.connects(), is(1));
        }

        @Test
        void theIdentityIsReportedWithoutSoftwareVersionWhenTheVersionIsNotAnswered() {
            ScriptedFixture fixture = new ScriptedFixture().answerLikeACharger();
            fixture.link.respond(Command.GET_VERSION.code(), request -> null);
            fixture.loggedIn();

            fixture.advanceSeconds(6);

            assertThat(fixture.listener.identities, hasSize(1));
            assertThat(fixture.listener.identities.get(0).softwareVersion(), is(nullValue()));
            assertThat(fixture.listener.identities.get(0).hardwareVersion(), is("C.3252.112A008"));
        }

        @Test
        void commandsFailAtOnceWithNotLoggedIn() {
            ScriptedFixture fixture = new ScriptedFixture();
            fixture.session.linkUp();
            fixture.link.deliver(FakeLink.loginInfo(Command.LOGIN_ANNOUNCEMENT, 1, 32));
            assertThat(fixture.session.state(), is(SessionState.LOGGING_IN));

            assertEveryCommandFailsAtOnceWith(fixture.session, CommandFailure.NOT_LOGGED_IN);
        }

        @Test
        void aLinkLostDuringLoginIsFollowedByANewLoginWhenTheLinkReturns() {
            SessionFixture fixture = new SessionFixture();
            fixture.charger.faults().dropLinkAfterDatagrams(2);
            fixture.link.connect();

            fixture.advanceSeconds(20);

            assertThat(fixture.listener.reasons(), hasItem(SessionReason.LINK_LOST));
            assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
        }
    }

    @Nested
    class LoggedIn {

        @Nested
        class KeepAlive {

            private final SessionFixture fixture = new SessionFixture().loggedIn();

            @Test
            void everyHeadingIsAnsweredWithOne() {
                fixture.advanceSeconds(600);

                long headings = fixture.charger.sentCommands().stream().filter(command -> command == 0x0003).count();
                List<ReceivedDatagram> answers = received(fixture, Command.HEADING_RESPONSE);
                assertThat(headings, is(greaterThanOrEqualTo(59L)));
                assertThat((long) answers.size(), is(headings));
                assertThat(answers.stream().map(ReceivedDatagram::payloadHex).toList(), everyItem(is("01")));
                assertThat(fixture.charger.isRegistered(), is(true));
            }

            @Test
            void statusPushesAreReportedAndAcknowledged() {
                fixture.advanceSeconds(600);

                List<Integer> sent = fixture.charger.sentCommands();
                long statuses = sent.stream().filter(command -> command == 0x0004).count();
                long chargingStatuses = sent.stream().filter(command -> command == 0x0005).count();
                assertThat(received(fixture, Command.AC_STATUS_ACK), hasSize((int) statuses));
                assertThat(received(fixture, Command.CHARGING_STATUS_ACK), hasSize((int) chargingStatuses));
                assertThat(fixture.listener.statuses, hasSize((int) statuses + 1));
                assertThat(fixture.listener.chargingSessions, hasSize((int) chargingStatuses + 1));
            }

            @Test
            void theSessionStaysLoggedInForADay() {
                fixture.advance(Duration.ofDays(1));

                assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
                assertThat(fixture.listener.states, hasSize(3));
                assertThat(fixture.charger.sentCommands().stream().filter(command -> command == 0x0001).count(),
                        is(1L));
                assertThat(fixture.charger.log().mistakes(), is(empty()));
            }
        }

        @Nested
        class ClockSync {

            @Test
            void theClockIsSetOnceAfterLoginAndNeverOnHeadings() {
                SessionFixture fixture = new SessionFixture().loggedIn();
                fixture.advance(Duration.ofMinutes(59));

                List<ReceivedDatagram> clock = received(fixture, Command.SYSTEM_TIME);
                assertThat(clock, hasSize(1));
                assertThat(clock.get(0).payloadHex(), startsWith("01"));
                assertThat(fixture.listener.clocks, hasSize(1));
                assertThat(fixture.listener.clocks.get(0).offset(), is(Duration.ZERO));
            }

            @Test
            void theClockIsReadHourlyAndSetOnlyAfterItDrifted() {
                SessionFixture fixture = new SessionFixture().loggedIn();
                fixture.advance(Duration.ofMinutes(61));
                assertThat(received(fixture, Command.SYSTEM_TIME).stream().map(ReceivedDatagram::payloadHex).toList(),
                        contains(startsWith("01"), is("0200000000")));

                fixture.charger.shiftDeviceClock(Duration.ofMinutes(5));
                fixture.advance(Duration.ofMinutes(60));

                assertThat(received(fixture, Command.SYSTEM_TIME).stream().map(ReceivedDatagram::payloadHex).toList(),
                        contains(startsWith("01"), is("0200000000"), is("0200000000"), startsWith("01")));
                List<RecordingListener.ClockReading> readings = fixture.listener.clocks;
                assertThat(seconds(readings.get(readings.size() - 2).offset()), is(closeTo(300, 1)));
                assertThat(seconds(readings.get(readings.size() - 1).offset()), is(closeTo(0, 1)));
                long hostNow = DeviceTime.fromInstant(fixture.scheduler.now(), SessionFixture.ZONE);
                assertThat((double) fixture.charger.deviceTime(), is(closeTo(hostNow, 1)));
            }

            @Test
            void aDriftBelowTheThresholdIsTolerated() {
                SessionFixture fixture = new SessionFixture().loggedIn();
                fixture.charger.shiftDeviceClock(Duration.ofSeconds(20));

                fixture.advance(Duration.ofMinutes(61));

                assertThat(received(fixture, Command.SYSTEM_TIME), hasSize(2));
                assertThat(seconds(fixture.listener.clocks.get(1).offset()), is(closeTo(20, 1)));
            }

            @Test
            void anUnsolicitedClockReportThatDriftedIsCorrected() {
                SessionFixture fixture = new SessionFixture().loggedIn();
                fixture.charger.shiftDeviceClock(Duration.ofMinutes(-2));

                fixture.charger.pushSetting(0x0101, 0);
                fixture.advanceSeconds(1);

                assertThat(received(fixture, Command.SYSTEM_TIME), hasSize(2));
                assertThat(received(fixture, Command.SYSTEM_TIME).get(1).payloadHex(), startsWith("01"));
                assertThat(seconds(fixture.listener.clocks.get(1).offset()), is(closeTo(-120, 1)));
            }

            @Test
            void withClockSyncOffTheClockIsNeverSet() {
                SessionConfig config = new SessionConfig(SessionFixture.PIN, SessionFixture.ZONE,
                        SessionConfig.DEFAULT_WATCHDOG_TIMEOUT, SessionConfig.DEFAULT_RELAY_GUARD, false,
                        SessionConfig.DEFAULT_CLOCK_DRIFT_THRESHOLD, false);
                SessionFixture fixture = new SessionFixture(new SimulatorConfig(), config).loggedIn();
                fixture.charger.vehicle().plugIn();
                fixture.charger.shiftDeviceClock(Duration.ofMinutes(10));

                valueOf(fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));
                fixture.charger.pushSetting(0x0101, 0);
                fixture.advance(Duration.ofHours(3));

                assertThat(received(fixture, Command.SYSTEM_TIME), is(empty()));
                assertThat(fixture.listener.clocks, hasSize(1));
            }

            @Test
            void syncClockSetsTheChargerToTheHostClock() {
                SessionFixture fixture = new SessionFixture().loggedIn();
                fixture.charger.shiftDeviceClock(Duration.ofHours(-3));

                SystemTime answer = valueOf(fixture.complete(fixture.session.syncClock()));

                assertThat(fixture.listener.clocks.get(fixture.listener.clocks.size() - 1).offset().abs(),
                        is(lessThan(Duration.ofSeconds(1))));
                assertThat(answer.time(), is(notNullValue()));
            }
        }

        @Nested
        class WatchdogAndRelogin {

            private final SessionFixture fixture = new SessionFixture().loggedIn();

            @Test
            void aQuietLinkIsProbedAndADeadOneDroppedFifteenSecondsAfterTheLastDatagram() {
                fixture.advanceSeconds(30);
                fixture.charger.faults().goSilent();
                fixture.link.setAutoReconnect(null);
                int probesBefore = received(fixture, Command.TEMPERATURE_UNIT).size();

                fixture.advanceSeconds(20);

                Instant lastDatagram = fixture.lastNotification();
                Instant dead = fixture.listener.lastTime(SessionState.DISCONNECTED, SessionReason.DEAD_LINK);
                assertThat(Duration.between(lastDatagram, dead), is(SessionConfig.DEFAULT_WATCHDOG_TIMEOUT));
                List<ReceivedDatagram> probes = received(fixture, Command.TEMPERATURE_UNIT);
                assertThat(probes, hasSize(probesBefore + 1));
                Duration probeDelay = Duration.between(lastDatagram, probes.get(probes.size() - 1).at());
                assertThat(probeDelay.toMillis(), is(both(greaterThanOrEqualTo(10_000L)).and(lessThan(10_100L))));
                assertThat(fixture.link.isUp(), is(false));
                assertThat(fixture.charger.isLinked(), is(false));
            }

            @Test
            void afterADeadLinkTheSessionLogsInWithinFiveSecondsOfTheAnnouncementWhenTheLinkReturns() {
                fixture.charger.faults().goSilent();
                fixture.advanceSeconds(16);
                assertThat(fixture.session.state(), is(SessionState.DISCONNECTED));

                fixture.charger.faults().resume();
                fixture.advanceSeconds(10);

                assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
                Instant announced = fixture.listener.lastTime(SessionState.LOGGING_IN, SessionReason.LOGIN_REQUESTED);
                Instant linkUp = fixture.listener.lastTime(SessionState.AWAITING_ANNOUNCEMENT, SessionReason.LINK_UP);
                Instant loggedIn = fixture.listener.lastTime(SessionState.LOGGED_IN, SessionReason.LOGIN_ACCEPTED);
                assertThat(Duration.between(linkUp, announced), is(lessThan(Duration.ofSeconds(2))));
                assertThat(Duration.between(announced, loggedIn), is(lessThan(Duration.ofSeconds(5))));
                assertThat(fixture.listener.identities, hasSize(2));
            }

            @Test
            void anAnsweredProbeKeepsAQuietLinkAlive() {
                SimulatorConfig rarePushes = new SimulatorConfig();
                rarePushes.timing().headingInterval(Duration.ofSeconds(25))
                        .chargingStatusInterval(Duration.ofMinutes(5))
                        .statusInterval(Duration.ofMinutes(5), Duration.ofMinutes(5));
                SessionFixture quiet = new SessionFixture(rarePushes).loggedIn();

                quiet.advance(Duration.ofMinutes(10));

                assertThat(quiet.session.state(), is(SessionState.LOGGED_IN));
                assertThat(quiet.listener.states, hasSize(3));
                assertThat(received(quiet, Command.TEMPERATURE_UNIT).size(), is(greaterThan(20)));
            }

            @Test
            void anAnnouncementWhileLoggedInMeansTheRegistrationWasLostAndTheSessionLogsInAgain() {
                fixture.charger.faults().reboot();
                fixture.advanceSeconds(15);

                assertThat(fixture.listener.reasons(), contains(SessionReason.LINK_UP, SessionReason.LOGIN_REQUESTED,
                        SessionReason.LOGIN_ACCEPTED, SessionReason.REGISTRATION_LOST, SessionReason.LOGIN_ACCEPTED));
                assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
                assertThat(fixture.charger.isRegistered(), is(true));
            }

            @Test
            void commandsWaitingWhenTheRegistrationIsLostFailWithLinkLost() {
                ScriptedFixture scripted = new ScriptedFixture().answerLikeACharger().loggedIn();
                scripted.link.respond(Command.LANGUAGE.code(), request -> null);
                CompletableFuture<LanguageSetting> pending = scripted.session.setLanguage(Language.GERMAN);

                scripted.link.deliver(FakeLink.loginInfo(Command.LOGIN_ANNOUNCEMENT, 1, 32));

                assertThat(failureKindOf(pending), is(CommandFailure.LINK_LOST));
                assertThat(scripted.listener.lastState().reason(), is(SessionReason.REGISTRATION_LOST));
                scripted.advanceSeconds(1);
                assertThat(scripted.session.state(), is(SessionState.LOGGED_IN));
            }

            @Test
            void aPasswordErrorWhileLoggedInRefusesTheCommandAndEndsInWrongPassword() {
                ScriptedFixture scripted = new ScriptedFixture().answerLikeACharger().loggedIn();
                scripted.link.respond(Command.LANGUAGE.code(), new PasswordError());
                CompletableFuture<LanguageSetting> refused = scripted.session.setLanguage(Language.GERMAN);
                CompletableFuture<?> queued = scripted.session.stopCharging();

                scripted.advanceSeconds(1);

                assertThat(failureKindOf(refused), is(CommandFailure.REFUSED));
                assertThat(failureKindOf(queued), is(CommandFailure.LINK_LOST));
                assertThat(scripted.session.state(), is(SessionState.WRONG_PASSWORD));
            }
        }

        @Nested
        class ErrorsAndRecords {

            private final SessionFixture fixture = new SessionFixture().loggedIn();

            @Test
            void errorsAreReportedWhenRaisedAndWhenClearedAndOnlyOnChange() {
                fixture.charger.vehicle().raiseErrors(6);
                fixture.advanceSeconds(60);

                assertThat(fixture.listener.errors, hasSize(1));
                RecordingListener.ErrorChange raised = fixture.listener.errors.get(0);
                assertThat(raised.active(), contains(ErrorFlag.EMERGENCY_STOP));
                assertThat(raised.raised(), contains(ErrorFlag.EMERGENCY_STOP));
                assertThat(raised.cleared(), is(empty()));

                fixture.charger.vehicle().raiseErrors(12);
                fixture.advanceSeconds(30);
                fixture.charger.vehicle().clearErrors(6, 12);
                fixture.advanceSeconds(60);

                assertThat(fixture.listener.errors, hasSize(3));
                assertThat(fixture.listener.errors.get(1).raised(), contains(ErrorFlag.OVER_CURRENT));
                RecordingListener.ErrorChange cleared = fixture.listener.errors.get(2);
                assertThat(cleared.active(), is(empty()));
                assertThat(cleared.cleared(), containsInAnyOrder(ErrorFlag.EMERGENCY_STOP, ErrorFlag.OVER_CURRENT));
            }

            @Test
            void aChargeRecordIsReportedOnceAndAcknowledgedWithItsChargeId() {
                fixture.charger.vehicle().plugIn();
                valueOf(fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));
                fixture.advanceSeconds(120);
                String chargeId = String.valueOf(fixture.charger.charging().sessionChargeId());

                valueOf(fixture.complete(fixture.session.stopCharging()));
                fixture.advanceSeconds(60);

                assertThat(fixture.listener.records, hasSize(1));
                assertThat(fixture.listener.records.get(0).chargeId(), is(chargeId));
                List<ReceivedDatagram> acks = received(fixture, Command.CURRENT_CHARGE_RECORD_ACK);
                assertThat(acks, hasSize(1));
                assertThat(acks.get(0).payloadHex(),
                        is("01" + HexFormat.of().formatHex(chargeId.getBytes(StandardCharsets.US_ASCII)) + "01"));
                assertThat(fixture.charger.charging().pendingRecordChargeId(), is(nullValue()));
                assertThat(fixture.charger.log().mistakes(), is(empty()));
            }

            @Test
            void aRepeatedRecordIsReportedOnceButAcknowledgedEveryTime() {
                ScriptedFixture scripted = new ScriptedFixture().answerLikeACharger().loggedIn();
                ChargeRecord record = record(Command.CURRENT_CHARGE_RECORD);

                scripted.link.deliver(record);
                scripted.link.deliver(record);

                assertThat(scripted.listener.records, contains(record));
                assertThat(scripted.link.written(Command.CURRENT_CHARGE_RECORD_ACK.code()), hasSize(2));
            }

            @Test
            void anUploadedLocalRecordIsAcknowledgedWithOne() {
                ScriptedFixture scripted = new ScriptedFixture().answerLikeACharger().loggedIn();

                scripted.link.deliver(record(Command.UPLOAD_LOCAL_CHARGE_RECORD));

                List<Datagram> acks = scripted.link.written(Command.UPLOAD_LOCAL_CHARGE_RECORD_ACK.code());
                assertThat(acks, hasSize(1));
                assertThat(acks.get(0).payload(), is(new byte[] { 1 }));
                assertThat(scripted.listener.records, hasSize(1));
            }

            private ChargeRecord record(Command command) {
                LocalDateTime start = LocalDateTime.of(2025, 1, 1, 8, 0);
                return new ChargeRecord(command, 1, "openHAB", "", "2025010108001234", 0, 1, 1, null, 0xFFFF, 0xFFFF,
                        11, 2, null, start, start.plusHours(2), Duration.ofHours(2), new BigDecimal("100.00"),
                        new BigDecimal("114.00"), new BigDecimal("14.00"), BigDecimal.ZERO, 1, BigDecimal.ZERO, 0);
            }
        }

        @Nested
        class Charging {

            private final SessionFixture fixture = new SessionFixture().loggedIn();

            @Test
            void aStartSetsTheClockFirstAndIsAcceptedWithAVehicle() {
                fixture.charger.vehicle().plugIn();
                int before = fixture.received().size();

                ChargeStartResult result = valueOf(
                        fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));

                assertThat(result.isSuccess(), is(true));
                assertThat(fixture.received().subList(before, fixture.received().size()),
                        containsInRelativeOrder(Command.SYSTEM_TIME.code(), Command.CHARGE_START.code()));
                ChargeStart start = chargeStart(fixture);
                LocalDateTime now = LocalDateTime.ofInstant(fixture.scheduler.now(), SessionFixture.ZONE);
                assertThat(start.lineId(), is(1));
                assertThat(start.userId(), is("openHAB"));
                assertThat(start.chargeId(), matchesPattern(
                        now.format(DateTimeFormatter.ofPattern("yyyyMMddHHmm", Locale.ROOT)) + "[0-9]{4}"));
                assertThat(start.reservation(), is(false));
                assertThat(start.chargeTypeCode(), is(1));
                assertThat(start.limits(), is(ChargeLimits.NONE));
                assertThat(start.maxCurrentAmperes(), is(16));
                assertThat(fixture.listener.outcomes, contains(
                        new CommandOutcome(CommandOutcome.Action.START, true, List.of(0, 0), "start accepted")));
                assertThat(fixture.charger.charging().sessionCurrent(), is(16));
            }

            @Test
            void aStartWithoutVehicleIsRefusedWithTheChargersReason() {
                CommandException refused = failureOf(
                        fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));

                assertThat(refused.getFailure(), is(CommandFailure.REFUSED));
                assertThat(refused.getReasonCodes(), contains(0, 1));
                assertThat(refused.getMessage(), containsString("vehicle not connected"));
                assertThat(fixture.listener.outcomes.get(0).success(), is(false));
            }

            @Test
            void aReservationAndLimitsAreSentAsRequested() {
                fixture.charger.vehicle().plugIn();
                LocalDateTime at = LocalDateTime.ofInstant(fixture.scheduler.now(), SessionFixture.ZONE).plusHours(2)
                        .withNano(0);

                ChargeStartResult result = valueOf(fixture.complete(fixture.session.startCharging(
                        new ChargeRequest(10, at, Duration.ofMinutes(90), new BigDecimal("12.5"), false))));

                assertThat(result.reservationResultCode(), is(1));
                ChargeStart start = chargeStart(fixture);
                assertThat(start.reservation(), is(true));
                assertThat(start.startTime(), is(at));
                assertThat(start.limits(), is(ChargeLimits.of(Duration.ofMinutes(90), new BigDecimal("12.50"))));
            }

            @Test
            void invalidStartsFailWithoutSendingAnything() {
                LocalDateTime now = LocalDateTime.ofInstant(fixture.scheduler.now(), SessionFixture.ZONE);
                List<ChargeRequest> invalid = List.of(ChargeRequest.now(5), ChargeRequest.now(33),
                        new ChargeRequest(16, now.plusHours(25), null, null, false),
                        new ChargeRequest(16, null, Duration.ZERO, null, false),
                        new ChargeRequest(16, null, Duration.ofSeconds(90), null, false),
                        new ChargeRequest(16, null, null, BigDecimal.ZERO, false),
                        new ChargeRequest(16, null, null, new BigDecimal("700"), false),
                        new ChargeRequest(16, null, null, new BigDecimal("1.234"), false));
                int before = fixture.received().size();

                for (ChargeRequest request : invalid) {
                    assertThat(request.toString(), failureKindOf(fixture.session.startCharging(request)),
                            is(CommandFailure.INVALID_ARGUMENT));
                }
                fixture.advanceSeconds(1);
                assertThat(fixture.received().subList(before, fixture.received().size()),
                        not(hasItems(Command.CHARGE_START.code())));
                assertThat(fixture.received().subList(before, fixture.received().size()),
                        not(hasItems(Command.SYSTEM_TIME.code())));
            }

            @Test
            void aThreePhaseChargerStartsOnLineTwoAndRefusesForcedSinglePhaseUnlessItsTypeSupportsIt() {
                SessionFixture threePhase = new SessionFixture(new SimulatorConfig().deviceType(11).ratedCurrent(16))
                        .loggedIn();
                threePhase.charger.vehicle().plugIn();

                valueOf(threePhase.complete(threePhase.session.startCharging(ChargeRequest.now(16))));
                assertThat(chargeStart(threePhase).lineId(), is(2));
                assertThat(
                        failureKindOf(threePhase.session.startCharging(new ChargeRequest(16, null, null, null, true))),
                        is(CommandFailure.INVALID_ARGUMENT));

                SessionFixture capable = new SessionFixture(new SimulatorConfig().deviceType(22).ratedCurrent(16))
                        .loggedIn();
                capable.charger.vehicle().plugIn();
                valueOf(capable.complete(capable.session.startCharging(new ChargeRequest(16, null, null, null, true))));
                assertThat(chargeStart(capable).lineId(), is(1));
                assertThat(chargeStart(capable).chargeTypeCode(), is(11));
            }

            @Test
            void aStartSoonAfterTheLastStopIsHeldBackByTheRelayGuardButAStopNeverIs() {
                fixture.charger.vehicle().plugIn();
                valueOf(fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));
                fixture.advanceSeconds(10);

                valueOf(fixture.complete(fixture.session.stopCharging()));
                fixture.advanceSeconds(20);
                int starts = received(fixture, Command.CHARGE_START).size();
                CommandException held = failureOf(fixture.session.startCharging(ChargeRequest.now(16)));

                assertThat(held.getFailure(), is(CommandFailure.RELAY_GUARD));
                Duration retryAfter = Objects.requireNonNull(held.getRetryAfter());
                assertThat(retryAfter.toSeconds(), is(both(greaterThan(35L)).and(lessThan(41L))));
                fixture.advanceSeconds(1);
                assertThat(received(fixture, Command.CHARGE_START), hasSize(starts));

                fixture.advanceSeconds(40);
                valueOf(fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));
            }

            @Test
            void aStopWhenNothingRunsIsRefusedWithTheChargersCodes() {
                CommandException refused = failureOf(fixture.complete(fixture.session.stopCharging()));

                assertThat(refused.getFailure(), is(CommandFailure.REFUSED));
                assertThat(refused.getReasonCodes(), contains(0, 1));
                assertThat(fixture.listener.outcomes.get(0).action(), is(CommandOutcome.Action.STOP));
            }

            @Test
            void anUnansweredCommandTimesOutAfterFiveSecondsAndItsLateAnswerIsIgnored() {
                fixture.charger.faults().answerSlowly(Duration.ofSeconds(6));
                CompletableFuture<LanguageSetting> slow = fixture.session.setLanguage(Language.GERMAN);
                fixture.advanceSeconds(4.9);
                assertThat(slow.isDone(), is(false));
                fixture.advanceSeconds(0.2);
                assertThat(failureKindOf(slow), is(CommandFailure.TIMEOUT));

                fixture.charger.faults().answerSlowly(Duration.ofMillis(50));
                CompletableFuture<TemperatureUnitSetting> next = fixture.session
                        .setTemperatureUnit(TemperatureUnit.FAHRENHEIT);
                fixture.advanceSeconds(5);

                assertThat(valueOf(next).unit(), is(TemperatureUnit.FAHRENHEIT));
                assertThat(fixture.listener.lastSettings().language(), is(Language.GERMAN));
            }

            @Test
            void aCommandWaitingWhenTheLinkDropsFailsWithLinkLostAndTheSessionLogsInAgain() {
                fixture.charger.vehicle().plugIn();
                fixture.charger.faults().answerSlowly(Duration.ofSeconds(1));
                CompletableFuture<ChargeStartResult> start = fixture.session.startCharging(ChargeRequest.now(16));
                CompletableFuture<LanguageSetting> queued = fixture.session.setLanguage(Language.FRENCH);
                fixture.advanceSeconds(0.5);

                fixture.charger.faults().dropLinkNow();
                fixture.advanceSeconds(0.1);

                assertThat(failureKindOf(start), is(CommandFailure.LINK_LOST));
                assertThat(failureKindOf(queued), is(CommandFailure.LINK_LOST));
                fixture.charger.faults().answerSlowly(Duration.ofMillis(50));
                fixture.advanceSeconds(10);
                assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
            }

            @Test
            void aWriteThatFailsFailsItsCommandWithLinkLost() {
                ScriptedFixture scripted = new ScriptedFixture().answerLikeACharger().loggedIn();
                scripted.link.setFailWrites(true);

                assertThat(failureKindOf(scripted.session.setLanguage(Language.GERMAN)), is(CommandFailure.LINK_LOST));
            }

            private ChargeStart chargeStart(SessionFixture on) {
                List<ReceivedDatagram> starts = received(on, Command.CHARGE_START);
                try {
                    return ChargeStart.decode(starts.get(starts.size() - 1).payload());
                } catch (ProtocolException e) {
                    throw new AssertionError(e);
                }
            }
        }

        @Nested
        class EveryCommand {

            private final ScriptedFixture fixture = new ScriptedFixture().answerLikeACharger().loggedIn()
                    .withHeadings();

            EveryCommand() {
                fixture.advanceSeconds(2);
                for (int request : List.of(0x8007, 0x8008, 0x8101, 0x8102, 0x8107, 0x8108, 0x810D, 0x810F, 0x8112,
                        0x8162)) {
                    fixture.link.respond(request, datagram -> null);
                }
            }

            @Test
            void everyCommandTimesOutWhenTheChargerDoesNotAnswer() {
                List<CompletableFuture<?>> commands = everyCommand(fixture.session);
                fixture.advanceSeconds(60);

                for (CompletableFuture<?> command : commands) {
                    assertThat(failureKindOf(command), is(CommandFailure.TIMEOUT));
                }
                assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
            }

            @Test
            void everyCommandWaitingWhenTheLinkDropsFailsWithLinkLost() {
                List<CompletableFuture<?>> commands = everyCommand(fixture.session);
                fixture.advanceSeconds(1);

                fixture.session.linkDown();

                for (CompletableFuture<?> command : commands) {
                    assertThat(failureKindOf(command), is(CommandFailure.LINK_LOST));
                }
            }

            @Test
            void settingsTheChargerKeepsAreRefusedWithTheValueInEffect() {
                fixture.link.respond(0x8112, new TemperatureUnitSetting(Command.TEMPERATURE_UNIT_RESPONSE, 1, 1));
                fixture.link.respond(0x810D, new OfflineChargeSetting(Command.OFFLINE_CHARGE_RESPONSE, 1, 0));

                CommandException unit = failureOf(
                        fixture.complete(fixture.session.setTemperatureUnit(TemperatureUnit.FAHRENHEIT)));
                CommandException offline = failureOf(
                        fixture.complete(fixture.session.setOfflineCharge(OfflineCharge.NOT_ALLOWED)));

                assertThat(unit.getFailure(), is(CommandFailure.REFUSED));
                assertThat(unit.getReasonCodes(), contains(1));
                assertThat(offline.getFailure(), is(CommandFailure.REFUSED));
                assertThat(offline.getReasonCodes(), contains(0));
            }
        }

        @Nested
        class OutputCurrentChange {

            @Test
            void theStoredCurrentIsSetAndReported() {
                SessionFixture fixture = new SessionFixture().loggedIn();

                OutputCurrent answer = valueOf(fixture.complete(fixture.session.setOutputCurrent(10)));

                assertThat(answer.amperes(), is(10));
                assertThat(fixture.charger.settings().outputCurrent(), is(10));
                assertThat(fixture.listener.lastSettings().outputCurrentAmperes(), is(10));
            }

            @Test
            void aCurrentOutsideSixToTheRatedCurrentIsInvalid() {
                SessionFixture fixture = new SessionFixture(new SimulatorConfig().ratedCurrent(16)).loggedIn();

                assertThat(failureKindOf(fixture.session.setOutputCurrent(5)), is(CommandFailure.INVALID_ARGUMENT));
                assertThat(failureKindOf(fixture.session.setOutputCurrent(17)), is(CommandFailure.INVALID_ARGUMENT));
                fixture.advanceSeconds(1);
                assertThat(received(fixture, Command.OUTPUT_CURRENT), hasSize(1));
            }

            @Test
            void aChargerThatKeepsAnotherCurrentRefusesWithTheCurrentInEffect() {
                ScriptedFixture scripted = new ScriptedFixture().answerLikeACharger().loggedIn();

                CommandException refused = failureOf(scripted.complete(scripted.session.setOutputCurrent(10)));

                assertThat(refused.getFailure(), is(CommandFailure.REFUSED));
                assertThat(refused.getReasonCodes(), contains(16));
            }

            @Test
            void withRestartOnCurrentChangeARunningSessionIsStoppedAndStartedWithTheNewCurrent() {
                SessionFixture fixture = new SessionFixture(new SimulatorConfig(), SessionFixture.config(true))
                        .loggedIn();
                fixture.charger.vehicle().plugIn();
                valueOf(fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));
                fixture.advanceSeconds(90);
                int before = fixture.received().size();

                CompletableFuture<OutputCurrent> change = fixture.session.setOutputCurrent(10);
                fixture.advanceSeconds(30);

                assertThat(valueOf(change).amperes(), is(10));
                assertThat(fixture.received().subList(before, fixture.received().size()), containsInRelativeOrder(
                        Command.OUTPUT_CURRENT.code(), Command.CHARGE_STOP.code(), Command.CHARGE_START.code()));
                assertThat(fixture.charger.charging().sessionCurrent(), is(10));
                assertThat(fixture.charger.charging().outputState(), is(1));
            }

            @Test
            void withRestartOnCurrentChangeTheRelayGuardKeepsTheSessionRunningAndTheCurrentStored() {
                SessionFixture fixture = new SessionFixture(new SimulatorConfig(), SessionFixture.config(true))
                        .loggedIn();
                fixture.charger.vehicle().plugIn();
                valueOf(fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));
                fixture.advanceSeconds(30);

                CommandException held = failureOf(fixture.complete(fixture.session.setOutputCurrent(10)));

                assertThat(held.getFailure(), is(CommandFailure.RELAY_GUARD));
                assertThat(fixture.charger.settings().outputCurrent(), is(10));
                assertThat(received(fixture, Command.CHARGE_STOP), is(empty()));
            }

            @Test
            void withoutRestartOnCurrentChangeARunningSessionIsNotInterrupted() {
                SessionFixture fixture = new SessionFixture().loggedIn();
                fixture.charger.vehicle().plugIn();
                valueOf(fixture.complete(fixture.session.startCharging(ChargeRequest.now(16))));
                fixture.advanceSeconds(90);

                valueOf(fixture.complete(fixture.session.setOutputCurrent(10)));

                assertThat(received(fixture, Command.CHARGE_STOP), is(empty()));
            }
        }

        @Nested
        class Settings {

            private final SessionFixture fixture = new SessionFixture().loggedIn();

            @Test
            void aRenameIsFollowedByTheExpectedDisconnectAndANewLogin() {
                Nickname answer = valueOf(fixture.complete(fixture.session.setName("Garage")));
                fixture.advanceSeconds(1);

                assertThat(answer.name(), is("Garage"));
                assertThat(fixture.listener.lastState().reason(), is(SessionReason.RENAMED));
                assertThat(fixture.listener.reasons(), not(hasItem(SessionReason.LINK_LOST)));
                assertThat(fixture.charger.advertisedName(), is("ACP#Garage"));

                fixture.advanceSeconds(10);
                assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
                assertThat(fixture.listener.lastSettings().name(), is("Garage"));
            }

            @Test
            void aLinkDropLongAfterARenameIsALostLink() {
                valueOf(fixture.complete(fixture.session.setName("Garage")));
                fixture.advanceSeconds(20);

                fixture.charger.faults().dropLinkNow();
                fixture.advanceSeconds(0.1);

                assertThat(fixture.listener.lastState().reason(), is(SessionReason.LINK_LOST));
            }

            @Test
            void invalidNamesAreRejectedWithoutSendingAnything() {
                for (String name : List.of("", "   ", "ABCDEFGHIJKL", "Gar\u00e4ge", "tab\tname")) {
                    assertThat(name, failureKindOf(fixture.session.setName(name)), is(CommandFailure.INVALID_ARGUMENT));
                }
                fixture.advanceSeconds(1);
                assertThat(received(fixture, Command.NICKNAME), hasSize(1));
            }

            @Test
            void languageTemperatureUnitAndOfflineChargeAreSetAndReported() {
                assertThat(valueOf(fixture.complete(fixture.session.setLanguage(Language.GERMAN))).language(),
                        is(Language.GERMAN));
                assertThat(valueOf(fixture.complete(fixture.session.setTemperatureUnit(TemperatureUnit.FAHRENHEIT)))
                        .unit(), is(TemperatureUnit.FAHRENHEIT));
                assertThat(valueOf(fixture.complete(fixture.session.setOfflineCharge(OfflineCharge.NOT_ALLOWED)))
                        .offlineCharge(), is(OfflineCharge.NOT_ALLOWED));

                ChargerSettings settings = fixture.listener.lastSettings();
                assertThat(settings.language(), is(Language.GERMAN));
                assertThat(settings.temperatureUnit(), is(TemperatureUnit.FAHRENHEIT));
                assertThat(settings.offlineCharge(), is(OfflineCharge.NOT_ALLOWED));
                assertThat(fixture.charger.settings().language(), is(3));
            }

            @Test
            void unknownValuesAreInvalid() {
                assertThat(failureKindOf(fixture.session.setLanguage(Language.UNKNOWN)),
                        is(CommandFailure.INVALID_ARGUMENT));
                assertThat(failureKindOf(fixture.session.setTemperatureUnit(TemperatureUnit.UNKNOWN)),
                        is(CommandFailure.INVALID_ARGUMENT));
                assertThat(failureKindOf(fixture.session.setOfflineCharge(OfflineCharge.UNKNOWN)),
                        is(CommandFailure.INVALID_ARGUMENT));
                assertThat(failureKindOf(fixture.session.setLcdBrightness(101)), is(CommandFailure.INVALID_ARGUMENT));
                assertThat(failureKindOf(fixture.session.setLcdBrightness(-1)), is(CommandFailure.INVALID_ARGUMENT));
            }

            @Test
            void aSettingTheChargerDoesNotTakeIsRefusedWithTheValueInEffect() {
                ScriptedFixture scripted = new ScriptedFixture().answerLikeACharger().loggedIn();
                scripted.link.respond(Command.LANGUAGE.code(), new LanguageSetting(Command.LANGUAGE_RESPONSE, 1, 1));

                CommandException refused = failureOf(scripted.complete(scripted.session.setLanguage(Language.GERMAN)));

                assertThat(refused.getFailure(), is(CommandFailure.REFUSED));
                assertThat(refused.getReasonCodes(), contains(1));
            }

            @Test
            void theLcdBrightnessIsSetAndReported() {
                valueOf(fixture.complete(fixture.session.setLcdBrightness(40)));

                assertThat(fixture.charger.settings().brightness(), is(40));
                assertThat(fixture.listener.lastSettings().lcdBrightnessPercent(), is(40));
            }

            @Test
            void afterAPinChangeEveryDatagramCarriesTheNewPin() {
                valueOf(fixture.complete(fixture.session.changePin("654321")));
                fixture.advanceSeconds(120);

                assertThat(fixture.charger.settings().pin(), is("654321"));
                List<ReceivedDatagram> all = fixture.charger.log().received();
                int change = all.indexOf(received(fixture, Command.SET_PASSWORD).get(0));
                assertThat(all.get(change).password(), is(SessionFixture.PIN));
                List<ReceivedDatagram> after = all.subList(change + 1, all.size());
                assertThat(after, is(not(empty())));
                assertThat(after.stream().map(ReceivedDatagram::password).toList(), everyItem(is("654321")));
                assertThat(fixture.charger.sentCommands(), not(hasItem(0x0155)));
                assertThat(valueOf(fixture.complete(fixture.session.setLanguage(Language.ITALIAN))).language(),
                        is(Language.ITALIAN));
                assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
            }

            @Test
            void aPinChangeTheChargerNeverProcessedIsUndoneWhenTheChargerRefusesTheNewPin() {
                fixture.charger.faults().reboot();
                CompletableFuture<RawMessage> change = fixture.session.changePin("654321");

                fixture.advanceSeconds(30);

                assertThat(change.isCompletedExceptionally(), is(true));
                assertThat(fixture.charger.settings().pin(), is(SessionFixture.PIN));
                assertThat(fixture.charger.sentCommands(), hasItem(0x0155));
                assertThat(fixture.session.state(), is(SessionState.LOGGED_IN));
                List<ReceivedDatagram> all = fixture.charger.log().received();
                assertThat(all.get(all.size() - 1).password(), is(SessionFixture.PIN));
            }

            @Test
            void aConfirmedPinChangeIsNotUndoneByALaterPasswordError() {
                ScriptedFixture scripted = new ScriptedFixture().answerLikeACharger().loggedIn();
                scripted.link.respond(Command.SET_PASSWORD.code(), new RawMessage(0x0102, new byte[0]));
                valueOf(scripted.complete(scripted.session.changePin("654321")));

                scripted.link.deliver(new PasswordError());

                assertThat(scripted.session.state(), is(SessionState.WRONG_PASSWORD));
            }

            @Test
            void anInvalidNewPinIsRejected() {
                for (String pin : List.of("12345", "1234567", "12345a", "")) {
                    assertThat(failureKindOf(fixture.session.changePin(pin)), is(CommandFailure.INVALID_ARGUMENT));
                }
            }
        }
    }

    @Nested
    class WrongPassword {

        private final SessionFixture fixture = new SessionFixture(new SimulatorConfig().pin("654321"));

        WrongPassword() {
            fixture.link.connect();
            fixture.advanceSeconds(5);
        }

        @Test
        void commandsFailAtOnceWithNotLoggedIn() {
            assertEveryCommandFailsAtOnceWith(fixture.session, CommandFailure.NOT_LOGGED_IN);
        }

        @Test
        void linkEventsAreIgnoredAndNothingIsSent() {
            fixture.session.linkDown();
            fixture.session.linkUp();
            fixture.advanceSeconds(3600);

            assertThat(fixture.session.state(), is(SessionState.WRONG_PASSWORD));
            assertThat(fixture.listener.states, hasSize(3));
            assertThat(fixture.received(), contains(REQUEST_LOGIN));
        }

        @Test
        void announcementsAreIgnored() {
            fixture.advanceSeconds(60);

            assertThat(fixture.charger.sentCommands(), hasItem(0x0001));
            assertThat(fixture.received(), contains(REQUEST_LOGIN));
        }

        @Test
        void closeEndsTheSession() {
            fixture.session.close();

            assertThat(fixture.session.state(), is(SessionState.CLOSED));
            assertThat(fixture.listener.lastState().reason(), is(SessionReason.CLOSED));
        }
    }

    @Nested
    class Closed {

        @Test
        void closeFailsTheWaitingCommandsWithLinkLost() {
            ScriptedFixture fixture = new ScriptedFixture().answerLikeACharger().loggedIn();
            fixture.link.respond(Command.LANGUAGE.code(), request -> null);
            CompletableFuture<LanguageSetting> pending = fixture.session.setLanguage(Language.GERMAN);
            CompletableFuture<?> queued = fixture.session.stopCharging();

            fixture.session.close();

            assertThat(failureKindOf(pending), is(CommandFailure.LINK_LOST));
            assertThat(failureKindOf(queued), is(CommandFailure.LINK_LOST));
            assertThat(fixture.listener.lastState(), is(notNullValue()));
            assertThat(fixture.listener.lastState().state(), is(SessionState.CLOSED));
        }

        @Test
        void afterCloseCommandsFailAndTheLinkIsIgnored() {
            SessionFixture fixture = new SessionFixture().loggedIn();
            int sent = fixture.received().size();

            fixture.session.close();
            fixture.session.linkDown();
            fixture.session.linkUp();
            fixture.advanceSeconds(3600);

            assertEveryCommandFailsAtOnceWith(fixture.session, CommandFailure.NOT_LOGGED_IN);
            assertThat(fixture.received(), hasSize(sent));
            assertThat(fixture.listener.states.get(fixture.listener.states.size() - 1).state(),
                    is(SessionState.CLOSED));
            assertThat(fixture.listener.states, hasSize(4));
        }

        @Test
        void closingTwiceReportsOnce() {
            ScriptedFixture fixture = new ScriptedFixture();

            fixture.session.close();
            fixture.session.close();

            assertThat(fixture.listener.states, hasSize(1));
        }

        @Test
        void noTimerOfTheSessionRunsAfterClose() {
            ScriptedFixture fixture = new ScriptedFixture().answerLikeACharger().loggedIn();

            fixture.session.close();
            fixture.advanceSeconds(1);

            assertThat(fixture.scheduler.pendingTaskCount(), is(0));
        }
    }
}

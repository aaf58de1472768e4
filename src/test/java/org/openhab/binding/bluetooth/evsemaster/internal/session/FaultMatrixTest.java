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

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.ClientMistake;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.Faults;

/**
 * Breaks the link at every datagram boundary and inside datagrams, during the login and in steady state with
 * commands waiting, and corrupts single datagrams: every case ends logged in again once the link is back, every
 * command completes, and every failure has its proper reason (a lost link fails the waiting commands with
 * {@link CommandFailure#LINK_LOST}, a lost answer with {@link CommandFailure#TIMEOUT}).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class FaultMatrixTest {

    /** Datagrams the charger sends until the reads after the login are done (with a few pushes). */
    private static final int LOGIN_DATAGRAMS = 18;
    /** Bytes of those datagrams. */
    private static final int LOGIN_BYTES = 1100;
    /** Datagrams and bytes the charger sends while the command batch is answered. */
    private static final int BATCH_DATAGRAMS = 14;
    private static final int BATCH_BYTES = 700;

    @BeforeAll
    static void quietLogging() {
        LogLevels.quietSession();
    }

    static IntStream loginDatagrams() {
        return IntStream.rangeClosed(0, LOGIN_DATAGRAMS);
    }

    static IntStream loginBytes() {
        return IntStream.iterate(1, offset -> offset < LOGIN_BYTES, offset -> offset + 7);
    }

    static IntStream batchDatagrams() {
        return IntStream.rangeClosed(0, BATCH_DATAGRAMS);
    }

    static IntStream batchMillis() {
        return IntStream.iterate(0, millis -> millis < 1000, millis -> millis + 40);
    }

    static IntStream batchBytes() {
        return IntStream.iterate(1, offset -> offset < BATCH_BYTES, offset -> offset + 5);
    }

    @ParameterizedTest(name = "link dropped after datagram {0} of the login")
    @MethodSource("loginDatagrams")
    void aDropAtADatagramBoundaryDuringLoginEndsLoggedInAgain(int datagrams) {
        duringLogin(faults -> faults.dropLinkAfterDatagrams(datagrams));
    }

    @ParameterizedTest(name = "link dropped after byte {0} of the login")
    @MethodSource("loginBytes")
    void aDropInsideADatagramDuringLoginEndsLoggedInAgain(int bytes) {
        duringLogin(faults -> faults.dropLinkAfterBytes(bytes));
    }

    @ParameterizedTest(name = "link dropped after datagram {0} with commands waiting")
    @MethodSource("batchDatagrams")
    void aDropAtADatagramBoundaryWithCommandsWaitingFailsThemWithLinkLostAndEndsLoggedInAgain(int datagrams) {
        withCommandsWaiting(faults -> faults.dropLinkAfterDatagrams(datagrams), 0, CommandFailure.LINK_LOST);
    }

    @ParameterizedTest(name = "link dropped after byte {0} with commands waiting")
    @MethodSource("batchBytes")
    void aDropInsideADatagramWithCommandsWaitingFailsThemWithLinkLostAndEndsLoggedInAgain(int bytes) {
        withCommandsWaiting(faults -> faults.dropLinkAfterBytes(bytes), 0, CommandFailure.LINK_LOST);
    }

    @ParameterizedTest(name = "datagram after {0} ms corrupted with commands waiting")
    @MethodSource("batchMillis")
    void aCorruptedAnswerTimesItsCommandOutAndTheSessionStaysLoggedIn(int millis) {
        withCommandsWaiting(faults -> faults.corruptNextDatagram(5 + millis % 15), millis, CommandFailure.TIMEOUT);
    }

    private void duringLogin(Consumer<Faults> fault) {
        SessionFixture fixture = new SessionFixture();
        fault.accept(fixture.charger.faults());

        fixture.link.connect();
        fixture.advanceSeconds(60);

        assertThat(fixture.listener.reasons(), hasItem(SessionReason.LINK_LOST));
        assertThat(fixture.listener.states.toString(), fixture.session.state(), is(SessionState.LOGGED_IN));
        assertThat(fixture.charger.isRegistered(), is(true));
        assertThat(fixture.session.pendingRequestCount(), is(0));
        assertThat(mistakes(fixture), is(empty()));
    }

    /**
     * @param faultAfterMillis when the fault is armed, counted from the commands
     */
    private void withCommandsWaiting(Consumer<Faults> fault, int faultAfterMillis, CommandFailure expected) {
        SessionFixture fixture = new SessionFixture().loggedIn();
        fixture.charger.vehicle().plugIn();
        fixture.advanceSeconds(20);

        EvseSession session = fixture.session;
        List<CompletableFuture<?>> commands = List.of(session.startCharging(ChargeRequest.now(16)),
                session.setLanguage(Language.GERMAN), session.setTemperatureUnit(TemperatureUnit.FAHRENHEIT),
                session.setOfflineCharge(OfflineCharge.NOT_ALLOWED), session.setLcdBrightness(30), session.syncClock(),
                session.setOutputCurrent(10), session.stopCharging());
        fixture.advanceSeconds(faultAfterMillis / 1000.0);
        fault.accept(fixture.charger.faults());
        fixture.advanceSeconds(90);

        boolean linkLost = fixture.listener.reasons().contains(SessionReason.LINK_LOST);
        assertThat(linkLost, is(expected == CommandFailure.LINK_LOST));
        assertThat(fixture.listener.states.toString(), fixture.session.state(), is(SessionState.LOGGED_IN));
        for (CompletableFuture<?> command : commands) {
            assertThat(command.isDone(), is(true));
            if (command.isCompletedExceptionally()) {
                assertThat(Futures.failureKindOf(command), is(expected));
            }
        }
        assertThat(fixture.session.pendingRequestCount(), is(0));
        assertThat(mistakes(fixture), is(empty()));
    }

    /**
     * @return what the charger ignored, except datagrams that arrived before a drop and were processed after it, when
     *         the registration had already ended
     */
    private static List<ClientMistake> mistakes(SessionFixture fixture) {
        return fixture.charger.log().ignored().stream()
                .filter(mistake -> !mistake.reason().contains("no client is registered")).toList();
    }
}

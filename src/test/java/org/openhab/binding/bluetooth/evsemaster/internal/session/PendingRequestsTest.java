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

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;

/**
 * Tests the one-at-a-time request queue: answers complete their request, timeouts and closing fail it, late answers
 * are matched to nothing.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PendingRequestsTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeLink link = new FakeLink(scheduler);
    private final SessionTimers timers = new SessionTimers(scheduler, new Object());
    private final Outbound outbound = new Outbound(link, timers, "123456");
    private final PendingRequests requests = new PendingRequests(outbound, timers, TIMEOUT);

    PendingRequestsTest() {
        outbound.learnSerial(FakeLink.SERIAL);
        requests.open();
    }

    @BeforeAll
    static void quietLogging() {
        LogLevels.quietSession();
    }

    @Test
    void anAnswerCompletesItsRequest() {
        CompletableFuture<OutputCurrent> request = requests.submit(OutputCurrent.get(), OutputCurrent.class);

        boolean matched = requests.complete(new OutputCurrent(Command.OUTPUT_CURRENT_RESPONSE, 2, 16));

        assertThat(matched, is(true));
        assertThat(valueOf(request).amperes(), is(16));
        assertThat(requests.size(), is(0));
    }

    @Test
    void requestsGoOutOneAtATime() {
        requests.submit(OutputCurrent.get(), OutputCurrent.class);
        requests.submit(LanguageSetting.get(), LanguageSetting.class);

        assertThat(link.commands(), contains(Command.OUTPUT_CURRENT.code()));
        requests.complete(new OutputCurrent(Command.OUTPUT_CURRENT_RESPONSE, 2, 16));
        assertThat(link.commands(), contains(Command.OUTPUT_CURRENT.code(), Command.LANGUAGE.code()));
    }

    @Test
    void anUnansweredRequestTimesOutAndTheNextOneGoesOut() {
        CompletableFuture<OutputCurrent> first = requests.submit(OutputCurrent.get(), OutputCurrent.class);
        requests.submit(LanguageSetting.get(), LanguageSetting.class);

        scheduler.advance(TIMEOUT.minusMillis(1));
        assertThat(first.isDone(), is(false));
        scheduler.advance(Duration.ofMillis(1));

        assertThat(failureKindOf(first), is(CommandFailure.TIMEOUT));
        assertThat(link.commands(), contains(Command.OUTPUT_CURRENT.code(), Command.LANGUAGE.code()));
    }

    @Test
    void aLateAnswerIsMatchedToNothing() {
        requests.submit(OutputCurrent.get(), OutputCurrent.class);
        scheduler.advance(TIMEOUT);
        CompletableFuture<LanguageSetting> second = requests.submit(LanguageSetting.get(), LanguageSetting.class);

        boolean matched = requests.complete(new OutputCurrent(Command.OUTPUT_CURRENT_RESPONSE, 2, 16));

        assertThat(matched, is(false));
        assertThat(second.isDone(), is(false));
    }

    @Test
    void anUnsolicitedClockReportIsNoAnswerToAClockRequest() {
        CompletableFuture<SystemTime> request = requests.submit(SystemTime.get(), SystemTime.class);
        LocalDateTime time = LocalDateTime.of(2025, 1, 1, 12, 0);

        assertThat(requests.complete(new SystemTime(Command.SYSTEM_TIME_RESPONSE, 0, time)), is(false));
        assertThat(requests.complete(new SystemTime(Command.SYSTEM_TIME_RESPONSE, 2, time)), is(true));
        assertThat(valueOf(request).time(), is(time));
    }

    @Test
    void closingFailsEveryWaitingRequestAndRefusesNewOnes() {
        CompletableFuture<OutputCurrent> inFlight = requests.submit(OutputCurrent.get(), OutputCurrent.class);
        CompletableFuture<LanguageSetting> queued = requests.submit(LanguageSetting.get(), LanguageSetting.class);

        requests.close(CommandFailure.LINK_LOST, "link lost");

        assertThat(failureKindOf(inFlight), is(CommandFailure.LINK_LOST));
        assertThat(failureKindOf(queued), is(CommandFailure.LINK_LOST));
        assertThat(failureKindOf(requests.submit(OutputCurrent.get(), OutputCurrent.class)),
                is(CommandFailure.NOT_LOGGED_IN));
        scheduler.advance(TIMEOUT.multipliedBy(2));
        assertThat(link.commands(), contains(Command.OUTPUT_CURRENT.code()));
    }

    @Test
    void aRequestThatCannotBeWrittenFailsAtOnceWithLinkLost() {
        link.setFailWrites(true);

        CompletableFuture<OutputCurrent> request = requests.submit(OutputCurrent.get(), OutputCurrent.class);

        assertThat(failureKindOf(request), is(CommandFailure.LINK_LOST));
        assertThat(requests.size(), is(0));
    }
}

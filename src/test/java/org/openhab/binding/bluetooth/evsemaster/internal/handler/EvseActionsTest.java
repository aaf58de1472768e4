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
package org.openhab.binding.bluetooth.evsemaster.internal.handler;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.library.types.StringType;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.binding.ThingActions;

/**
 * The rule actions end to end. An action waits for the charger's answer, so it runs on a thread of its own while the
 * test moves virtual time on.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseActionsTest {

    private static final int START = 0x8007;

    private final HandlerDriver driver = new HandlerDriver(new SimulatorConfig().ratedCurrent(16));
    private final EvseActions actions = new EvseActions();

    @BeforeEach
    void online() {
        driver.online();
        actions.setThingHandler(driver.handler());
    }

    @AfterEach
    void disposeHandler() {
        driver.dispose();
    }

    @Test
    void handlerOffersTheActions() {
        assertThat(driver.handler().getServices(), contains(EvseActions.class));
        assertThat(actions.getThingHandler(), is(driver.handler()));
    }

    @Test
    void startAndStopCharging() throws ExecutionException {
        driver.rig().simulator().vehicle().plugIn();
        driver.run(Duration.ofSeconds(20));

        assertThat(act(() -> EvseActions.startCharging((ThingActions) actions, 12)), is("charging started"));
        assertThat(driver.rig().simulator().charging().sessionCurrent(), is(12));

        driver.run(Duration.ofSeconds(70));
        assertThat(act(() -> EvseActions.stopCharging(actions)), is("charging stopped"));
        driver.run(Duration.ofSeconds(20));
        assertThat(driver.state(CHANNEL_LAST_STOP_RESULT), is(new StringType("stop accepted")));
    }

    @Test
    void startWithLimitsAndAReservationInTheUsersZone() throws ExecutionException {
        driver.rig().simulator().vehicle().plugIn();
        driver.run(Duration.ofSeconds(20));
        LocalDateTime inTwoHours = LocalDateTime.ofInstant(driver.rig().scheduler().now(), HandlerDriver.ZONE)
                .plusHours(2).withNano(0);

        assertThat(act(() -> actions.startCharging(10, inTwoHours, 90, 12.5)), is("charging scheduled"));

        assertThat(driver.rig().simulator().log().received(START), hasSize(1));
    }

    @Test
    void startMoreThanADayAheadIsRefusedWithTheReason() {
        ZonedDateTime inTwoDays = driver.rig().scheduler().now().atZone(HandlerDriver.ZONE).plusDays(2);

        Throwable failure = failure(() -> actions.startCharging(10, inTwoDays, null, null));

        assertThat(failure, is(instanceOf(IllegalArgumentException.class)));
        assertThat(failure.getMessage(), containsString("24 h"));
    }

    @Test
    void startWithoutVehicleOrAboveTheRatedCurrentIsRefused() {
        Throwable refused = failure(() -> EvseActions.startCharging((ThingActions) actions, 10));
        Throwable tooHigh = failure(() -> EvseActions.startCharging((ThingActions) actions, 20));

        assertThat(refused, is(instanceOf(IllegalStateException.class)));
        assertThat(refused.getMessage(), containsString("REFUSED"));
        assertThat(tooHigh, is(instanceOf(IllegalArgumentException.class)));
    }

    @Test
    void syncClock() throws ExecutionException {
        int writes = driver.rig().simulator().log().received(0x8101).size();

        assertThat(act(() -> EvseActions.syncClock(actions)), is("clock set"));

        assertThat(driver.rig().simulator().log().received(0x8101), hasSize(writes + 1));
    }

    @Test
    void changePinStoresTheNewPin() throws ExecutionException {
        assertThat(act(() -> EvseActions.changePin(actions, "246810")), is("PIN changed"));

        assertThat(driver.rig().simulator().settings().pin(), is("246810"));
        assertThat(driver.rig().thing().getConfiguration().get(CONFIG_PASSWORD), is("246810"));
    }

    @Test
    void changePinAcceptsOnlySixDigits() {
        for (String pin : new String[] { "12345", "1234567", "12a456", "" }) {
            IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
                    () -> actions.changePin(pin));
            assertThat(failure.getMessage(), not(containsString(pin.isEmpty() ? "\u0000" : pin)));
        }
        assertThat(driver.rig().simulator().settings().pin(), is("123456"));
    }

    @Test
    void releaseLinkDisconnectsAndReconnectsByItself() throws ExecutionException {
        ZonedDateTime start = driver.rig().scheduler().now().atZone(HandlerDriver.ZONE);

        ZonedDateTime until = ZonedDateTime
                .parse(Objects.requireNonNull(act(() -> EvseActions.releaseLink(actions, 5))));

        driver.rig().awaitRequests(Request.DISCONNECT, 1);
        driver.run(Duration.ofSeconds(1));
        assertThat(Duration.between(start.plusMinutes(5), until).toSeconds(), is(lessThan(10L)));
        assertThat(driver.rig().status(),
                is(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                        "@text/offline.comm-error.link-released [\""
                                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).format(until) + "\"]")));
        assertThat(driver.rig().simulator().isLinked(), is(false));

        // the vendor app may connect now: advertisements do not make the handler reconnect
        driver.rig().device().advertise(-70);
        driver.run(Duration.ofMinutes(4));
        assertThat(driver.rig().device().requests().count(Request.CONNECT), is(1));

        driver.run(Duration.ofMinutes(1));
        driver.rig().awaitConnectRequests(2);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.ONLINE, Duration.ofSeconds(30));
    }

    @Test
    void releaseLinkNeedsOneMinuteToOneDay() {
        assertThrows(IllegalArgumentException.class, () -> actions.releaseLink(0));
        assertThrows(IllegalArgumentException.class, () -> actions.releaseLink(1441));
        assertThrows(IllegalArgumentException.class, () -> actions.releaseLink(null));
    }

    @Test
    void actionsWithoutHandlerExplainWhy() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> new EvseActions().stopCharging());

        assertThat(failure.getMessage(), containsString("not bound"));
    }

    private <T> @Nullable T act(Supplier<T> action) throws ExecutionException {
        return driver.complete(CompletableFuture.supplyAsync(action));
    }

    private Throwable failure(Supplier<?> action) {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> act(action));
        Throwable cause = failure.getCause();
        return cause == null ? failure : cause;
    }
}

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
import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * The Thing status with its detail and description for every way the charger can fail to be or stay logged in, and
 * the way back to ONLINE once the charger answers again.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseHandlerStatusTest {

    private static final ThingStatusInfo ONLINE = new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
    /** Longer than the four login attempts five seconds apart: every login request stays unanswered. */
    private static final Duration NO_ANSWER = Duration.ofSeconds(40);

    private final HandlerDriver driver = new HandlerDriver(new SimulatorConfig());

    @AfterEach
    void disposeHandler() {
        driver.dispose();
    }

    @Test
    void chargerThatOnlyAnnouncesIsALoginTimeout() {
        // the announcements keep arriving (and keep the watchdog fed), the login answers come far too late
        driver.rig().simulator().faults().answerSlowly(NO_ANSWER);

        driver.handler().initialize();
        driver.rig().awaitConnectRequests(1);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.OFFLINE, Duration.ofSeconds(60));

        assertThat(driver.rig().status(), is(offline(TEXT_LOGIN_TIMEOUT)));
        assertThat(driver.rig().simulator().isRegistered(), is(false));
        driver.rig().awaitRequests(Request.DISCONNECT, 1);
    }

    @Test
    void loginTimeoutRecoversOnceTheChargerAnswersAgain() {
        driver.rig().simulator().faults().answerSlowly(NO_ANSWER);
        driver.handler().initialize();
        driver.rig().awaitConnectRequests(1);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.OFFLINE, Duration.ofSeconds(60));
        driver.rig().awaitRequests(Request.DISCONNECT, 1);
        // the charger works off what it still holds (it answers strictly in order) before it answers at once again
        driver.run(NO_ANSWER.multipliedBy(2));

        driver.rig().simulator().faults().answerSlowly(Duration.ZERO);
        driver.rig().device().advertise(-70);
        driver.rig().awaitConnectRequests(2);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.ONLINE, Duration.ofSeconds(60));

        assertThat(driver.rig().status(), is(ONLINE));
        assertThat(driver.rig().statusHistory(), hasItem(offline(TEXT_LOGIN_TIMEOUT)));
    }

    @Test
    void chargerFallingSilentDuringTheLoginIsADeadLinkNotALoginTimeout() {
        driver.handler().initialize();
        driver.rig().awaitConnectRequests(1);
        // the first thing the handler writes is its answer to the announcement: the login request
        driver.runUntil(() -> !driver.rig().simulator().log().received().isEmpty(), Duration.ofSeconds(10));
        driver.rig().simulator().faults().goSilent();

        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.OFFLINE, Duration.ofSeconds(60));

        // the watchdog (15 s) ends a completely silent link before the fourth login request (20 s) times out
        assertThat(driver.rig().status(), is(offline(TEXT_DEAD_LINK)));
        assertThat(driver.rig().statusHistory().stream().map(ThingStatusInfo::getStatus).toList(),
                not(hasItem(ThingStatus.ONLINE)));
    }

    @Test
    void rebootWhileLoggedInIsARegistrationLossFollowedByANewLogin() {
        driver.online();

        int statuses = driver.rig().statusHistory().size();
        driver.rig().simulator().faults().reboot();
        driver.runUntil(() -> driver.rig().statusHistory().size() > statuses + 1
                && driver.rig().status().getStatus() == ThingStatus.ONLINE, Duration.ofSeconds(60));

        assertThat(driver.rig().statusHistory().subList(statuses, driver.rig().statusHistory().size()),
                contains(offline(TEXT_REGISTRATION_LOST), ONLINE));
        driver.run(Duration.ofSeconds(2));
        assertThat(driver.rig().simulator().isRegistered(), is(true));
        // the charger kept the link: the handler logged in again without reconnecting
        assertThat(driver.rig().device().requests().count(Request.CONNECT), is(1));
    }

    @Test
    void servicesOfNoKnownBoardRevisionAreAnUnsupportedGattLayout() {
        driver.online();
        // the device comes back with a GATT table that has none of the charger's services
        driver.rig().device().getServices().clear();

        driver.rig().device().loseLink();
        driver.run(Duration.ofSeconds(1));
        driver.rig().device().advertise(-70);
        driver.rig().awaitConnectRequests(2);
        driver.runUntil(() -> TEXT_UNSUPPORTED_GATT.equals(driver.rig().status().getDescription()),
                Duration.ofSeconds(30));
        int writes = driver.rig().device().deliveredWrites().size();
        driver.run(Duration.ofSeconds(60));

        assertThat(driver.rig().status(), is(offline(TEXT_UNSUPPORTED_GATT)));
        assertThat(driver.rig().device().deliveredWrites(), hasSize(writes));
    }

    @Test
    void chargerHeldByThePhoneAppIsOfflineUntilReleased() {
        driver.rig().device().radio().refuseConnections(true);

        driver.handler().initialize();
        driver.rig().awaitConnectRequests(1);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.OFFLINE, Duration.ofSeconds(30));

        assertThat(driver.rig().status(), is(offline(TEXT_LINK_LOST)));

        driver.rig().device().radio().refuseConnections(false);
        driver.rig().device().advertise(-60);
        driver.rig().awaitConnectRequests(2);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.ONLINE, Duration.ofSeconds(30));

        assertThat(driver.rig().status(), is(ONLINE));
    }

    private static ThingStatusInfo offline(String description) {
        return new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, description);
    }
}

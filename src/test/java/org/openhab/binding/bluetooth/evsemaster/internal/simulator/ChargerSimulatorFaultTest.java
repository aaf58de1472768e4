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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.time.Duration;
import java.time.Instant;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * Tests the simulated charger's fault injection: link drops at a byte or after a datagram, silence, corruption,
 * duplicated notifications, slow answers, reboots and power cycles.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChargerSimulatorFaultTest {

    private final ManualScheduler scheduler = new ManualScheduler();

    private RawClient loggedIn(SimulatorConfig config) {
        RawClient client = new RawClient(scheduler, new ChargerSimulator(scheduler, config));
        client.login();
        client.answerHeadingsAutomatically();
        client.clear();
        return client;
    }

    private RawClient loggedIn() {
        return loggedIn(new SimulatorConfig());
    }

    private static int deliveredSince(RawClient client, int before) {
        return client.simulator.notifications().stream().skip(before).mapToInt(n -> n.length).sum();
    }

    @Test
    void dropAtAByteOffsetTruncatesTheStreamThere() {
        RawClient client = loggedIn();
        int before = client.simulator.notifications().size();

        client.simulator.faults().dropLinkAfterBytes(40);
        client.send(0x8104, "01010000");
        client.send(0x8105, "01010000");
        client.advanceSeconds(1);

        assertThat(deliveredSince(client, before), is(40));
        assertThat(client.commands(), contains(0x0104));
        assertThat(client.drops(), is(1));
        assertThat(client.simulator.isLinked(), is(false));
        assertThat(client.simulator.isRegistered(), is(false));
    }

    @Test
    void dropAtByteZeroDeliversNothingMore() {
        RawClient client = loggedIn();
        int before = client.simulator.notifications().size();

        client.simulator.faults().dropLinkAfterBytes(0);
        client.request(0x8107, "0200");

        assertThat(deliveredSince(client, before), is(0));
        assertThat(client.drops(), is(1));
    }

    @Test
    void dropAfterTheNthDatagramDeliversExactlyThoseDatagrams() {
        RawClient client = loggedIn();

        client.simulator.faults().dropLinkAfterDatagrams(3);
        client.send(0x8104, "01010000");
        client.send(0x8105, "01010000");
        client.advanceSeconds(0.5);
        assertThat(client.drops(), is(0));
        client.advanceSeconds(30);

        assertThat(client.arrivals(), hasSize(3));
        assertThat(client.commands().subList(0, 2), contains(0x0104, 0x0105));
        assertThat(client.drops(), is(1));
    }

    @Test
    void silentChargerNeitherAnswersNorPushesAndLosesTheRegistration() {
        RawClient client = loggedIn();

        client.simulator.faults().goSilent();
        client.request(0x8107, "0200");
        client.advanceSeconds(40);

        assertThat(client.arrivals(), is(empty()));
        assertThat(client.simulator.log().received(0x8107), hasSize(1));
        assertThat(client.simulator.isRegistered(), is(false));
        client.simulator.faults().resume();
        client.advanceSeconds(6);
        assertThat(client.commands(), hasItem(ChargerSimulator.ANNOUNCEMENT));
    }

    @Test
    void corruptedDatagramIsLostAndTheNextOneArrives() {
        RawClient client = loggedIn();

        client.simulator.faults().corruptNextDatagram();
        client.request(0x8107, "0200");
        client.request(0x8112, "0200");

        assertThat(client.commands(), contains(0x0112));
        assertThat(client.simulator.sentCommands(), hasItems(0x0107, 0x0112));
    }

    @Test
    void corruptedHeaderForcesTheClientToResynchronise() {
        RawClient client = loggedIn(new SimulatorConfig().chunkPolicy(ChunkPolicy.wholeDatagrams()));

        client.simulator.faults().corruptNextDatagram(1);
        client.send(0x8107, "0200");
        client.send(0x8112, "0200");
        client.advanceSeconds(0.2);

        assertThat(client.commands(), contains(0x0112));
    }

    @Test
    void duplicatedNotificationArrivesTwice() {
        RawClient client = loggedIn(new SimulatorConfig().chunkPolicy(ChunkPolicy.wholeDatagrams()));

        client.simulator.faults().duplicateNextNotification();
        client.request(0x8107, "0200");
        client.request(0x8112, "0200");

        assertThat(client.commands(), contains(0x0107, 0x0107, 0x0112));
    }

    @Test
    void duplicatedFirstSliceIsSkippedByAResynchronisingClient() {
        RawClient client = loggedIn();

        client.simulator.faults().duplicateNextNotification();
        client.request(0x8107, "0200");
        client.request(0x8112, "0200");

        assertThat(client.simulator.notifications().get(client.simulator.notifications().size() - 4).length, is(20));
        assertThat(client.commands(), contains(0x0107, 0x0112));
    }

    @Test
    void slowAnswersArriveAfterTheConfiguredDelay() {
        RawClient client = loggedIn();
        client.simulator.faults().answerSlowly(Duration.ofSeconds(4));
        Instant sent = scheduler.now();

        client.send(0x8107, "0200");
        client.advanceSeconds(3.9);
        assertThat(client.arrivals(0x0107), is(empty()));
        client.advanceSeconds(0.2);

        assertThat(Duration.between(sent, client.arrivals(0x0107).get(0).at()), is(Duration.ofSeconds(4)));
    }

    @Test
    void rebootLosesBytesInFlight() {
        RawClient client = loggedIn();

        client.send(0x8107, "0200");
        client.simulator.faults().reboot();
        client.advanceSeconds(10);

        assertThat(client.arrivals(0x0107), is(empty()));
        assertThat(client.commands(), hasItem(ChargerSimulator.ANNOUNCEMENT));
        assertThat(client.drops(), is(0));
    }

    @Test
    void powerCycleDropsTheLinkAndTheChargerIsUnreachableWhileBooting() {
        RawClient client = loggedIn();

        client.simulator.faults().powerCycle();

        assertThat(client.drops(), is(1));
        assertThat(client.simulator.isAdvertising(), is(false));
        client.advanceSeconds(4.9);
        assertThat(client.simulator.isAdvertising(), is(false));
        client.advanceSeconds(0.2);
        assertThat(client.simulator.isAdvertising(), is(true));
        client.subscribe();
        client.advanceSeconds(1);
        assertThat(client.commands(), contains(ChargerSimulator.ANNOUNCEMENT));
    }

    @Test
    void subscriptionDuringTheBootAnnouncesAfterIt() {
        RawClient client = loggedIn();
        client.simulator.faults().powerCycle();
        client.advanceSeconds(1);
        Instant subscribed = scheduler.now();

        client.subscribe();
        client.advanceSeconds(10);

        assertThat(client.arrivals().get(0).at(), is(subscribed.plusSeconds(5)));
    }

    @Test
    void chargerCanDropTheLinkAtOnce() {
        RawClient client = loggedIn();

        client.simulator.faults().dropLinkNow();

        assertThat(client.drops(), is(1));
        assertThat(client.simulator.isLinked(), is(false));
    }
}

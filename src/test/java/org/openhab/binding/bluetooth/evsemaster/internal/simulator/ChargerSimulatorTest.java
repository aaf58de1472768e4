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
import static org.openhab.binding.bluetooth.evsemaster.internal.simulator.RawClient.HEX;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.FrameAssembler;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * Tests the simulated charger's link behaviour with raw datagrams: announcements, login, password errors,
 * registration and its expiry, pushes, and how notifications are chunked (spec §1.4, §1.5, §5.1, §7.2).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChargerSimulatorTest {

    private static final String C01 = "0601005f009181102751219513ffffffffffff000101424553454e0000000000000000000000"
            + "42533230000000000000000000000000432e333235322e31313241303038000000001b80205757572e455653452e434f4d0000"
            + "0000122f0f02";
    private static final String C14 = "0601005f008368555670377598ffffffffffff00010c4556534500000000000000000000000"
            + "04253323000000000000000000000000032302e313635312e313133433030000000002940105757572e455653452e434f4d00"
            + "00000012900f02";
    private static final String C03 = "06010019009181102751219513ffffffffffff000308800f02";

    private final ManualScheduler scheduler = new ManualScheduler();

    private RawClient client(SimulatorConfig config) {
        return new RawClient(scheduler, new ChargerSimulator(scheduler, config));
    }

    private RawClient client() {
        return client(new SimulatorConfig());
    }

    static SimulatorConfig philsCharger() {
        return new SimulatorConfig().serial(HEX.parseHex("9181102751219513")).ratedPower(7040);
    }

    @Test
    void announcementIsByteIdenticalToCaptureC01() {
        RawClient client = client(philsCharger());

        client.subscribe();
        client.advanceSeconds(1);

        assertThat(joined(client.simulator.notifications()), is(C01));
    }

    @Test
    void threePhaseAnnouncementIsByteIdenticalToCaptureC14() {
        RawClient client = client(new SimulatorConfig().serial(HEX.parseHex("8368555670377598")).deviceType(12)
                .brand("EVSE").hardwareVersion("20.1651.113C00").ratedCurrent(16).ratedPower(10560));

        client.subscribe();
        client.advanceSeconds(1);

        assertThat(joined(client.simulator.notifications()), is(C14));
        assertThat(new SimulatorConfig().deviceType(12).ratedCurrent(16).ratedPower(), is(11040L));
    }

    @Test
    void firstAnnouncementFollowsTheSubscriptionAfterOneSecondThenEveryThreeToFiveSeconds() {
        RawClient client = client();
        Instant subscribed = scheduler.now();

        client.subscribe();
        client.advanceSeconds(0.9);
        assertThat(client.arrivals(), is(empty()));
        client.advanceSeconds(120);

        List<RawClient.Arrival> announcements = client.arrivals(ChargerSimulator.ANNOUNCEMENT);
        assertThat(announcements.get(0).at(), is(subscribed.plusSeconds(1)));
        assertThat(announcements.size(), is(both(greaterThanOrEqualTo(24)).and(lessThanOrEqualTo(41))));
        for (Duration gap : gaps(announcements)) {
            assertThat(gap, is(
                    both(greaterThanOrEqualTo(Duration.ofSeconds(3))).and(lessThanOrEqualTo(Duration.ofSeconds(5)))));
        }
        assertThat(client.commands(), everyItem(is(ChargerSimulator.ANNOUNCEMENT)));
        assertThat(RawClient.u8(client.last(1), 0), is(1));
    }

    @Test
    void nothingIsSentWithoutASubscription() {
        RawClient client = client();

        client.advanceSeconds(60);

        assertThat(client.simulator.notifications(), is(empty()));
        assertThat(client.simulator.isAdvertising(), is(true));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "00", "01" })
    void requestLoginIsAnsweredWithTheDeviceDescription(String payload) {
        RawClient client = client();
        client.subscribe();
        client.advanceSeconds(1.2);

        client.request(0x8002, payload);

        assertThat(client.lastHex(ChargerSimulator.LOGIN_RESPONSE), is(client.lastHex(ChargerSimulator.ANNOUNCEMENT)));
        assertThat(client.last(ChargerSimulator.LOGIN_RESPONSE).length, is(70));
        assertThat(client.simulator.isRegistered(), is(false));
        assertThat(client.simulator.log().mistakes(), is(empty()));
    }

    @Test
    void wrongPasswordIsAnsweredWith0155InEveryState() {
        RawClient client = client();
        client.subscribe();
        client.advanceSeconds(1.2);

        client.usePin("000000");
        client.request(0x8002, "");
        assertThat(client.lastHex(ChargerSimulator.PASSWORD_ERROR), is("00"));
        assertThat(client.arrivals(ChargerSimulator.LOGIN_RESPONSE), is(empty()));

        client.usePin("123456");
        client.login();
        client.usePin("654321");
        client.request(0x8107, "0200");
        client.request(0x8003, "01");

        assertThat(client.arrivals(ChargerSimulator.PASSWORD_ERROR), hasSize(3));
        assertThat(client.arrivals(0x0107), is(empty()));
        assertThat(client.simulator.isRegistered(), is(true));
    }

    @Test
    void loginConfirmRegistersAndReplacesAnnouncementsByPushes() {
        RawClient client = client();
        client.login();
        Instant registered = scheduler.now();
        client.clear();

        answerHeadings(client, Duration.ofMinutes(5));

        assertThat(client.arrivals(ChargerSimulator.ANNOUNCEMENT), is(empty()));
        List<RawClient.Arrival> headings = client.arrivals(ChargerSimulator.HEADING);
        assertThat(headings, hasSize(30));
        assertThat(gaps(headings), everyItem(is(Duration.ofSeconds(10))));
        List<RawClient.Arrival> statuses = client.arrivals(ChargerSimulator.STATUS);
        assertThat(Duration.between(registered, statuses.get(0).at()), is(lessThanOrEqualTo(Duration.ofSeconds(15))));
        assertThat(gaps(statuses), everyItem(
                is(both(greaterThanOrEqualTo(Duration.ofSeconds(5))).and(lessThanOrEqualTo(Duration.ofSeconds(15))))));
        assertThat(statuses.get(0).datagram().payload().length, is(40));
        List<RawClient.Arrival> sessions = client.arrivals(ChargerSimulator.CHARGING_STATUS);
        assertThat(sessions, hasSize(30));
        assertThat(sessions.get(0).datagram().payload().length, is(74));
        assertThat(client.simulator.isRegistered(), is(true));
        assertThat(client.simulator.log().mistakes(), is(empty()));
    }

    @Test
    void headingIsByteIdenticalToCaptureC03() {
        RawClient client = client(philsCharger());
        client.login();
        client.advanceSeconds(10);

        List<RawClient.Arrival> headings = client.arrivals(ChargerSimulator.HEADING);
        assertThat(headings, hasSize(1));
        assertThat(HEX.formatHex(headings.get(0).datagram().encode()), is(C03));
    }

    @Test
    void registrationExpiresThirtySecondsAfterTheLastHeadingAnswer() {
        RawClient client = client();
        client.login();
        client.advanceSeconds(12);
        client.send(0x8003, HEX.parseHex("01"));
        client.advanceSeconds(29.5);
        assertThat(client.simulator.isRegistered(), is(true));

        client.advanceSeconds(1);
        assertThat(client.simulator.isRegistered(), is(false));
        client.clear();
        client.advanceSeconds(30);

        assertThat(client.arrivals(ChargerSimulator.ANNOUNCEMENT), is(not(empty())));
        assertThat(client.arrivals(ChargerSimulator.HEADING), is(empty()));
        assertThat(client.arrivals(ChargerSimulator.STATUS), is(empty()));
    }

    @Test
    void anExpiredClientCanLogInAgain() {
        RawClient client = client();
        client.login();
        client.advanceSeconds(40);
        assertThat(client.simulator.isRegistered(), is(false));

        client.request(0x8002, "");
        client.request(0x8001, "01");

        assertThat(client.simulator.isRegistered(), is(true));
    }

    @Test
    void loginConfirmWithoutRequestLoginIsIgnored() {
        RawClient client = client();
        client.subscribe();
        client.advanceSeconds(1.2);

        client.request(0x8001, "01");

        assertThat(client.simulator.isRegistered(), is(false));
        assertThat(client.simulator.log().ignored(), hasSize(1));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "0101" })
    void loginConfirmNeedsExactlyOneSignificantByte(String payload) {
        RawClient client = client();
        client.subscribe();
        client.advanceSeconds(1.2);
        client.request(0x8002, "");

        client.request(0x8001, payload);

        assertThat(client.simulator.isRegistered(), is(false));
        assertThat(client.simulator.log().ignored(), hasSize(1));
    }

    @Test
    void loginConfirmPaddedWithZerosIsAccepted() {
        RawClient client = client();
        client.subscribe();
        client.advanceSeconds(1.2);
        client.request(0x8002, "");

        client.request(0x8001, "01" + "00".repeat(15));

        assertThat(client.simulator.isRegistered(), is(true));
    }

    @Test
    void requestsAreIgnoredWhileUnregistered() {
        RawClient client = client();
        client.subscribe();
        client.advanceSeconds(1.2);

        client.request(0x8107, "0200");

        assertThat(client.arrivals(0x0107), is(empty()));
        assertThat(client.simulator.log().ignored().get(0).reason(), containsString("no client is registered"));
    }

    @Test
    void requestsWhileUnregisteredAreAnsweredWhenConfigured() {
        RawClient client = client(new SimulatorConfig().answerWhileUnregistered(true));
        client.subscribe();
        client.advanceSeconds(1.2);

        client.request(0x8107, "0200");

        assertThat(client.lastHex(0x0107), is("0220"));
    }

    @Test
    void linkDropEndsTheRegistrationAndANewSubscriptionAnnouncesAgain() {
        RawClient client = client();
        client.login();

        client.simulator.clientDisconnected();
        client.clear();
        client.advanceSeconds(30);
        assertThat(client.simulator.isRegistered(), is(false));
        assertThat(client.arrivals(), is(empty()));

        client.subscribe();
        client.advanceSeconds(1);
        assertThat(client.commands(), contains(ChargerSimulator.ANNOUNCEMENT));
    }

    @Test
    void defaultNotificationsCarryAtMostTwentyBytesAndReassemble() {
        RawClient client = client();
        client.login();
        answerHeadings(client, Duration.ofMinutes(2));

        assertThat(client.simulator.notifications().stream().mapToInt(n -> n.length).max().orElse(0),
                is(lessThanOrEqualTo(20)));
        assertThat(client.arrivals().size(), is(client.simulator.sentDatagrams().size()));
        assertThat(client.rejected(), is(empty()));
    }

    @Test
    void datagramsEmittedTogetherShareNotificationsInStreamMode() {
        RawClient client = client();
        client.login();

        client.send(0x8104, HEX.parseHex("01010000"));
        client.send(0x8105, HEX.parseHex("01010000"));
        client.advanceSeconds(0.2);

        List<byte[]> notifications = client.simulator.notifications();
        byte[] spanning = notifications.get(notifications.size() - 2);
        assertThat(spanning.length, is(20));
        assertThat(HEX.formatHex(spanning), containsString("0f020601"));
        assertThat(client.commands().subList(client.commands().size() - 2, client.commands().size()),
                contains(0x0104, 0x0105));
    }

    @Test
    void wholeDatagramPolicySendsOneNotificationPerDatagram() {
        RawClient client = client(new SimulatorConfig().chunkPolicy(ChunkPolicy.wholeDatagrams()));
        client.login();
        answerHeadings(client, Duration.ofMinutes(1));

        List<byte[]> notifications = client.simulator.notifications();
        assertThat(notifications.size(), is(client.simulator.sentDatagrams().size()));
        assertThat(notifications.get(0).length, is(95));
    }

    @Test
    void patternPolicyReproducesTheMergesOfRevisionC() {
        RawClient client = client(new SimulatorConfig().chunkPolicy(ChunkPolicy.pattern(40, 18, 6)));
        client.login();

        client.send(0x8104, HEX.parseHex("01010000"));
        client.send(0x8105, HEX.parseHex("01010000"));
        client.advanceSeconds(0.2);

        List<byte[]> notifications = client.simulator.notifications();
        List<Integer> lastSizes = new ArrayList<>();
        notifications.subList(notifications.size() - 2, notifications.size()).forEach(n -> lastSizes.add(n.length));
        assertThat(lastSizes, contains(40, 18));
        assertThat(client.rejected(), is(empty()));
        assertThat(client.arrivals(0x0105), hasSize(1));
    }

    @Test
    void everyNotificationSplitReassemblesToTheSentDatagrams() {
        for (ChunkPolicy policy : List.of(ChunkPolicy.slices(1), ChunkPolicy.slices(7), ChunkPolicy.stream(13),
                ChunkPolicy.pattern(3, 50, 11))) {
            ManualScheduler own = new ManualScheduler();
            ChargerSimulator simulator = new ChargerSimulator(own, new SimulatorConfig().chunkPolicy(policy));
            RawClient client = new RawClient(own, simulator);
            client.login();
            answerHeadings(client, Duration.ofSeconds(40));

            FrameAssembler assembler = new FrameAssembler();
            List<String> reassembled = new ArrayList<>();
            simulator.notifications().forEach(n -> assembler.feed(n).forEach(f -> reassembled.add(HEX.formatHex(f))));
            assertThat(policy.toString(), reassembled,
                    is(simulator.sentDatagrams().stream().map(d -> HEX.formatHex(d.encode())).toList()));
        }
    }

    @ParameterizedTest
    @EnumSource(GattProfile.class)
    void gattTableLeadsAClientToTheConfiguredRevision(GattProfile profile) {
        ChargerSimulator simulator = new ChargerSimulator(scheduler, new SimulatorConfig().gattProfile(profile));

        Map<UUID, List<GattProfile.Characteristic>> services = simulator.gattServices();

        assertThat(GattProfile.select(services), is(profile));
        assertThat(services.keySet(), hasItems(profile.notifyService(), profile.writeService()));
    }

    @Test
    void revisionBOffersTheDecoyServiceFff0WithoutANotifyingFff1() {
        ChargerSimulator simulator = new ChargerSimulator(scheduler, new SimulatorConfig());

        List<GattProfile.Characteristic> fff0 = simulator.gattServices().get(GattProfile.REVISION_A.notifyService());

        assertThat(fff0,
                hasItem(new GattProfile.Characteristic(GattProfile.REVISION_A.notifyCharacteristic(), true, false)));
        assertThat(simulator.advertisedName(), is("ACP#EVSE0708"));
    }

    static void answerHeadings(RawClient client, Duration duration) {
        int answered = 0;
        Instant end = client.scheduler.now().plus(duration);
        while (client.scheduler.now().isBefore(end)) {
            client.advanceSeconds(1);
            int headings = client.arrivals(ChargerSimulator.HEADING).size();
            for (; answered < headings; answered++) {
                client.send(0x8003, HEX.parseHex("01"));
            }
        }
    }

    static String joined(List<byte[]> notifications) {
        StringBuilder hex = new StringBuilder();
        notifications.forEach(n -> hex.append(HEX.formatHex(n)));
        return hex.toString();
    }

    static List<Duration> gaps(List<RawClient.Arrival> arrivals) {
        List<Duration> gaps = new ArrayList<>();
        for (int i = 1; i < arrivals.size(); i++) {
            gaps.add(Duration.between(arrivals.get(i - 1).at(), arrivals.get(i).at()));
        }
        return gaps;
    }
}

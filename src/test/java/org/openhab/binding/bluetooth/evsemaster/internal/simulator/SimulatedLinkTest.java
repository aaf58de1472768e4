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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openhab.binding.bluetooth.evsemaster.internal.simulator.RawClient.HEX;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.FrameAssembler;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseLink;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * Tests {@link SimulatedLink}: connect, writes, notifications, drops from either side and reconnects, with plain
 * callbacks in place of a session.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SimulatedLinkTest {

    private static final byte[] SERIAL = HEX.parseHex("0102030405060708");

    private final ManualScheduler scheduler = new ManualScheduler();
    private final ChargerSimulator simulator = new ChargerSimulator(scheduler, new SimulatorConfig());
    private final SimulatedLink link = new SimulatedLink(scheduler, simulator);
    private final FrameAssembler assembler = new FrameAssembler();
    private final List<String> events = new ArrayList<>();
    private final List<Integer> commands = new ArrayList<>();
    private final List<Instant> ups = new ArrayList<>();
    private int notifiedBytes;

    @BeforeEach
    void bind() {
        link.bind(this::onNotification, () -> {
            events.add("up");
            ups.add(scheduler.now());
        }, () -> {
            events.add("down");
            assembler.clear();
        });
    }

    private void onNotification(byte[] chunk) {
        events.add("notification");
        notifiedBytes += chunk.length;
        for (byte[] frame : assembler.feed(chunk)) {
            commands.add(((frame[19] & 0xFF) << 8) | (frame[20] & 0xFF));
        }
    }

    private static byte[] datagram(int command, String payload) {
        return Datagram.toCharger(SERIAL, "123456", command, HEX.parseHex(payload)).encode();
    }

    private void advanceSeconds(double seconds) {
        scheduler.advance(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    private void logIn() {
        link.connect();
        advanceSeconds(3.5);
        link.write(datagram(0x8002, ""));
        advanceSeconds(0.3);
        link.write(datagram(0x8001, "01"));
        advanceSeconds(0.3);
        assertThat(simulator.isRegistered(), is(true));
    }

    @Test
    void connectBringsTheLinkUpAfterTheDelayAndTheChargerAnnounces() {
        Instant start = scheduler.now();

        link.connect();
        advanceSeconds(1.9);
        assertThat(events, is(empty()));
        advanceSeconds(1.2);

        assertThat(ups, contains(start.plusSeconds(2).plusMillis(10)));
        assertThat(events.get(0), is("up"));
        assertThat(commands, contains(ChargerSimulator.ANNOUNCEMENT));
        assertThat(link.isUp(), is(true));
        assertThat(link.connects(), is(1));
    }

    @Test
    void writesReachTheChargerAfterTheWriteDelayAndComplete() {
        logIn();
        EvseLink port = link;

        CompletableFuture<@Nullable Void> write = port.write(datagram(0x8107, "0200"));
        assertThat(write.isDone(), is(false));
        advanceSeconds(0.02);
        assertThat(write.isDone(), is(true));
        assertThat(write.isCompletedExceptionally(), is(false));
        advanceSeconds(0.2);

        assertThat(commands, hasItem(0x0107));
        assertThat(link.writes(), hasSize(3));
        assertThat(link.writeViolations(), is(empty()));
        assertThat(simulator.log().mistakes(), is(empty()));
    }

    @Test
    void writesThatAreNotOneWholeDatagramAreRecorded() {
        logIn();
        byte[] amps = datagram(0x8107, "0200");

        link.write(Arrays.copyOf(amps, 10));
        advanceSeconds(0.1);
        link.write(Arrays.copyOfRange(amps, 10, amps.length));
        advanceSeconds(0.3);

        assertThat(link.writeViolations(), hasSize(2));
        assertThat(commands, hasItem(0x0107));
        assertThat(simulator.log().mistakes(), is(empty()));
    }

    @Test
    void writeWhileDownFails() {
        CompletableFuture<@Nullable Void> write = link.write(datagram(0x8107, "0200"));

        ExecutionException failure = assertThrows(ExecutionException.class, write::get);
        assertThat(failure.getCause(), is(instanceOf(IOException.class)));
    }

    @Test
    void overlappingWritesAreRejectedUnlessAllowed() {
        logIn();

        link.write(datagram(0x8107, "0200"));
        CompletableFuture<@Nullable Void> second = link.write(datagram(0x8112, "0200"));
        assertThat(second.isCompletedExceptionally(), is(true));
        assertThat(link.overlappingWrites(), is(1));

        link.setRejectOverlappingWrites(false);
        link.write(datagram(0x8107, "0200"));
        CompletableFuture<@Nullable Void> third = link.write(datagram(0x8112, "0200"));
        advanceSeconds(0.5);
        assertThat(third.isCompletedExceptionally(), is(false));
        assertThat(commands, hasItem(0x0112));
    }

    @Test
    void writeLongerThanTheMaximumFails() {
        logIn();
        link.setMaxWriteLength(20);

        assertThat(link.write(datagram(0x8107, "0200")).isCompletedExceptionally(), is(true));
    }

    @Test
    void dropTellsBothSidesAndReconnectBringsANewAnnouncement() {
        logIn();

        link.drop();
        assertThat(simulator.isLinked(), is(false));
        assertThat(link.write(datagram(0x8107, "0200")).isCompletedExceptionally(), is(true));
        advanceSeconds(0.1);
        assertThat(events.get(events.size() - 1), is("down"));
        commands.clear();

        link.reconnect();
        advanceSeconds(3.5);
        assertThat(events.stream().filter("up"::equals).count(), is(2L));
        assertThat(commands, contains(ChargerSimulator.ANNOUNCEMENT));
    }

    @Test
    void chargerDropArrivesAfterTheNotificationsSentBeforeIt() {
        logIn();
        events.clear();
        notifiedBytes = 0;

        simulator.faults().dropLinkAfterBytes(33);
        link.write(datagram(0x8107, "0200"));
        link.setRejectOverlappingWrites(false);
        link.write(datagram(0x8112, "0200"));
        advanceSeconds(1);

        assertThat(notifiedBytes, is(33));
        assertThat(events.get(events.size() - 1), is("down"));
        assertThat(commands, hasItem(0x0107));
        assertThat(link.isUp(), is(false));
    }

    @Test
    void writeInFlightFailsWhenTheLinkDrops() {
        logIn();

        CompletableFuture<@Nullable Void> write = link.write(datagram(0x8107, "0200"));
        simulator.faults().dropLinkNow();

        assertThat(write.isCompletedExceptionally(), is(true));
        advanceSeconds(1);
        assertThat(simulator.log().received(0x8107), is(empty()));
    }

    @Test
    void renameDropsTheLinkAndAutoReconnectComesBack() {
        logIn();
        link.setAutoReconnect(Duration.ofSeconds(5));

        link.write(datagram(0x8108,
                "01" + HEX.formatHex("ACP#Garage".getBytes(StandardCharsets.US_ASCII)) + "00".repeat(22)));
        advanceSeconds(1);
        assertThat(events.get(events.size() - 1), is("down"));
        advanceSeconds(8);

        assertThat(link.isUp(), is(true));
        assertThat(simulator.advertisedName(), is("ACP#Garage"));
        assertThat(events.stream().filter("up"::equals).count(), is(2L));
    }

    @Test
    void connectWaitsUntilAPowerCycledChargerAdvertisesAgain() {
        logIn();
        Instant cut = scheduler.now();
        simulator.faults().powerCycle();
        advanceSeconds(0.1);

        link.connect();
        advanceSeconds(5.9);
        assertThat(link.isUp(), is(false));
        advanceSeconds(0.2);

        assertThat(link.isUp(), is(true));
        advanceSeconds(0.1);
        assertThat(ups.get(1), is(cut.plusMillis(6110)));
    }
}

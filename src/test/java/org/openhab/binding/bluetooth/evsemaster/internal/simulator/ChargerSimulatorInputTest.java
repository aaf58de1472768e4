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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * Tests that the simulated charger treats its input like the device (spec §1.5, §1.6, §2.6, §2.9): written bytes
 * are a stream, invalid datagrams and malformed requests are ignored, and every deviation is recorded.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChargerSimulatorInputTest {

    private static final byte[] SERIAL = HEX.parseHex("0102030405060708");

    private final ManualScheduler scheduler = new ManualScheduler();
    private final ChargerSimulator simulator = new ChargerSimulator(scheduler, new SimulatorConfig());
    private final RawClient client = new RawClient(scheduler, simulator);

    @BeforeEach
    void logIn() {
        client.login();
        client.clear();
    }

    private static byte[] getAmps() {
        return Datagram.toCharger(SERIAL, "123456", 0x8107, HEX.parseHex("0200")).encode();
    }

    private void write(byte[] bytes) {
        simulator.clientWrote(bytes);
        client.advanceSeconds(0.2);
    }

    @Test
    void aCleanLoginLeavesNoMistakes() {
        assertThat(simulator.log().mistakes(), is(empty()));
        assertThat(simulator.log().receivedCommands(), contains(0x8002, 0x8001));
    }

    @Test
    void specVectorsAreAcceptedAsTheyAre() {
        write(HEX.parseHex("06010019000102030405060708313233343536800d02060f02"));
        write(HEX.parseHex("0601001e0001020304050607083132333435368101020000000002020f02"));

        assertThat(client.commands(), contains(0x000D, 0x0101));
        assertThat(simulator.log().mistakes(), is(empty()));
    }

    @Test
    void garbageAroundDatagramsIsIgnoredAndRecorded() {
        byte[] garbage = HEX.parseHex("0601000273686f7274");
        byte[] stream = concat(garbage, getAmps(), HEX.parseHex("ff00"), getAmps());

        write(stream);

        assertThat(client.arrivals(0x0107), hasSize(2));
        List<ClientMistake> ignored = simulator.log().ignored();
        assertThat(ignored, hasSize(2));
        assertThat(HEX.formatHex(ignored.get(0).bytes()), is("0601000273686f7274"));
        assertThat(HEX.formatHex(ignored.get(1).bytes()), is("ff00"));
    }

    @Test
    void datagramWithABadChecksumIsIgnored() {
        byte[] bad = getAmps();
        bad[22] ^= 1;

        write(bad);

        assertThat(client.arrivals(), is(empty()));
        assertThat(simulator.log().ignored(), hasSize(1));
        assertThat(simulator.log().received(0x8107), is(empty()));
    }

    @Test
    void datagramWithAnotherKeyTypeIsIgnored() {
        write(new Datagram(1, SERIAL, "123456".getBytes(StandardCharsets.US_ASCII), 0x8107, HEX.parseHex("0200"))
                .encode());

        assertThat(client.arrivals(), is(empty()));
        assertThat(simulator.log().ignored().get(0).reason(), containsString("key type"));
    }

    @Test
    void chargerCommandSentByTheClientIsIgnored() {
        write(Datagram.toCharger(SERIAL, "123456", 0x0003, new byte[0]).encode());

        assertThat(client.arrivals(), is(empty()));
        assertThat(simulator.log().ignored().get(0).reason(), containsString("charger command 0x0003"));
    }

    @ParameterizedTest
    @CsvSource({ "8107, 0200000000, 0107", "8112, 02, 0112", "8108, 02" + "00" + ", 0108", "800d, 0000, 000d",
            "8106, 00, 0106", "8003, 0000000000, -" })
    void surplusZeroBytesAreAccepted(String command, String payload, String answer) {
        client.request(Integer.parseInt(command, 16), payload);

        assertThat(simulator.log().mistakes(), is(empty()));
        if (!"-".equals(answer)) {
            assertThat(client.arrivals(Integer.parseInt(answer, 16)), hasSize(1));
        }
    }

    @ParameterizedTest
    @CsvSource({ "8107, 0201", "8112, 020001", "800d, 01", "8106, 0001", "8107, 011001", "8101, 0267a0" })
    void nonZeroSurplusBytesAreIgnored(String command, String payload) {
        client.request(Integer.parseInt(command, 16), payload);

        assertThat(client.arrivals(), is(empty()));
        assertThat(simulator.log().ignored(), hasSize(1));
    }

    @ParameterizedTest
    @CsvSource({ "8107, 01", "8101, 0167", "8108, 0141435023", "8007, 01", "8008, 01", "810e, 01", "8104, 0101" })
    void truncatedSetRequestsAreIgnored(String command, String payload) {
        client.request(Integer.parseInt(command, 16), payload);

        assertThat(client.arrivals(), is(empty()));
        assertThat(simulator.log().ignored().get(0).reason(), containsString("needed"));
    }

    @Test
    void unknownActionIsIgnored() {
        client.request(0x8107, "0310");

        assertThat(client.arrivals(), is(empty()));
        assertThat(simulator.log().ignored().get(0).reason(), containsString("unknown action 3"));
    }

    @Test
    void unsupportedCommandIsIgnored() {
        client.request(0x8154, "");

        assertThat(client.arrivals(), is(empty()));
        assertThat(simulator.log().ignored().get(0).reason(), containsString("not supported"));
    }

    @Test
    void wrongSerialIsAnsweredButRecorded() {
        write(Datagram.toCharger(HEX.parseHex("39ff221053cb1f00"), "123456", 0x8107, HEX.parseHex("0200")).encode());

        assertThat(client.lastHex(0x0107), is("0220"));
        assertThat(simulator.log().tolerated().get(0).reason(), containsString("39ff221053cb1f00"));
    }

    @Test
    void datagramSplitOverSeveralWritesIsReassembled() {
        byte[] datagram = getAmps();
        for (int from = 0; from < datagram.length; from += 5) {
            simulator.clientWrote(Arrays.copyOfRange(datagram, from, Math.min(datagram.length, from + 5)));
            client.advanceSeconds(0.02);
        }
        client.advanceSeconds(0.2);

        assertThat(client.lastHex(0x0107), is("0220"));
        assertThat(simulator.log().mistakes(), is(empty()));
    }

    @Test
    void twoDatagramsInOneWriteAreBothProcessedInOrder() {
        write(concat(getAmps(), Datagram.toCharger(SERIAL, "123456", 0x8112, HEX.parseHex("0200")).encode()));

        assertThat(client.commands(), contains(0x0107, 0x0112));
    }

    @Test
    void incompleteDatagramIsDiscardedAfterTwoSeconds() {
        byte[] datagram = getAmps();
        simulator.clientWrote(Arrays.copyOf(datagram, 10));
        client.advanceSeconds(2.5);
        simulator.clientWrote(Arrays.copyOfRange(datagram, 10, datagram.length));
        client.advanceSeconds(0.5);

        assertThat(client.arrivals(), is(empty()));
        List<ClientMistake> ignored = simulator.log().ignored();
        assertThat(ignored.get(0).reason(), containsString("incomplete datagram"));
        assertThat(ignored.get(1).reason(), containsString("outside any valid datagram"));
    }

    @Test
    void writeWhileNotConnectedIsRecorded() {
        simulator.clientDisconnected();

        write(getAmps());

        assertThat(client.arrivals(), is(empty()));
        assertThat(simulator.log().ignored().get(0).reason(), containsString("not connected"));
    }

    @Test
    void answersComeInArrivalOrderEvenWhenTheDelayShrinks() {
        simulator.faults().answerSlowly(Duration.ofSeconds(2));
        simulator.clientWrote(getAmps());
        simulator.faults().answerSlowly(Duration.ofMillis(10));
        simulator.clientWrote(Datagram.toCharger(SERIAL, "123456", 0x8112, HEX.parseHex("0200")).encode());
        client.advanceSeconds(3);

        assertThat(client.commands(), contains(0x0107, 0x0112));
    }

    static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, offset, part.length);
            offset += part.length;
        }
        return all;
    }
}

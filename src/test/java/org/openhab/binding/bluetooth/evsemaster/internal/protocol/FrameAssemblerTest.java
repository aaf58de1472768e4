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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.Chunks.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link FrameAssembler} (spec §1.5): every way of cutting the captures into notifications, several datagrams
 * per notification, garbage and false headers, the §8.3 vector, the genuine fragments and the buffer bound.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class FrameAssemblerTest {

    private static final byte[] SERIAL = hex("0102030405060708");

    private final FrameAssembler assembler = new FrameAssembler();

    static List<Capture> datagrams() {
        return Captures.datagrams();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void wholeDatagramInOneNotificationIsDelivered(Capture capture) {
        assertThat(hex(assembler.feed(capture.bytes())), contains(capture.hex()));
        assertThat(assembler.buffered(), is(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void datagramSplitInTwoAtEveryPointIsDeliveredOnceComplete(Capture capture) {
        byte[] frame = capture.bytes();
        for (int point = 1; point < frame.length; point++) {
            List<byte[]> pieces = splitAt(frame, point);

            assertThat("split at " + point, assembler.feed(pieces.get(0)), is(empty()));
            assertThat("split at " + point, hex(assembler.feed(pieces.get(1))), contains(capture.hex()));
            assertThat(assembler.buffered(), is(0));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void datagramInChunksOfEverySizeIsDelivered(Capture capture) {
        byte[] frame = capture.bytes();
        for (int size = 1; size <= frame.length; size++) {
            assertThat("chunk size " + size, feedAll(assembler, split(frame, size)), contains(capture.hex()));
            assertThat(assembler.buffered(), is(0));
        }
    }

    @Test
    void allDatagramsBackToBackInTwentyByteNotificationsComeOutInOrder() {
        List<Capture> captures = Captures.datagrams();
        byte[] stream = concat(captures.stream().map(Capture::bytes).toArray(byte[][]::new));

        assertThat(feedAll(assembler, split(stream, 20)), is(captures.stream().map(Capture::hex).toList()));
        assertThat(assembler.buffered(), is(0));
    }

    @Test
    void twoDatagramsInOneNotificationAreBothDelivered() {
        assertThat(hex(assembler.feed(concat(Captures.get("C03"), Captures.get("C02")))),
                contains(Captures.capture("C03").hex(), Captures.capture("C02").hex()));
    }

    @Test
    void datagramFollowedByTheStartOfTheNextKeepsTheStart() {
        byte[] next = Captures.get("C28");

        assertThat(hex(assembler.feed(concat(Captures.get("C16"), Arrays.copyOf(next, 50)))),
                contains(Captures.capture("C16").hex()));
        assertThat(assembler.buffered(), is(50));
        assertThat(hex(assembler.feed(Arrays.copyOfRange(next, 50, next.length))), contains(hex(next)));
    }

    @Test
    void streamReassemblyVectorOfSection83YieldsThreeDatagrams() {
        List<byte[]> notifications = List.of(hex("06 01 00 19 00 01 02 03 04 05 06 07 08 ff ff ff ff ff ff 00"),
                hex("03 06 41 0f 02 06 01 00 3a 00 01 02 03 04 05 06 07 08 ff ff"),
                hex("ff ff ff ff 00 04 01 09 01 03 e8 00 00 1a f4 00 01 e2 40 5b"),
                hex("fe ff ff 01 04 01 0e 00 00 00 00 09 06 03 e8 08 f7 03 e8 0f"),
                hex("d9 0f 02 06 01 00 19 00 01 02 03 04 05 06 07 08 ff ff ff ff"), hex("ff ff 00 03 06 41 0f 02"));
        String heading = Captures.capture("V-heading").hex();

        assertThat(feedAll(assembler, notifications),
                contains(heading, Captures.capture("V-ac-status-3p-charging").hex(), heading));
    }

    @Test
    void falseHeaderWithLength2BeforeAHeadingYieldsJustTheHeading() {
        byte[] junk = hex("06 01 00 02 6a 75 6e 6b");

        assertThat(hex(assembler.feed(concat(junk, Captures.get("V-heading")))),
                contains(Captures.capture("V-heading").hex()));
    }

    @Test
    void genuineFragmentC17CompletesTheDatagramStartedInThePreviousNotification() {
        byte[] c18 = Captures.get("C18");

        assertThat(assembler.feed(concat(hex("0f 02"), Arrays.copyOf(c18, 11))), is(empty()));
        assertThat(hex(assembler.feed(Captures.get("C17"))), contains(Captures.capture("C18").hex()));
    }

    @Test
    void genuineFragmentsWithoutTheirBeginningAreDropped() {
        assertThat(assembler.feed(Captures.get("C17")), is(empty()));
        assertThat(assembler.buffered(), is(0));
        assertThat(assembler.feed(Captures.get("C19")), is(empty()));
        assertThat(assembler.buffered(), is(0));
        assertThat(hex(assembler.feed(Captures.get("C16"))), contains(Captures.capture("C16").hex()));
    }

    @Test
    void fragmentC19AfterAnUnrelatedPartialDatagramDoesNotHideTheNextDatagram() {
        assertThat(assembler.feed(Arrays.copyOf(Captures.get("C28"), 40)), is(empty()));
        assertThat(assembler.feed(Captures.get("C19")), is(empty()));

        List<String> frames = feedAll(assembler, split(concat(new byte[Datagram.MAX_LENGTH], Captures.get("C16")), 20));

        assertThat(frames, contains(Captures.capture("C16").hex()));
    }

    @Test
    void garbageBeforeBetweenAndAfterDatagramsIsSkipped() {
        byte[] garbage = hex("00 ff 06 00 01 0f 02 06 02 06");
        byte[] stream = concat(garbage, Captures.get("C03"), garbage, Captures.get("C04"), garbage);

        for (int size = 1; size <= stream.length; size++) {
            assertThat(feedAll(assembler, split(stream, size)),
                    contains(Captures.capture("C03").hex(), Captures.capture("C04").hex()));
            assertThat(assembler.buffered(), is(1)); // the final 06 could start a header
            assembler.clear();
        }
    }

    @Test
    void trailingByte06IsKeptAsAPossibleHeaderStart() {
        byte[] heading = Captures.get("C25");

        assertThat(assembler.feed(hex("55 aa 06")), is(empty()));
        assertThat(assembler.buffered(), is(1));
        assertThat(hex(assembler.feed(Arrays.copyOfRange(heading, 1, heading.length))), contains(hex(heading)));
    }

    @Test
    void headerBytesInsideAPayloadDoNotSplitTheDatagram() {
        byte[] inner = Captures.get("V-heading");
        byte[] payload = concat(hex("06 01 00 19 06 01 ff ff 06 01 08 00 06"), inner, hex("06 01"));
        byte[] outer = Datagram.fromCharger(SERIAL, 0x0105, payload).encode();

        for (int size = 1; size <= outer.length; size++) {
            assertThat(feedAll(assembler, split(outer, size)), contains(hex(outer)));
            assertThat(assembler.buffered(), is(0));
        }
    }

    @Test
    void falseHeaderWhoseCandidateFailsTheChecksumIsSkipped() {
        byte[] frame = Captures.get("C24"); // 27 bytes
        byte[] stream = concat(hex("06 01 00 1b 00"), frame);

        assertThat(hex(assembler.feed(stream)), contains(hex(frame)));
        assertThat(assembler.buffered(), is(0));
    }

    @ParameterizedTest
    @ValueSource(strings = { "06 01 00 00", "06 01 00 18", "06 01 08 01", "06 01 ff ff", "06 01 80 00" })
    void impossibleLengthFieldsResynchroniseImmediately(String falseHeader) {
        byte[] frame = Captures.get("C05");

        assertThat(hex(assembler.feed(concat(hex(falseHeader), frame))), contains(hex(frame)));
        assertThat(assembler.buffered(), is(0));
    }

    @Test
    void lengthAbove255IsReadWithAllSixteenBits() {
        byte[] frame = Datagram.fromCharger(SERIAL, 0x000A, new byte[275]).encode();

        assertThat(frame[2], is((byte) 0x01));
        assertThat(feedAll(assembler, split(frame, 20)), contains(hex(frame)));
    }

    @Test
    void modulo65535ChecksumVariantIsAccepted() {
        byte[] payload = new byte[275];
        Arrays.fill(payload, (byte) 0xFF);
        byte[] frame = Datagram.fromCharger(SERIAL, 0x000A, payload).encode();
        frame[297]++;

        assertThat(hex(assembler.feed(frame)), contains(hex(frame)));
    }

    @Test
    void pendingFalseHeaderHoldsBackDataUntilItsLengthHasArrived() {
        byte[] frame = Captures.get("C03");
        byte[] falseHeader = hex("06 01 08 00"); // claims 2048 bytes

        assertThat(assembler.feed(concat(falseHeader, frame)), is(empty()));
        assertThat(assembler.feed(new byte[2048 - 4 - frame.length - 1]), is(empty()));
        assertThat(hex(assembler.feed(new byte[1])), contains(hex(frame)));
        assertThat(assembler.buffered(), is(0));
    }

    @Test
    void clearDropsAPartialDatagramWhenTheLinkDrops() {
        byte[] frame = Captures.get("C14");

        assertThat(assembler.feed(Arrays.copyOf(frame, 60)), is(empty()));
        assembler.clear();

        assertThat(assembler.buffered(), is(0));
        assertThat(assembler.feed(Arrays.copyOfRange(frame, 60, frame.length)), is(empty()));
        assertThat(hex(assembler.feed(frame)), contains(hex(frame)));
    }

    @Test
    void emptyNotificationChangesNothing() {
        assertThat(assembler.feed(new byte[0]), is(empty()));
        assertThat(assembler.feed(Arrays.copyOf(Captures.get("C01"), 10)), is(empty()));
        assertThat(assembler.feed(new byte[0]), is(empty()));
        assertThat(assembler.buffered(), is(10));
    }

    @Test
    void bufferStaysBoundedUnderPathologicalInput() {
        byte[] falseHeaders = new byte[100_000];
        for (int i = 0; i + 4 <= falseHeaders.length; i += 4) {
            System.arraycopy(hex("06 01 07 ff"), 0, falseHeaders, i, 4);
        }
        Random random = new Random(7);
        byte[] noise = new byte[300_000];
        random.nextBytes(noise);

        for (byte[] input : List.of(falseHeaders, noise, concat(noise, falseHeaders))) {
            assertThat(assembler.feed(input), is(empty()));
            assertThat(assembler.buffered(), lessThan(Datagram.MAX_LENGTH));
            for (byte[] chunk : split(input, 997)) {
                assembler.feed(chunk);
                assertThat(assembler.buffered(), lessThan(Datagram.MAX_LENGTH));
            }
        }
        assertThat(assembler.buffered(), lessThanOrEqualTo(FrameAssembler.MAX_BUFFER));
    }

    @Test
    void deliveredDatagramsAreIndependentOfTheChunking() {
        Random random = new Random(42);
        List<byte[]> parts = new ArrayList<>();
        for (Capture capture : Captures.datagrams()) {
            byte[] junk = new byte[random.nextInt(8)];
            random.nextBytes(junk);
            parts.add(junk);
            parts.add(capture.bytes());
        }
        byte[] stream = concat(parts.toArray(byte[][]::new));
        List<String> whole = hex(new FrameAssembler().feed(stream));

        for (int size = 1; size <= 64; size++) {
            assertThat(feedAll(new FrameAssembler(), split(stream, size)), is(whole));
        }
        assertThat(whole, hasSize(greaterThanOrEqualTo(Captures.datagrams().size())));
    }
}

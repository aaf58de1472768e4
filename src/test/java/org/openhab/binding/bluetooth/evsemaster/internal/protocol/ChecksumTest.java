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
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.Chunks.hex;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link Checksum} against spec §2.7, §8 and every capture.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChecksumTest {

    private static final byte[] SERIAL = hex("0102030405060708");

    static List<Capture> datagrams() {
        return Captures.datagrams();
    }

    @Test
    void workedExampleOfTheSpecificationSumsTo507() {
        byte[] requestLogin = Captures.get("V-request-login");

        assertThat(Checksum.of(requestLogin, 0, 21), is(507));
        assertThat(Checksum.of(requestLogin, 0, 21), is(0x01fb));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void publishedChecksumOfEveryDatagramIsReproduced(Capture capture) {
        byte[] frame = capture.bytes();
        int end = frame.length - 4;
        int stored = ((frame[end] & 0xFF) << 8) | (frame[end + 1] & 0xFF);

        assertThat(Checksum.of(frame, 0, end), is(capture.expectedNumber("checksum")));
        assertThat(Checksum.of(frame, 0, end), is(stored));
        assertThat(Checksum.matches(stored, frame, 0, end), is(true));
        assertThat(Checksum.matches(stored ^ 1, frame, 0, end), is(false));
    }

    @Test
    void variantVectorOfSection84DiffersBetweenTheTwoModuli() {
        byte[] frame = Datagram.fromCharger(SERIAL, 0x000A, filled(275, 0xFF)).encode();
        int end = frame.length - 4;

        assertThat(frame.length, is(300));
        assertThat(Checksum.of(frame, 0, end), is(0x1849));
        assertThat(Arrays.copyOfRange(frame, end, end + 2), is(hex("1849")));
        assertThat(Checksum.matches(0x1849, frame, 0, end), is(true));
        assertThat(Checksum.matches(0x184a, frame, 0, end), is(true));
        assertThat(Checksum.matches(0x1848, frame, 0, end), is(false));
        assertThat(Checksum.matches(0x184b, frame, 0, end), is(false));
    }

    @Test
    void sumOfExactly65535IsFfffForSendersAndAlsoAcceptedAsZero() {
        byte[] bytes = filled(257, 0xFF); // 257 * 255 = 65535

        assertThat(Checksum.of(bytes, 0, bytes.length), is(0xFFFF));
        assertThat(Checksum.matches(0xFFFF, bytes, 0, bytes.length), is(true));
        assertThat(Checksum.matches(0, bytes, 0, bytes.length), is(true));
        assertThat(Checksum.matches(1, bytes, 0, bytes.length), is(false));
    }

    @Test
    void sumOfExactly65536WrapsToZeroAndTheVariantGivesOne() {
        byte[] bytes = Chunks.concat(filled(257, 0xFF), new byte[] { 1 }); // 65535 + 1

        assertThat(Checksum.of(bytes, 0, bytes.length), is(0));
        assertThat(Checksum.matches(0, bytes, 0, bytes.length), is(true));
        assertThat(Checksum.matches(1, bytes, 0, bytes.length), is(true));
    }

    @Test
    void largestDatagramSumIsReducedModulo65536() {
        byte[] bytes = filled(2044, 0xFF); // 521220 = 7 * 65536 + 62468 = 7 * 65535 + 62475

        assertThat(Checksum.of(bytes, 0, bytes.length), is(521220 % 65536));
        assertThat(Checksum.matches(521220 % 65535, bytes, 0, bytes.length), is(true));
    }

    @Test
    void sumCoversOnlyTheGivenRange() {
        byte[] bytes = hex("ff 01 02 03 ff");

        assertThat(Checksum.of(bytes, 1, 4), is(6));
        assertThat(Checksum.of(bytes, 2, 2), is(0));
        assertThrows(IndexOutOfBoundsException.class, () -> Checksum.of(bytes, 3, 6));
        assertThrows(IndexOutOfBoundsException.class, () -> Checksum.of(bytes, 3, 2));
    }

    @Test
    void encodedChecksumsOfRandomDatagramsDecodeAgain() throws ProtocolException {
        Random random = new Random(20250101);
        for (int i = 0; i < 2000; i++) {
            byte[] payload = new byte[random.nextInt(Datagram.MAX_PAYLOAD_LENGTH + 1)];
            random.nextBytes(payload);
            Datagram datagram = Datagram.fromCharger(SERIAL, random.nextInt(0x8000), payload);
            byte[] frame = datagram.encode();

            assertThat(Checksum.matches(Checksum.of(frame, 0, frame.length - 4), frame, 0, frame.length - 4), is(true));
            assertThat(Datagram.decode(frame), is(datagram));
        }
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}

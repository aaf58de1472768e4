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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.Chunks.hex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link Datagram}: decoding and encoding of every capture and specification vector, the rejections of spec
 * §2.9 and password masking.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class DatagramTest {

    private static final byte[] SERIAL = hex("0102030405060708");
    private static final String HEADING = "06 01 00 19 00 01 02 03 04 05 06 07 08 ff ff ff ff ff ff 00 03 06 41 0f 02";

    static List<Capture> datagrams() {
        return Captures.datagrams();
    }

    static List<Capture> specVectors() {
        return Captures.specVectors();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void everyDatagramDecodesToItsPublishedFraming(Capture capture) throws ProtocolException {
        byte[] frame = capture.bytes();

        Datagram datagram = Datagram.decode(frame);

        assertThat(Arrays.copyOfRange(frame, 0, 2), is(hex("0601")));
        assertThat(datagram.length(), is(capture.expectedNumber("length")));
        assertThat(datagram.keyType(), is(capture.expectedNumber("keyType")));
        assertThat(datagram.serialHex(), is(capture.expected().get("serial")));
        assertThat(hex(datagram.password()), is(capture.expected().get("password")));
        assertThat(datagram.command(), is(capture.expectedNumber("command")));
        assertThat(datagram.payload().length, is(capture.expectedNumber("payloadLength")));
        assertThat(datagram.payload(), is(capture.payload()));
        assertThat(Arrays.copyOfRange(frame, frame.length - 4, frame.length - 2),
                is(hex(String.format(Locale.ROOT, "%04x", capture.expectedNumber("checksum")))));
        assertThat(Arrays.copyOfRange(frame, frame.length - 2, frame.length), is(hex("0f02")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void everyDatagramReEncodesByteForByte(Capture capture) throws ProtocolException {
        Datagram datagram = Datagram.decode(capture.bytes());

        assertThat(hex(datagram.encode()), is(capture.hex()));
        assertThat(Datagram.decode(datagram.encode()), is(datagram));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("specVectors")
    void factoriesBuildTheSpecificationVectors(Capture vector) {
        int command = vector.expectedNumber("command");
        Datagram built = command >= 0x8000 ? Datagram.toCharger(SERIAL, "123456", command, vector.payload())
                : Datagram.fromCharger(SERIAL, command, vector.payload());

        assertThat(hex(built.encode()), is(vector.hex()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datagrams")
    void directionFollowsBit15AndThePasswordField(Capture capture) throws ProtocolException {
        Datagram datagram = Datagram.decode(capture.bytes());

        boolean fromClient = (datagram.command() & 0x8000) != 0;
        assertThat(datagram.direction(), is(fromClient ? Direction.CLIENT_TO_CHARGER : Direction.CHARGER_TO_CLIENT));
        assertThat(hex(datagram.password()).equals("ffffffffffff"), is(!fromClient));
    }

    @Test
    void serialIsRenderedAsLowercaseHexInWireOrder() throws ProtocolException {
        assertThat(Datagram.decode(Captures.get("C01")).serialHex(), is("9181102751219513"));
        assertThat(Datagram.decode(Captures.get("C23")).serialHex(), is("39ff221053cb1f00"));
    }

    @Test
    void checksumModulo65535IsAcceptedAndReEncodedModulo65536() throws ProtocolException {
        Datagram datagram = Datagram.fromCharger(SERIAL, 0x000A, filled(275, 0xFF));
        byte[] variant = datagram.encode();
        variant[296] = 0x18;
        variant[297] = 0x4a;

        assertThat(Datagram.decode(variant), is(datagram));
        assertThat(Arrays.copyOfRange(datagram.encode(), 296, 300), is(hex("1849 0f02")));
    }

    @Test
    void largestDatagramRoundTrips() throws ProtocolException {
        Datagram datagram = Datagram.fromCharger(SERIAL, 0x000A, filled(Datagram.MAX_PAYLOAD_LENGTH, 0xA5));

        byte[] frame = datagram.encode();

        assertThat(frame.length, is(2048));
        assertThat(Datagram.decode(frame), is(datagram));
    }

    @Test
    void badHeaderIsRejectedAtOffset0() {
        assertRejected(withByte(HEADING, 0, 0x07), 0, "bad header 0x0701");
        assertRejected(withByte(HEADING, 1, 0x02), 0, "bad header 0x0602");
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 1, 24 })
    void lengthFieldBelow25IsRejectedAtOffset2(int length) {
        byte[] frame = hex(HEADING);
        frame[2] = (byte) (length >> 8);
        frame[3] = (byte) length;

        assertRejected(frame, 2, "length field " + length + " outside 25..2048");
    }

    @ParameterizedTest
    @ValueSource(ints = { 2049, 0x0800 + 0x100, 0xFFFF })
    void lengthFieldAbove2048IsRejectedAtOffset2EvenWithEnoughBytes(int length) {
        byte[] frame = Arrays.copyOf(hex(HEADING), length);
        frame[2] = (byte) (length >> 8);
        frame[3] = (byte) length;

        assertRejected(frame, 2, "length field " + length + " outside 25..2048");
    }

    @Test
    void shortBufferIsRejectedAtItsEnd() {
        assertRejected(Arrays.copyOf(hex(HEADING), 24), 24, "truncated: 24 of 25 bytes");
        assertRejected(Arrays.copyOf(hex(HEADING), 4), 4, "truncated: 4 of 25 bytes");
        assertRejected(Arrays.copyOf(hex(HEADING), 3), 3, "truncated: 3 bytes");
        assertRejected(new byte[0], 0, "truncated: 0 bytes");
    }

    @Test
    void bytesAfterTheDatagramAreRejectedAtItsEnd() {
        assertRejected(Arrays.copyOf(hex(HEADING), 26), 25, "1 bytes after the end of the datagram");
    }

    @Test
    void badTailIsRejectedWithItsOffset() {
        assertRejected(withByte(HEADING, 24, 0x03), 23, "bad tail 0x0f03, expected 0x0f02");

        byte[] c02 = Captures.get("C02");
        c02[48] = 0x0e;
        assertRejected(c02, 48, "bad tail 0x0e02");
    }

    @Test
    void badChecksumIsRejectedWithStoredAndExpectedValue() {
        assertRejected(withByte(HEADING, 22, 0x42), 21, "bad checksum 0x0642, expected 0x0641");

        byte[] payloadChanged = Captures.get("C02");
        payloadChanged[30]++;
        assertRejected(payloadChanged, 46, "bad checksum 0x0b7b, expected 0x0b7c");
    }

    @Test
    void keyTypeOtherThanZeroIsRejectedAtOffset4AfterTheChecksum() {
        byte[] frame = new Datagram(1, SERIAL, filled(6, 0xFF), 0x0003, new byte[0]).encode();

        assertRejected(frame, 4, "unsupported key type 0x01");
        assertRejected(withByte(hex(frame), 23, 0), 23, "bad tail");
    }

    @Test
    void maskedHexHidesThePassword() throws ProtocolException {
        Datagram login = Datagram.decode(Captures.get("V-request-login"));

        assertThat(login.toMaskedHex(), is("06010019000102030405060708" + "************" + "800201fb0f02"));
        assertThat(Datagram.decode(Captures.get("C23")).toMaskedHex(), not(containsString("323231323738")));
        assertThat(Datagram.decode(Captures.get("V-heading")).toMaskedHex(), containsString("************0003"));
    }

    @Test
    void maskedHexAndToStringHideANewPinInThePayload() {
        // 0x8102 carries the new PIN "654321" as ASCII in its payload (spec §4.15)
        Datagram change = Datagram.toCharger(SERIAL, "123456", 0x8102, "654321".getBytes(StandardCharsets.US_ASCII));
        Datagram echo = Datagram.fromCharger(SERIAL, 0x0102, "654321".getBytes(StandardCharsets.US_ASCII));

        for (Datagram datagram : List.of(change, echo)) {
            assertThat(datagram.toMaskedHex(), not(containsString("363534333231")));
            assertThat(datagram.toMaskedHex(), endsWith("************" + hexTail(datagram)));
            assertThat(datagram.toString(), not(containsString("363534333231")));
        }
    }

    private static String hexTail(Datagram datagram) {
        String hex = HexFormat.of().formatHex(datagram.encode());
        return hex.substring(hex.length() - 8);
    }

    @Test
    void toStringShowsFieldsButNotThePassword() throws ProtocolException {
        Datagram confirm = Datagram.decode(Captures.get("C23"));

        String text = confirm.toString();

        assertThat(text, allOf(containsString("0x8001"), containsString("39ff221053cb1f00"),
                containsString("payload=01"), containsString("CLIENT_TO_CHARGER")));
        assertThat(text, not(anyOf(containsString("323231323738"), containsString("221278"))));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12345", "1234567", "12345a", "12 456", "\uff11\uff12\uff13\uff14\uff15\uff16" })
    void toChargerRejectsAPinThatIsNotSixAsciiDigitsWithoutEchoingIt(String pin) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Datagram.toCharger(SERIAL, pin, 0x8002, new byte[0]));

        assertThat(e.getMessage(), is("the password must be exactly 6 ASCII digits"));
    }

    @Test
    void constructorRejectsFieldsThatDoNotFitTheirWidth() {
        byte[] password = filled(6, 0xFF);
        byte[] none = new byte[0];
        assertThrows(IllegalArgumentException.class, () -> new Datagram(0, new byte[7], password, 3, none));
        assertThrows(IllegalArgumentException.class, () -> new Datagram(0, SERIAL, new byte[5], 3, none));
        assertThrows(IllegalArgumentException.class, () -> new Datagram(256, SERIAL, password, 3, none));
        assertThrows(IllegalArgumentException.class, () -> new Datagram(-1, SERIAL, password, 3, none));
        assertThrows(IllegalArgumentException.class, () -> new Datagram(0, SERIAL, password, 0x10000, none));
        assertThrows(IllegalArgumentException.class, () -> new Datagram(0, SERIAL, password, -1, none));
        assertThrows(IllegalArgumentException.class,
                () -> new Datagram(0, SERIAL, password, 3, new byte[Datagram.MAX_PAYLOAD_LENGTH + 1]));
    }

    @Test
    void arraysAreCopiedInAndOut() {
        byte[] serial = SERIAL.clone();
        byte[] payload = hex("0110");
        Datagram datagram = Datagram.toCharger(serial, "123456", 0x8107, payload);

        serial[0] = 9;
        payload[0] = 9;
        datagram.payload()[1] = 9;
        datagram.serial()[1] = 9;
        datagram.password()[0] = 9;

        assertThat(hex(datagram.encode()), is(Captures.capture("V-set-output-amps-16a").hex()));
    }

    @Test
    void equalityComparesArrayContents() throws ProtocolException {
        Datagram first = Datagram.decode(Captures.get("C06"));
        Datagram same = Datagram.decode(Captures.get("C06"));
        Datagram other = Datagram.decode(Captures.get("C07"));

        assertThat(first, is(same));
        assertThat(first.hashCode(), is(same.hashCode()));
        assertThat(first, not(other));
    }

    private static void assertRejected(byte[] frame, int offset, String problem) {
        ProtocolException e = assertThrows(ProtocolException.class, () -> Datagram.decode(frame));

        assertThat(e.offset(), is(offset));
        assertThat(e.getMessage(), allOf(startsWith(problem), endsWith(" at offset " + offset)));
    }

    private static byte[] withByte(String hex, int offset, int value) {
        byte[] frame = hex(hex);
        frame[offset] = (byte) value;
        return frame;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}

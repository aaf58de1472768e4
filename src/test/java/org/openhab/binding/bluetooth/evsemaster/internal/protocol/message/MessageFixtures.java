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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol.message;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Shared steps of the message tests: decoding fixtures through the real datagram path, encoding requests into the
 * datagrams of the specification's vectors, round trips and short-payload checks.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class MessageFixtures {

    /** Serial of the specification's vectors (§8). */
    static final byte[] VECTOR_SERIAL = { 1, 2, 3, 4, 5, 6, 7, 8 };
    /** Password of the specification's vectors. */
    static final String VECTOR_PIN = "123456";

    private MessageFixtures() {
    }

    /**
     * Decodes a fixture datagram (capture or vector) with {@link Datagram#decode} and {@link Messages#decode}.
     */
    static <T extends Message> T decode(String id, Class<T> type) throws ProtocolException {
        Message message = Messages.decode(Datagram.decode(Captures.get(id)));
        assertThat(message, instanceOf(type));
        return type.cast(message);
    }

    /**
     * Asserts that the request, put into a datagram with the vectors' serial and password, is byte for byte the
     * fixture {@code id}.
     */
    static void assertEncodesAs(Message request, String id) {
        assertThat(HexFormat.of().formatHex(Messages.toCharger(VECTOR_SERIAL, VECTOR_PIN, request).encode()),
                is(Captures.capture(id).hex()));
    }

    /**
     * Asserts that the charger message, put into a datagram with the vectors' serial, is the fixture {@code id}.
     */
    static void assertChargerEncodesAs(Message message, String id) {
        assertThat(HexFormat.of().formatHex(Messages.fromCharger(VECTOR_SERIAL, message).encode()),
                is(Captures.capture(id).hex()));
    }

    /**
     * Asserts that the payload of the fixture encodes back to exactly the same bytes after decoding.
     */
    static void assertPayloadRoundTrip(String id) throws ProtocolException {
        Message message = Messages.decode(Datagram.decode(Captures.get(id)));
        assertThat(HexFormat.of().formatHex(message.encodePayload()),
                is(HexFormat.of().formatHex(Captures.capture(id).payload())));
    }

    /**
     * Encodes, decodes and asserts that the result equals the original.
     */
    static <T extends Message> T roundTrip(T message) throws ProtocolException {
        Message decoded = Messages.decode(message.commandCode(), message.encodePayload());
        assertThat(decoded, is(message));
        @SuppressWarnings("unchecked")
        T typed = (T) decoded;
        return typed;
    }

    /**
     * Asserts that a payload of {@code length} bytes is rejected with the offset of the first missing byte.
     */
    static void assertTooShort(Command command, int length) {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> Messages.decode(command.code(), new byte[length]));
        assertThat(e.offset(), is(length));
        assertThat(e.getMessage(), containsString(command.hex()));
    }

    /**
     * @return a payload of the given length holding {@code prefix} followed by {@code fill}
     */
    static byte[] extended(byte[] prefix, int length, int fill) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) fill);
        System.arraycopy(prefix, 0, bytes, 0, Math.min(prefix.length, length));
        return bytes;
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    static LocalDateTime time(String isoWallClock) {
        return LocalDateTime.parse(isoWallClock);
    }
}

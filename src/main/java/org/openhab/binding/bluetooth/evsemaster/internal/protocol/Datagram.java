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

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;

/**
 * One protocol datagram (spec §2.1): {@code 06 01}, u16 total length, key type, 8-byte serial, 6-byte password,
 * u16 command, payload, u16 checksum, {@code 0f 02}; every integer big-endian. Immutable: the arrays are copied in
 * and out. Print a datagram only through {@link #toMaskedHex()} or {@link #toString()}, which hide the password.
 *
 * <p>
 * A class rather than a record so that {@link #decode} copies each field out of the frame once, not twice.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Datagram {

    public static final int HEADER = 0x0601;
    public static final int TAIL = 0x0F02;
    /** Bytes of a datagram that are not payload. */
    public static final int OVERHEAD = 25;
    public static final int MIN_LENGTH = OVERHEAD;
    /** Largest length field accepted (spec §2.1); the wire format would allow 65535. */
    public static final int MAX_LENGTH = 2048;
    public static final int MAX_PAYLOAD_LENGTH = MAX_LENGTH - OVERHEAD;
    public static final int PLAIN_KEY_TYPE = 0;
    public static final int SERIAL_LENGTH = 8;
    public static final int PASSWORD_LENGTH = 6;

    static final int LENGTH_OFFSET = 2;
    static final int KEY_TYPE_OFFSET = 4;
    static final int SERIAL_OFFSET = 5;
    static final int PASSWORD_OFFSET = 13;
    static final int COMMAND_OFFSET = 19;
    static final int PAYLOAD_OFFSET = 21;

    private static final HexFormat HEX = HexFormat.of();
    private static final String MASKED_PASSWORD = "**".repeat(PASSWORD_LENGTH);
    private static final byte[] CHARGER_PASSWORD = { -1, -1, -1, -1, -1, -1 };

    private final int keyType;
    private final byte[] serial;
    private final byte[] password;
    private final int command;
    private final byte[] payload;

    /**
     * @param keyType byte at frame offset 4; 0 (plain) in all known traffic
     * @param serial the charger serial, 8 raw bytes in wire order (frame offsets 5–12)
     * @param password 6 bytes at frame offsets 13–18: the PIN in ASCII towards the charger, {@code ff} x 6 from it
     * @param command u16 command code (frame offsets 19–20); bit 15 set = sent by the client
     * @param payload command-specific bytes, at most {@link #MAX_PAYLOAD_LENGTH}
     * @throws IllegalArgumentException if a field does not fit its wire width
     */
    public Datagram(int keyType, byte[] serial, byte[] password, int command, byte[] payload) {
        this(keyType, command, serial.clone(), password.clone(), payload.clone());
    }

    /** Takes the arrays as they are: only for arrays that nobody else holds. */
    private Datagram(int keyType, int command, byte[] serial, byte[] password, byte[] payload) {
        require(keyType >= 0 && keyType <= 0xFF, "key type must fit in one byte");
        require(serial.length == SERIAL_LENGTH, "serial must be 8 bytes");
        require(password.length == PASSWORD_LENGTH, "password field must be 6 bytes");
        require(command >= 0 && command <= 0xFFFF, "command must fit in 16 bits");
        require(payload.length <= MAX_PAYLOAD_LENGTH, "payload longer than " + MAX_PAYLOAD_LENGTH + " bytes");
        this.keyType = keyType;
        this.serial = serial;
        this.password = password;
        this.command = command;
        this.payload = payload;
    }

    /**
     * A client→charger datagram with key type 0.
     *
     * @param pin the charger password: exactly 6 ASCII digits
     * @throws IllegalArgumentException if the PIN is not 6 ASCII digits (the message does not repeat it) or a field
     *             does not fit
     */
    public static Datagram toCharger(byte[] serial, String pin, int command, byte[] payload) {
        require(pin.length() == PASSWORD_LENGTH && pin.chars().allMatch(c -> c >= '0' && c <= '9'),
                "the password must be exactly 6 ASCII digits");
        return new Datagram(PLAIN_KEY_TYPE, serial, pin.getBytes(StandardCharsets.US_ASCII), command, payload);
    }

    /**
     * A charger→client datagram with key type 0 and the password field {@code ff} x 6, as chargers send it.
     */
    public static Datagram fromCharger(byte[] serial, int command, byte[] payload) {
        return new Datagram(PLAIN_KEY_TYPE, serial, CHARGER_PASSWORD, command, payload);
    }

    /**
     * Decodes exactly one datagram, validating in the order of spec §2.9: header, length field (25..2048), available
     * bytes, tail, checksum (mod 65536 or mod 65535), key type.
     *
     * @param frame exactly one datagram: neither fewer nor more bytes than its length field says
     * @throws ProtocolException naming the problem and its frame offset
     */
    public static Datagram decode(byte[] frame) throws ProtocolException {
        int length = checkLength(frame);
        checkTrailer(frame, length);
        int keyType = frame[KEY_TYPE_OFFSET] & 0xFF;
        if (keyType != PLAIN_KEY_TYPE) {
            throw new ProtocolException(hex("unsupported key type 0x%02x", keyType), KEY_TYPE_OFFSET);
        }
        return new Datagram(keyType, Frames.u16(frame, COMMAND_OFFSET),
                Arrays.copyOfRange(frame, SERIAL_OFFSET, PASSWORD_OFFSET),
                Arrays.copyOfRange(frame, PASSWORD_OFFSET, COMMAND_OFFSET),
                Arrays.copyOfRange(frame, PAYLOAD_OFFSET, length - Frames.TRAILER_LENGTH));
    }

    private static int checkLength(byte[] frame) throws ProtocolException {
        if (frame.length < Frames.HEADER_AND_LENGTH) {
            throw new ProtocolException("truncated: " + frame.length + " bytes, no complete header and length",
                    frame.length);
        }
        int header = Frames.u16(frame, 0);
        if (header != HEADER) {
            throw new ProtocolException(hex("bad header 0x%04x, expected 0x0601", header), 0);
        }
        int length = Frames.u16(frame, LENGTH_OFFSET);
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new ProtocolException("length field " + length + " outside " + MIN_LENGTH + ".." + MAX_LENGTH,
                    LENGTH_OFFSET);
        }
        if (frame.length < length) {
            throw new ProtocolException("truncated: " + frame.length + " of " + length + " bytes", frame.length);
        }
        if (frame.length > length) {
            throw new ProtocolException((frame.length - length) + " bytes after the end of the datagram", length);
        }
        return length;
    }

    private static void checkTrailer(byte[] frame, int length) throws ProtocolException {
        int tail = Frames.u16(frame, length - 2);
        if (tail != TAIL) {
            throw new ProtocolException(hex("bad tail 0x%04x, expected 0x0f02", tail), length - 2);
        }
        int checksumOffset = length - Frames.TRAILER_LENGTH;
        int stored = Frames.u16(frame, checksumOffset);
        if (!Checksum.matches(stored, frame, 0, checksumOffset)) {
            throw new ProtocolException(String.format(Locale.ROOT, "bad checksum 0x%04x, expected 0x%04x", stored,
                    Checksum.of(frame, 0, checksumOffset)), checksumOffset);
        }
    }

    /**
     * @return the wire bytes, with the checksum computed modulo 65536
     */
    public byte[] encode() {
        int length = length();
        byte[] frame = new byte[length];
        Frames.putU16(frame, 0, HEADER);
        Frames.putU16(frame, LENGTH_OFFSET, length);
        frame[KEY_TYPE_OFFSET] = (byte) keyType;
        System.arraycopy(serial, 0, frame, SERIAL_OFFSET, SERIAL_LENGTH);
        System.arraycopy(password, 0, frame, PASSWORD_OFFSET, PASSWORD_LENGTH);
        Frames.putU16(frame, COMMAND_OFFSET, command);
        System.arraycopy(payload, 0, frame, PAYLOAD_OFFSET, payload.length);
        int checksumOffset = length - Frames.TRAILER_LENGTH;
        Frames.putU16(frame, checksumOffset, Checksum.of(frame, 0, checksumOffset));
        Frames.putU16(frame, length - 2, TAIL);
        return frame;
    }

    /**
     * @return total length in bytes, the value of the length field
     */
    public int length() {
        return OVERHEAD + payload.length;
    }

    public Direction direction() {
        return Direction.ofCommand(command);
    }

    /**
     * @return the serial as the app shows it: 16 lowercase hex digits in wire order (spec §2.3)
     */
    public String serialHex() {
        return HEX.formatHex(serial);
    }

    /**
     * @return lowercase hex of {@link #encode()} without separators, each password byte replaced by {@code **} and
     *         the payload of a command that carries a secret by {@code *}
     */
    public String toMaskedHex() {
        String hex = HEX.formatHex(encode());
        return hex.substring(0, 2 * PASSWORD_OFFSET) + MASKED_PASSWORD
                + hex.substring(2 * COMMAND_OFFSET, 2 * PAYLOAD_OFFSET) + payloadHex()
                + hex.substring(2 * (PAYLOAD_OFFSET + payload.length));
    }

    /**
     * @return the payload as hex, or {@code *} for each hex digit when the command carries a secret (a new PIN, a
     *         Wi-Fi passphrase)
     */
    private String payloadHex() {
        Command known = Command.fromCode(command);
        return known != null && known.carriesSecret() ? "*".repeat(2 * payload.length) : HEX.formatHex(payload);
    }

    /**
     * @return byte at frame offset 4
     */
    public int keyType() {
        return keyType;
    }

    /**
     * @return u16 command code; bit 15 set = sent by the client
     */
    public int command() {
        return command;
    }

    /**
     * @return a copy of the 8 serial bytes
     */
    public byte[] serial() {
        return serial.clone();
    }

    /**
     * @return a copy of the 6 password bytes
     */
    public byte[] password() {
        return password.clone();
    }

    /**
     * @return a copy of the payload
     */
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * Decodes the payload as {@link Messages#decode(int, byte[])} does, but lends it this datagram's own array
     * instead of a copy: the decoders only read it and keep no reference, so the datagram stays immutable.
     *
     * @return the decoded payload, see {@link Messages#decode(Datagram)}
     * @throws ProtocolException if the payload is malformed for its command; the offset is a payload offset
     */
    public Message decodePayload() throws ProtocolException {
        return Messages.decode(command, payload);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Datagram that && keyType == that.keyType && command == that.command
                && Arrays.equals(serial, that.serial) && Arrays.equals(password, that.password)
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        int result = 31 * keyType + command;
        result = 31 * result + Arrays.hashCode(serial);
        result = 31 * result + Arrays.hashCode(password);
        return 31 * result + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT,
                "Datagram[command=0x%04x, %s, keyType=%d, serial=%s, password=%s, payload=%s]", command, direction(),
                keyType, serialHex(), MASKED_PASSWORD, payloadHex());
    }

    private static String hex(String format, int value) {
        return String.format(Locale.ROOT, format, value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

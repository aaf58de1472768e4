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

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;

/**
 * Command-line decoder: {@code java -jar <bundle jar> decode <hex>...}, or without hex arguments the text on standard
 * input. Finds every datagram in the input (hex with spaces, colons or none, after log prefixes; masked passwords
 * allowed, see {@link HexInput}) and prints one JSON object per datagram on its own line: command, names, direction,
 * serial, the masked password and the decoded fields with their units. Every malformed datagram is reported on
 * standard error; the exit status is then 1 (2 for a usage error, 0 otherwise).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class DecodeTool {

    static final int OK = 0;
    static final int MALFORMED = 1;
    static final int USAGE = 2;

    private static final String DECODE = "decode";
    private static final String MASKED_PASSWORD = "******";
    private static final int HEADER_AND_LENGTH = 4;

    /**
     * @param args {@code decode} followed by hex arguments (optional)
     * @param in read when there are no hex arguments
     * @param out receives one JSON object per datagram
     * @param err receives usage and error messages
     * @return the exit status: 0 all decoded, 1 malformed input, 2 usage error
     */
    public int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        if (args.length == 0 || !DECODE.equals(args[0])) {
            err.println("usage: java -jar <bundle jar> decode <hex>...   (without hex: reads standard input)");
            return USAGE;
        }
        String text;
        try {
            text = args.length > 1 ? String.join(" ", Arrays.copyOfRange(args, 1, args.length))
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot read standard input: " + e.getMessage());
            return USAGE;
        }
        return decodeAll(HexInput.bytes(text), out, err);
    }

    private int decodeAll(byte[] stream, PrintStream out, PrintStream err) {
        List<byte[]> frames = new FrameAssembler().feed(stream);
        boolean malformed = false;
        int cursor = 0;
        for (byte[] frame : frames) {
            int start = indexOf(stream, frame, cursor);
            malformed |= reportGap(stream, cursor, start, err);
            malformed |= !print(frame, start, out, err);
            cursor = start + frame.length;
        }
        malformed |= reportGap(stream, cursor, stream.length, err);
        if (frames.isEmpty() && !malformed) {
            err.println("no datagram found in the input");
            return MALFORMED;
        }
        return malformed ? MALFORMED : OK;
    }

    /**
     * Reports every header ({@code 06 01}) between two delivered datagrams: the assembler skipped it, so it starts a
     * malformed or truncated datagram. {@link Datagram#decode} names the problem.
     *
     * @return whether anything was reported
     */
    private boolean reportGap(byte[] stream, int from, int to, PrintStream err) {
        boolean reported = false;
        int i = from;
        while (i < to - 1) {
            if (stream[i] != 0x06 || stream[i + 1] != 0x01) {
                i++;
                continue;
            }
            int length = i + HEADER_AND_LENGTH <= to ? (stream[i + 2] & 0xFF) << 8 | stream[i + 3] & 0xFF : 0;
            boolean plausible = length >= Datagram.MIN_LENGTH && length <= Datagram.MAX_LENGTH;
            int end = plausible ? Math.min(i + length, to) : Math.min(i + HEADER_AND_LENGTH, to);
            err.println("malformed datagram at input byte " + i + ": " + reason(Arrays.copyOfRange(stream, i, end)));
            reported = true;
            i = plausible ? end : i + 2;
        }
        return reported;
    }

    private static String reason(byte[] candidate) {
        try {
            Datagram.decode(candidate);
            return "not recognised";
        } catch (ProtocolException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /**
     * @return false if the datagram or its payload is malformed (reported on {@code err})
     */
    private boolean print(byte[] frame, int start, PrintStream out, PrintStream err) {
        try {
            Datagram datagram = Datagram.decode(frame);
            out.println(json(datagram, Messages.decode(datagram)));
            return true;
        } catch (ProtocolException e) {
            err.println(String.format(Locale.ROOT, "malformed datagram at input byte %d (command 0x%04x): %s", start,
                    (frame[Datagram.COMMAND_OFFSET] & 0xFF) << 8 | frame[Datagram.COMMAND_OFFSET + 1] & 0xFF,
                    e.getMessage()));
            return false;
        }
    }

    private static String json(Datagram datagram, Message message) {
        Command command = Command.fromCode(datagram.command());
        return new JsonObject().add("command", String.format(Locale.ROOT, "0x%04x", datagram.command()))
                .add("name", command == null ? "UNKNOWN" : command.name())
                .add("appName", command == null ? null : command.appName())
                .add("direction", datagram.direction().name()).add("serial", datagram.serialHex())
                .add("password", MASKED_PASSWORD).add("length", datagram.length())
                .add("message", message.getClass().getSimpleName()).add("fields", MessageJson.fields(message))
                .toString();
    }

    private static int indexOf(byte[] stream, byte[] frame, int from) {
        for (int i = from; i <= stream.length - frame.length; i++) {
            if (Arrays.equals(stream, i, i + frame.length, frame, 0, frame.length)) {
                return i;
            }
        }
        throw new IllegalStateException("the assembler returned bytes that are not in the stream");
    }

    /**
     * Entry point of {@code java -jar <bundle jar> decode …}.
     */
    public static void main(String[] args) {
        // the command line is the one place that owns the process streams and the exit status
        InputStream in = Objects.requireNonNull(System.in);
        PrintStream out = Objects.requireNonNull(System.out); // NOPMD: a command-line tool prints to stdout
        PrintStream err = Objects.requireNonNull(System.err); // NOPMD: and reports to stderr
        System.exit(new DecodeTool().run(args, in, out, err)); // NOPMD: its exit status is its result
    }
}

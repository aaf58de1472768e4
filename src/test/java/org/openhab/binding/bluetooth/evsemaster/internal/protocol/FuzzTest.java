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

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

/**
 * Randomised robustness tests with a fixed seed. Inputs: random bytes, mutated datagrams (captures, specification
 * vectors and random valid datagrams) and byte streams of garbage, one valid datagram and filler, cut into random
 * notifications. Checked against {@link ReferenceFraming}, a literal transcription of spec §1.5 and §2.9.
 * <p>
 * The number of inputs is {@code -Devsemaster.fuzz.iterations} (default 200 000, spread over the three tests), the
 * seed {@code -Devsemaster.fuzz.seed}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class FuzzTest {

    private static final int ITERATIONS = Integer.parseInt(property("evsemaster.fuzz.iterations", "200000"));
    private static final long SEED = Long.decode(property("evsemaster.fuzz.seed", "0x455653454d415354"));
    private static final List<byte[]> CORPUS = Captures.datagrams().stream().map(Capture::bytes).toList();
    private static final byte[][] FRAGMENTS = { Captures.get("C17"), Captures.get("C19") };

    /** Every decode outcome: acceptance and each rejection message with its numbers replaced by '#'. */
    private static final Set<String> ALL_OUTCOMES = Set.of("accepted",
            "truncated: # bytes, no complete header and length", "bad header #, expected #",
            "length field # outside #..#", "truncated: # of # bytes", "# bytes after the end of the datagram",
            "bad tail #, expected #", "bad checksum #, expected #", "unsupported key type #");

    private final Random random = new Random(SEED);
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private int heldBack;
    private int lost;

    @Test
    void decodingRandomBytesThrowsOnlyProtocolException(TestReporter reporter) {
        int inputs = ITERATIONS / 3;
        for (int i = 0; i < inputs; i++) {
            checkDecode(shaped(randomBytes(randomLength())));
        }
        report(reporter, "random inputs", inputs);
    }

    @Test
    void decodingMutatedDatagramsThrowsOnlyProtocolException(TestReporter reporter) {
        int inputs = ITERATIONS / 3;
        for (int i = 0; i < inputs; i++) {
            checkDecode(mutated(validDatagram()));
        }
        report(reporter, "mutated datagrams", inputs);
    }

    @Test
    void assemblerRecoversAValidDatagramAfterAnyGarbage(TestReporter reporter) {
        int inputs = ITERATIONS - 2 * (ITERATIONS / 3);
        for (int i = 0; i < inputs; i++) {
            checkStream();
        }
        reporter.publishEntry("streams", inputs + ", held back by a pending false header: " + heldBack
                + ", lost to a false header that passed tail and checksum: " + lost);
        assertTrue(lost * 10_000L <= inputs, () -> lost + " datagrams lost in " + inputs + " streams");
    }

    /**
     * Publishes how often each outcome occurred and, for runs large enough, asserts that every outcome was reached.
     */
    private void report(TestReporter reporter, String what, int inputs) {
        reporter.publishEntry(what, inputs + " " + outcomes);
        if (inputs >= 20_000) {
            assertTrue(outcomes.keySet().equals(ALL_OUTCOMES), () -> "not every check was reached: " + outcomes);
        }
    }

    private void checkDecode(byte[] input) {
        boolean valid = ReferenceFraming.isValidDatagram(input);
        try {
            Datagram datagram = Datagram.decode(input);
            assertTrue(valid, () -> "accepted invalid " + hex(input));
            outcomes.merge("accepted", 1, Integer::sum);
            byte[] encoded = datagram.encode();
            if (ReferenceFraming.hasModulo65536Checksum(input)) {
                assertTrue(Arrays.equals(encoded, input), () -> "re-encoding differs for " + hex(input));
            } else {
                assertTrue(ReferenceFraming.isValidDatagram(encoded), () -> "bad re-encoding of " + hex(input));
            }
        } catch (ProtocolException e) {
            assertTrue(!valid, () -> "rejected valid " + hex(input) + ": " + e.getMessage());
            assertTrue(e.offset() >= 0 && e.offset() <= input.length, () -> "offset " + e.offset() + " " + hex(input));
            String message = String.valueOf(e.getMessage());
            assertTrue(message.endsWith(" at offset " + e.offset()), message);
            String problem = message.substring(0, message.lastIndexOf(" at offset "));
            outcomes.merge(problem.replaceAll("0x[0-9a-f]+|\\d+", "#"), 1, Integer::sum);
        }
    }

    /**
     * Feeds garbage, a valid datagram and filler; the delivered datagrams must equal those of the reference, and the
     * valid one must be among them unless a false header in the garbage passed the tail and checksum test and its
     * candidate covered the datagram's first byte, which §1.5 allows (counted as lost).
     */
    private void checkStream() {
        byte[] garbage = garbage();
        byte[] target = validDatagram();
        byte[] stream = Chunks.concat(garbage, target, new byte[Datagram.MAX_LENGTH]);
        FrameAssembler assembler = new FrameAssembler();
        List<byte[]> delivered = new ArrayList<>();
        if (random.nextBoolean()) {
            feed(assembler, stream, delivered);
        } else {
            feed(assembler, garbage, delivered);
            boolean nothingPending = assembler.buffered() <= 1;
            heldBack += nothingPending ? 0 : 1;
            int before = delivered.size();
            feed(assembler, target, delivered);
            assertTrue(
                    !nothingPending || delivered.size() == before + 1 && Arrays.equals(delivered.get(before), target),
                    () -> "not delivered at once: " + hex(stream));
            feed(assembler, new byte[Datagram.MAX_LENGTH], delivered);
        }
        List<int[]> expected = ReferenceFraming.frames(stream);
        assertTrue(expected.size() == delivered.size(), () -> "frame count differs for " + hex(stream));
        for (int i = 0; i < expected.size(); i++) {
            int[] frame = expected.get(i);
            byte[] expectedBytes = Arrays.copyOfRange(stream, frame[0], frame[0] + frame[1]);
            assertTrue(Arrays.equals(expectedBytes, delivered.get(i)), () -> "frames differ for " + hex(stream));
        }
        lost += isRecovered(expected, garbage.length, target.length, stream) ? 0 : 1;
    }

    private static boolean isRecovered(List<int[]> frames, int start, int length, byte[] stream) {
        for (int[] frame : frames) {
            if (frame[0] == start && frame[1] == length) {
                return true;
            }
            if (frame[0] < start && start < frame[0] + frame[1]) {
                return false;
            }
        }
        throw new AssertionError("datagram neither recovered nor covered: " + hex(stream));
    }

    private void feed(FrameAssembler assembler, byte[] bytes, List<byte[]> delivered) {
        for (byte[] chunk : chunks(bytes)) {
            delivered.addAll(assembler.feed(chunk));
            assertTrue(assembler.buffered() < Datagram.MAX_LENGTH, () -> "buffer " + assembler.buffered());
        }
    }

    private List<byte[]> chunks(byte[] bytes) {
        return switch (random.nextInt(4)) {
            case 0 -> Chunks.split(bytes, 20);
            case 1 -> Chunks.split(bytes, Math.max(1, bytes.length));
            default -> randomChunks(bytes, random.nextBoolean() ? 64 : 400);
        };
    }

    private List<byte[]> randomChunks(byte[] bytes, int maxSize) {
        List<byte[]> chunks = new ArrayList<>();
        int from = 0;
        while (from < bytes.length) {
            int to = Math.min(bytes.length, from + 1 + random.nextInt(maxSize));
            chunks.add(Arrays.copyOfRange(bytes, from, to));
            from = to;
        }
        return chunks;
    }

    private byte[] garbage() {
        List<byte[]> pieces = new ArrayList<>();
        for (int n = random.nextInt(6); n > 0; n--) {
            pieces.add(switch (random.nextInt(8)) {
                case 0 -> randomBytes(random.nextInt(41));
                case 1 -> withoutHeaderStart(randomBytes(random.nextInt(41)));
                case 2 -> falseHeader();
                case 3 -> {
                    byte[] datagram = validDatagram();
                    yield Arrays.copyOf(datagram, 1 + random.nextInt(datagram.length - 1));
                }
                case 4 -> mutated(validDatagram());
                case 5 -> validDatagram();
                case 6 -> new byte[] { 0x06 };
                default -> FRAGMENTS[random.nextInt(FRAGMENTS.length)];
            });
        }
        return Chunks.concat(pieces.toArray(byte[][]::new));
    }

    private byte[] falseHeader() {
        int length = switch (random.nextInt(3)) {
            case 0 -> random.nextInt(0x10000);
            case 1 -> Datagram.MIN_LENGTH + random.nextInt(Datagram.MAX_LENGTH - Datagram.MIN_LENGTH + 1);
            default -> Datagram.MIN_LENGTH + random.nextInt(100);
        };
        return new byte[] { 0x06, 0x01, (byte) (length >> 8), (byte) length };
    }

    private byte[] validDatagram() {
        if (random.nextInt(3) == 0) {
            return CORPUS.get(random.nextInt(CORPUS.size()));
        }
        byte[] serial = randomBytes(Datagram.SERIAL_LENGTH);
        byte[] payload = randomBytes(
                random.nextInt(50) == 0 ? random.nextInt(Datagram.MAX_PAYLOAD_LENGTH + 1) : random.nextInt(160));
        return new Datagram(0, serial, randomBytes(Datagram.PASSWORD_LENGTH), random.nextInt(0x10000), payload)
                .encode();
    }

    private byte[] mutated(byte[] datagram) {
        byte[] bytes = datagram.clone();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            bytes = mutation(bytes);
        }
        return random.nextBoolean() ? withValidTrailer(bytes) : bytes;
    }

    private byte[] mutation(byte[] bytes) {
        int position = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        byte[] mutated = bytes.clone();
        switch (random.nextInt(7)) {
            case 0 -> flipBit(mutated, position);
            case 1 -> setByte(mutated, Math.min(position, 4), random.nextInt(256));
            case 2 -> setByte(mutated, 2 + random.nextInt(2), random.nextInt(256));
            case 3 -> mutated = Arrays.copyOf(bytes, position);
            case 4 -> mutated = Chunks.concat(bytes, randomBytes(1 + random.nextInt(8)));
            case 5 -> mutated = Chunks.concat(Arrays.copyOf(bytes, position), new byte[] { (byte) random.nextInt() },
                    Arrays.copyOfRange(bytes, position, bytes.length));
            default -> mutated = Chunks.concat(Arrays.copyOf(bytes, position),
                    Arrays.copyOfRange(bytes, Math.min(bytes.length, position + 1), bytes.length));
        }
        return mutated;
    }

    /**
     * Random bytes made to pass some of the checks of §2.9 so that decoding gets past the first one.
     */
    private byte[] shaped(byte[] bytes) {
        if (bytes.length >= 4 && random.nextBoolean()) {
            bytes[0] = 0x06;
            bytes[1] = 0x01;
            if (random.nextBoolean()) {
                bytes[2] = (byte) (bytes.length >> 8);
                bytes[3] = (byte) bytes.length;
            }
        }
        if (bytes.length > 4 && random.nextInt(4) == 0) {
            bytes[4] = 0;
        }
        if (bytes.length >= 2 && random.nextInt(4) == 0) {
            bytes[bytes.length - 2] = 0x0f;
            bytes[bytes.length - 1] = 0x02;
        }
        return random.nextBoolean() ? withValidTrailer(bytes) : bytes;
    }

    private static byte[] withValidTrailer(byte[] bytes) {
        if (bytes.length >= 6) {
            int checksumOffset = bytes.length - 4;
            int checksum = ReferenceFraming.sum(bytes, 0, checksumOffset) % 0x10000;
            bytes[checksumOffset] = (byte) (checksum >> 8);
            bytes[checksumOffset + 1] = (byte) checksum;
            bytes[bytes.length - 2] = 0x0f;
            bytes[bytes.length - 1] = 0x02;
        }
        return bytes;
    }

    private int randomLength() {
        int bucket = random.nextInt(20);
        return bucket < 14 ? random.nextInt(65) : bucket < 19 ? 25 + random.nextInt(400) : random.nextInt(2100);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] withoutHeaderStart(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0x06) {
                bytes[i] = 0x07;
            }
        }
        return bytes;
    }

    private static void flipBit(byte[] bytes, int position) {
        if (position < bytes.length) {
            bytes[position] ^= (byte) (1 << (position & 7));
        }
    }

    private static void setByte(byte[] bytes, int position, int value) {
        if (position < bytes.length) {
            bytes[position] = (byte) value;
        }
    }

    private static String property(String name, String defaultValue) {
        String value = System.getProperty(name);
        return value == null ? defaultValue : value;
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}

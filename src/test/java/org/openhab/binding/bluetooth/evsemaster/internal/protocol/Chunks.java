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

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Test helpers to build byte streams, cut them into notifications and compare the datagrams that come out.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Chunks {

    private static final HexFormat HEX = HexFormat.of();

    private Chunks() {
    }

    /**
     * @param hex hex digits, whitespace ignored
     */
    static byte[] hex(String hex) {
        return HEX.parseHex(hex.replaceAll("\\s", ""));
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static List<String> hex(List<byte[]> frames) {
        return frames.stream().map(Chunks::hex).toList();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /**
     * @return consecutive chunks of at most {@code size} bytes
     */
    static List<byte[]> split(byte[] bytes, int size) {
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from < bytes.length; from += size) {
            chunks.add(Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + size)));
        }
        return chunks;
    }

    /**
     * @return the two pieces {@code [0, point)} and {@code [point, length)}
     */
    static List<byte[]> splitAt(byte[] bytes, int point) {
        return List.of(Arrays.copyOfRange(bytes, 0, point), Arrays.copyOfRange(bytes, point, bytes.length));
    }

    /**
     * Feeds the chunks in order and returns every datagram the assembler delivered, as hex.
     */
    static List<String> feedAll(FrameAssembler assembler, List<byte[]> chunks) {
        List<String> frames = new ArrayList<>();
        for (byte[] chunk : chunks) {
            frames.addAll(hex(assembler.feed(chunk)));
        }
        return frames;
    }
}

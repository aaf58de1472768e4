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

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Test oracle: a deliberately plain, independent transcription of spec §1.5 (reassembly over a whole stream) and
 * §2.9 (validity of one datagram), sharing no code with the production classes.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ReferenceFraming {

    private ReferenceFraming() {
    }

    /**
     * Runs the §1.5 loop over the whole stream.
     *
     * @return start and length of every datagram delivered, in order
     */
    static List<int[]> frames(byte[] stream) {
        List<int[]> frames = new ArrayList<>();
        int position = 0;
        while (true) {
            int i = position;
            while (i + 1 < stream.length && !(stream[i] == 0x06 && stream[i + 1] == 0x01)) {
                i++;
            }
            if (i + 1 >= stream.length || stream.length - i < 4) {
                return frames;
            }
            int length = u16(stream, i + 2);
            if (length < 25 || length > 2048) {
                position = i + 1;
            } else if (stream.length - i < length) {
                return frames;
            } else if (hasTailAndChecksum(stream, i, length)) {
                frames.add(new int[] { i, length });
                position = i + length;
            } else {
                position = i + 1;
            }
        }
    }

    /**
     * @return whether the bytes are exactly one datagram that passes every check of §2.9
     */
    static boolean isValidDatagram(byte[] bytes) {
        return bytes.length >= 25 && bytes.length <= 2048 && bytes[0] == 0x06 && bytes[1] == 0x01
                && u16(bytes, 2) == bytes.length && hasTailAndChecksum(bytes, 0, bytes.length) && bytes[4] == 0;
    }

    static boolean hasModulo65536Checksum(byte[] datagram) {
        return u16(datagram, datagram.length - 4) == sum(datagram, 0, datagram.length - 4) % 65536;
    }

    static int sum(byte[] bytes, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += bytes[i] & 0xFF;
        }
        return sum;
    }

    private static boolean hasTailAndChecksum(byte[] bytes, int start, int length) {
        int end = start + length;
        int sum = sum(bytes, start, end - 4);
        int stored = u16(bytes, end - 4);
        return bytes[end - 2] == 0x0f && bytes[end - 1] == 0x02 && (stored == sum % 65536 || stored == sum % 65535);
    }

    private static int u16(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) * 256 + (bytes[offset + 1] & 0xFF);
    }
}

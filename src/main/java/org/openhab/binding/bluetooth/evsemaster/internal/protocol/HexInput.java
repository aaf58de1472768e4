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
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Extracts datagram bytes from free text for the decode tool: hex tokens such as {@code 06 01 00 19},
 * {@code 06:01:00:19}, {@code 06010019} or {@code [0x06, 0x01]}, found anywhere in the text (log prefixes, timestamps
 * and words that are not
 * hex are skipped; stray hex before a datagram is dropped later by the {@link FrameAssembler}).
 * <p>
 * Password bytes masked as {@code **} (as {@link Datagram#toMaskedHex()} prints them) are restored to bytes that make
 * the checksum verify again, so masked log lines decode; the checksum then no longer checks those six bytes.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class HexInput {

    private static final int MASKED = -1;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern COLON_SEPARATED = Pattern.compile("(?:[0-9A-Fa-f*]{2}:)+[0-9A-Fa-f*]{2}");
    private static final Pattern HEX_PAIRS = Pattern.compile("(?:[0-9A-Fa-f]{2}|\\*\\*)+");
    /** Brackets, quotes and separators around a token, and a {@code 0x} prefix, as in {@code [0x06, 0x01]}. */
    private static final Pattern WRAPPING = Pattern.compile("^[\\[({\"']*(?:0x)?|[\\])}\"',;]+$");
    private static final int PASSWORD_END = Datagram.COMMAND_OFFSET;

    private HexInput() {
    }

    /**
     * @return the bytes of every hex token of the text, in order, masked password bytes restored where possible
     */
    static byte[] bytes(String text) {
        List<Integer> values = new ArrayList<>();
        for (String word : WHITESPACE.split(text)) {
            String token = WRAPPING.matcher(word).replaceAll("");
            String hex = COLON_SEPARATED.matcher(token).matches() ? token.replace(":", "") : token;
            if (HEX_PAIRS.matcher(hex).matches()) {
                for (int i = 0; i < hex.length(); i += 2) {
                    String pair = hex.substring(i, i + 2);
                    values.add("**".equals(pair) ? MASKED : HexFormat.fromHexDigits(pair));
                }
            }
        }
        int[] items = values.stream().mapToInt(Integer::intValue).toArray();
        restoreMaskedPasswords(items);
        byte[] bytes = new byte[items.length];
        for (int i = 0; i < items.length; i++) {
            bytes[i] = (byte) items[i];
        }
        return bytes;
    }

    private static void restoreMaskedPasswords(int[] items) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] == MASKED && (i == 0 || items[i - 1] != MASKED)) {
                restore(items, i - Datagram.PASSWORD_OFFSET);
            }
        }
        for (int i = 0; i < items.length; i++) {
            items[i] = Math.max(items[i], 0);
        }
    }

    /**
     * Fills the masked password bytes of the datagram starting at {@code start} so that its byte sum matches the
     * stored checksum; leaves them masked if there is no such datagram or no such filling.
     */
    private static void restore(int[] items, int start) {
        if (start < 0 || start + Datagram.MIN_LENGTH > items.length || items[start] != 0x06 || items[start + 1] != 1
                || items[start + 2] < 0 || items[start + 3] < 0) {
            return;
        }
        int length = items[start + 2] << 8 | items[start + 3];
        int checksumAt = start + length - 4;
        if (length < Datagram.MIN_LENGTH || start + length > items.length || items[checksumAt] < 0
                || items[checksumAt + 1] < 0) {
            return;
        }
        int sum = 0;
        int masked = 0;
        for (int i = start; i < checksumAt; i++) {
            if (items[i] >= 0) {
                sum += items[i];
            } else if (i >= start + Datagram.PASSWORD_OFFSET && i < start + PASSWORD_END) {
                masked++;
            } else {
                return;
            }
        }
        int missing = Math.floorMod((items[checksumAt] << 8 | items[checksumAt + 1]) - sum, 0x10000);
        if (missing > 0xFF * masked) {
            return;
        }
        for (int i = start + Datagram.PASSWORD_OFFSET; i < start + PASSWORD_END; i++) {
            if (items[i] == MASKED) {
                items[i] = Math.min(0xFF, missing);
                missing -= items[i];
            }
        }
    }
}

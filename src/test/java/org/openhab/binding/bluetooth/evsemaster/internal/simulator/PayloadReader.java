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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Reads request payloads the way the charger does: fixed offsets, big-endian, and the rule of spec §2.6 that bytes
 * beyond the fields a command needs are tolerated only when they are {@code 00}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PayloadReader {

    private final byte[] payload;

    PayloadReader(byte[] payload) {
        this.payload = payload.clone();
    }

    int length() {
        return payload.length;
    }

    /**
     * Checks the payload against the fields a command needs.
     *
     * @param needed bytes that must be present
     * @param canonical bytes the command defines; everything after them must be {@code 00}
     * @throws InvalidRequest if the payload is shorter than {@code needed} or carries non-zero surplus bytes
     */
    PayloadReader require(int needed, int canonical) throws InvalidRequest {
        if (payload.length < needed) {
            throw new InvalidRequest("payload of " + payload.length + " bytes, " + needed + " needed");
        }
        for (int i = canonical; i < payload.length; i++) {
            if (payload[i] != 0) {
                throw new InvalidRequest("non-zero surplus byte at payload offset " + i);
            }
        }
        return this;
    }

    int u8(int offset) {
        return payload[offset] & 0xFF;
    }

    int u16(int offset) {
        return (u8(offset) << 8) | u8(offset + 1);
    }

    long u32(int offset) {
        return ((long) u16(offset) << 16) | u16(offset + 2);
    }

    byte[] bytes(int offset, int length) {
        return Arrays.copyOfRange(payload, offset, offset + length);
    }

    /**
     * @return the ASCII text of a fixed-width field, cut at the first {@code 00} (trailing spaces kept)
     */
    String ascii(int offset, int width) {
        int end = offset;
        while (end < offset + width && payload[end] != 0) {
            end++;
        }
        return new String(payload, offset, end - offset, StandardCharsets.US_ASCII);
    }

    /**
     * @return whether every byte of the field is printable ASCII or {@code 00}
     */
    boolean isPrintableAscii(int offset, int width) {
        for (int i = offset; i < offset + width; i++) {
            int b = u8(i);
            if (b != 0 && (b < 0x20 || b > 0x7E)) {
                return false;
            }
        }
        return true;
    }
}

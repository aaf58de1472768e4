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

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Builds charger payloads field by field, big-endian (spec §0). Written independently of the production codecs in
 * {@code protocol.message} so that the simulator catches their bugs instead of sharing them.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PayloadWriter {

    private final ByteBuffer buffer;

    /**
     * @param length exact payload length; unwritten bytes stay {@code 00}
     */
    PayloadWriter(int length) {
        buffer = ByteBuffer.allocate(length);
    }

    PayloadWriter u8(int value) {
        buffer.put((byte) value);
        return this;
    }

    PayloadWriter u16(int value) {
        buffer.putShort((short) value);
        return this;
    }

    PayloadWriter u32(long value) {
        buffer.putInt((int) value);
        return this;
    }

    /**
     * Writes an ASCII string left-aligned in a field of {@code width} bytes, padded with {@code 00} (spec §2.10).
     */
    PayloadWriter ascii(String text, int width) {
        byte[] field = Arrays.copyOf(text.getBytes(StandardCharsets.US_ASCII), width);
        buffer.put(field);
        return this;
    }

    PayloadWriter bytes(byte[] bytes) {
        buffer.put(bytes);
        return this;
    }

    PayloadWriter skip(int count) {
        buffer.position(buffer.position() + count);
        return this;
    }

    /**
     * @return the payload; bytes not written are {@code 00}
     */
    byte[] toArray() {
        return buffer.array().clone();
    }
}

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

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.DeviceTime;

/**
 * Appends big-endian fields to a payload in wire order. Out-of-range values are programming errors: records check
 * their components in their constructors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PayloadWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    PayloadWriter u8(int value) {
        out.write(Fields.checkRange(value, 0, Fields.U8_MAX, "u8"));
        return this;
    }

    PayloadWriter u16(int value) {
        Fields.checkRange(value, 0, Fields.U16_MAX, "u16");
        out.write(value >>> 8);
        out.write(value);
        return this;
    }

    PayloadWriter u32(long value) {
        Fields.checkRange(value, 0, Fields.U32_MAX, "u32");
        u16((int) (value >>> 16));
        return u16((int) (value & Fields.U16_MAX));
    }

    /**
     * Appends {@code value} / 10^-decimals as a u32.
     */
    PayloadWriter scaledU32(BigDecimal value, int decimals) {
        return u32(Fields.raw(value, decimals, Fields.U32_MAX, "value"));
    }

    /**
     * Appends {@code value} / 10^-decimals as a u16.
     */
    PayloadWriter scaledU16(BigDecimal value, int decimals) {
        return u16((int) Fields.raw(value, decimals, Fields.U16_MAX, "value"));
    }

    /**
     * Appends ASCII text left-aligned in a field of {@code width} bytes, padded with {@code 00}.
     */
    PayloadWriter text(String text, int width) {
        byte[] bytes = Fields.checkText(text, width, "text").getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(bytes);
        return zeros(width - bytes.length);
    }

    /**
     * Appends a device time (spec §2.11) for a charger wall-clock time; null becomes 0 ("not set").
     */
    PayloadWriter time(@Nullable LocalDateTime wallClock) {
        return u32(wallClock == null ? 0 : DeviceTime.fromWallClock(wallClock));
    }

    PayloadWriter bytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    PayloadWriter zeros(int count) {
        out.writeBytes(new byte[count]);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}

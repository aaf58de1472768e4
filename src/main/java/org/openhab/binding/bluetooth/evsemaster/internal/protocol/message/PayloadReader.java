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

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.DeviceTime;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Direction;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Big-endian reads at payload offsets (spec §0: every integer is big-endian). The factories check the minimum length
 * once, so the reads of a decoder cannot run past the end; longer payloads are accepted and their extra bytes ignored
 * (spec §2.6).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class PayloadReader {

    private final byte[] payload;

    private PayloadReader(byte[] payload) {
        this.payload = payload;
    }

    /**
     * @throws ProtocolException if the payload is shorter than {@code minimumLength}; the offset is the first missing
     *             byte
     */
    static PayloadReader of(Command command, byte[] payload, int minimumLength) throws ProtocolException {
        if (payload.length < minimumLength) {
            throw new ProtocolException(String.format(Locale.ROOT, "%s payload of %d bytes is shorter than %d",
                    command.hex(), payload.length, minimumLength), payload.length);
        }
        return new PayloadReader(payload);
    }

    /**
     * A reader for a 0x81xx/0x01xx setting (spec §3.3): the action byte comes first; a GET request may stop after it
     * ({@code 02 00} and {@code 02} + zeros are both in use, §9 D12), its missing value bytes read as {@code 00}.
     * Other payloads must hold {@code fullLength} bytes.
     */
    static PayloadReader ofSetting(Command command, byte[] payload, int fullLength) throws ProtocolException {
        PayloadReader reader = of(command, payload, 1);
        if (command.direction() == Direction.CLIENT_TO_CHARGER && reader.u8(0) == SettingAction.GET.code()) {
            return new PayloadReader(Arrays.copyOf(payload, Math.max(payload.length, fullLength)));
        }
        return of(command, payload, fullLength);
    }

    int length() {
        return payload.length;
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

    /**
     * @return a copy of {@code width} bytes from the offset
     */
    byte[] bytes(int offset, int width) {
        return Arrays.copyOfRange(payload, offset, offset + width);
    }

    /**
     * @return ASCII text of a fixed-width field: cut at the first {@code 00}, trailing spaces stripped, bytes above
     *         0x7f shown as {@code ?}
     */
    String text(int offset, int width) {
        int end = offset;
        while (end < offset + width && payload[end] != 0) {
            end++;
        }
        while (end > offset && payload[end - 1] >= 0 && Character.isWhitespace(payload[end - 1])) {
            end--;
        }
        // US-ASCII decodes each byte above 0x7f to U+FFFD; replace() returns the string itself when there is none
        return new String(payload, offset, end - offset, StandardCharsets.US_ASCII).replace('\uFFFD', '?');
    }

    /**
     * @return the u32 × 10^-decimals at the offset
     */
    BigDecimal scaledU32(int offset, int decimals) {
        return Fields.scaled(u32(offset), decimals);
    }

    /**
     * @return the u16 × 10^-decimals at the offset
     */
    BigDecimal scaledU16(int offset, int decimals) {
        return Fields.scaled(u16(offset), decimals);
    }

    /**
     * @return the charger wall-clock time of the u32 device time at the offset (spec §2.11), null for 0 and ffffffff
     */
    @Nullable
    LocalDateTime time(int offset) {
        return DeviceTime.toWallClock(u32(offset));
    }
}

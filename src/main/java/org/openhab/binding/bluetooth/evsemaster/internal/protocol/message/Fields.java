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
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.DeviceTime;

/**
 * Conversions between wire integers and engineering values (spec §2.10), and the range checks that records run in
 * their constructors so that every record can be encoded.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Fields {

    static final int U8_MAX = 0xFF;
    static final int U16_MAX = 0xFFFF;
    static final long U32_MAX = 0xFFFF_FFFFL;
    /** u16 "no limit / not set" sentinel. */
    static final int NO_LIMIT = U16_MAX;

    private static final char ASCII_MAX = 0x7F;

    private static final int TEMPERATURE_OFFSET = 20000;
    private static final int TEMPERATURE_DECIMALS = 2;
    private static final BigDecimal MIN_CELSIUS = scaled(-TEMPERATURE_OFFSET, TEMPERATURE_DECIMALS);
    private static final BigDecimal MAX_CELSIUS = scaled(U16_MAX - 1 - TEMPERATURE_OFFSET, TEMPERATURE_DECIMALS);

    private Fields() {
    }

    /**
     * @return {@code raw} × 10^-decimals, e.g. {@code scaled(2301, 1)} = 230.1
     */
    static BigDecimal scaled(long raw, int decimals) {
        return BigDecimal.valueOf(raw, decimals);
    }

    /**
     * @return the wire integer of {@code value} at a resolution of 10^-decimals
     * @throws IllegalArgumentException if the value has a finer resolution or does not fit 0..max
     */
    static long raw(BigDecimal value, int decimals, long max, String what) {
        BigDecimal shifted = value.movePointRight(decimals);
        if (shifted.signum() < 0 || shifted.stripTrailingZeros().scale() > 0
                || shifted.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new IllegalArgumentException(what + " must be 0.." + scaled(max, decimals) + " with a resolution of "
                    + scaled(1, decimals) + ": " + value);
        }
        return shifted.setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /**
     * Decoded values already have the scale of their field and are returned as they are, checked without allocating.
     *
     * @param largest the largest value of the field, {@code scaled(max, decimals)}: its scale is the resolution
     * @return {@code value} with exactly the scale of {@code largest}, so that equal values are equal records
     * @throws IllegalArgumentException if the value has a finer resolution or does not fit 0..largest
     */
    static BigDecimal checkScaled(BigDecimal value, BigDecimal largest, String what) {
        int decimals = largest.scale();
        if (isPlain(value, decimals) && value.signum() >= 0 && value.compareTo(largest) <= 0) {
            return value;
        }
        return scaled(raw(value, decimals, largest.unscaledValue().longValueExact(), what), decimals);
    }

    /**
     * @return whether {@code value} is a BigDecimal (not a subclass, which could be mutable) with that scale
     */
    private static boolean isPlain(BigDecimal value, int decimals) {
        return value.getClass() == BigDecimal.class && value.scale() == decimals;
    }

    /**
     * @return the temperature in °C of a raw u16 (raw 20000 = 0.00 °C), or null for {@code ffff} (no sensor)
     */
    static @Nullable BigDecimal celsius(int raw) {
        return raw == U16_MAX ? null : scaled(raw - (long) TEMPERATURE_OFFSET, TEMPERATURE_DECIMALS);
    }

    /**
     * @return the raw u16 of a temperature in °C, {@code ffff} for null
     * @throws IllegalArgumentException outside -200.00 .. 455.34 °C or finer than 0.01 °C
     */
    static int celsiusRaw(@Nullable BigDecimal celsius, String what) {
        if (celsius == null) {
            return U16_MAX;
        }
        BigDecimal shifted = celsius.add(scaled(TEMPERATURE_OFFSET, TEMPERATURE_DECIMALS));
        return (int) raw(shifted, TEMPERATURE_DECIMALS, U16_MAX - 1, what + " (offset by 200 °C)");
    }

    /**
     * @return the temperature with exactly 2 decimals (as it is if it has them), or null
     * @throws IllegalArgumentException as {@link #celsiusRaw}
     */
    static @Nullable BigDecimal checkCelsius(@Nullable BigDecimal celsius, String what) {
        if (celsius == null || isPlain(celsius, TEMPERATURE_DECIMALS) && celsius.compareTo(MIN_CELSIUS) >= 0
                && celsius.compareTo(MAX_CELSIUS) <= 0) {
            return celsius;
        }
        return celsius(celsiusRaw(celsius, what));
    }

    /**
     * @return whole minutes of a u16 limit, or null for the sentinel {@code ffff}
     */
    static @Nullable Duration minutesOrNone(int raw) {
        return raw == NO_LIMIT ? null : Duration.ofMinutes(raw);
    }

    /**
     * @return the u16 minutes of a limit, {@code ffff} for null
     * @throws IllegalArgumentException if not whole minutes in 0..65534
     */
    static int minutesRaw(@Nullable Duration duration, String what) {
        if (duration == null) {
            return NO_LIMIT;
        }
        if (duration.isNegative() || duration.toSecondsPart() != 0 || duration.toNanosPart() != 0
                || duration.toMinutes() > NO_LIMIT - 1) {
            throw new IllegalArgumentException(what + " must be whole minutes 0..65534: " + duration);
        }
        return (int) duration.toMinutes();
    }

    /**
     * @return the time without its fraction of a second (the wire resolution), or null
     * @throws IllegalArgumentException if the time cannot be encoded as a device time (spec §2.11)
     */
    static @Nullable LocalDateTime checkTime(@Nullable LocalDateTime wallClock) {
        if (wallClock == null) {
            return null;
        }
        LocalDateTime seconds = wallClock.withNano(0);
        DeviceTime.fromWallClock(seconds);
        return seconds;
    }

    /**
     * @throws IllegalArgumentException if {@code command} is not one of {@code allowed}
     */
    static Command checkCommand(Command command, Command... allowed) {
        for (Command candidate : allowed) {
            if (candidate == command) {
                return command;
            }
        }
        throw new IllegalArgumentException("command " + command + " does not carry this payload");
    }

    /**
     * @return the first byte of a payload that holds at most one meaningful byte, null if it is empty
     */
    static @Nullable Integer optionalByte(byte[] payload) {
        return payload.length == 0 ? null : payload[0] & 0xFF;
    }

    /**
     * @return the payload of an optional single byte: empty for null
     */
    static byte[] optionalBytePayload(@Nullable Integer value) {
        return value == null ? new byte[0] : new byte[] { (byte) checkRange(value, 0, U8_MAX, "value") };
    }

    static int checkU8(int value, String what) {
        return checkRange(value, 0, U8_MAX, what);
    }

    static int checkRange(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }

    static long checkRange(long value, long min, long max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
        return value;
    }

    /**
     * Fixed-width text fields hold ASCII; decoding cuts at the first {@code 00} and strips trailing spaces, so a
     * text that should survive a round trip must fit the width and must not end with a space or contain {@code 00}.
     *
     * @throws IllegalArgumentException otherwise
     */
    static String checkText(String text, int width, String what) {
        if (text.length() > width || text.endsWith(" ") || !isAsciiWithoutNul(text)) {
            throw new IllegalArgumentException(
                    what + " must be at most " + width + " ASCII characters without NUL or trailing space");
        }
        return text;
    }

    private static boolean isAsciiWithoutNul(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || c > ASCII_MAX) {
                return false;
            }
        }
        return true;
    }
}

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

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The chargers' u32 timestamps (spec §2.11): the charger's local wall-clock time, encoded as if that wall clock were
 * in UTC+8, in seconds since the epoch. 0 and {@code 0xffffffff} mean "not set". Which zone the wall clock belongs to
 * is the caller's knowledge (the zone the charger was set up in), passed in explicitly.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class DeviceTime {

    /** The offset the firmware assumes for every timestamp (Asia/Shanghai, no daylight saving). */
    public static final ZoneOffset DEVICE_OFFSET = ZoneOffset.ofHours(8);
    /** Largest u32 value, meaning "not set". */
    public static final long NOT_SET = 0xFFFF_FFFFL;

    private DeviceTime() {
    }

    /**
     * @param deviceTime a u32 read from a payload (0 .. 0xffffffff)
     * @return false for the "not set" values 0 and 0xffffffff
     * @throws IllegalArgumentException if the value is not a u32
     */
    public static boolean isSet(long deviceTime) {
        requireU32(deviceTime);
        return deviceTime != 0 && deviceTime != NOT_SET;
    }

    /**
     * @param deviceTime a u32 read from a payload
     * @return the wall-clock date-time the charger means, or null when not set
     * @throws IllegalArgumentException if the value is not a u32
     */
    public static @Nullable LocalDateTime toWallClock(long deviceTime) {
        return isSet(deviceTime) ? LocalDateTime.ofEpochSecond(deviceTime, 0, DEVICE_OFFSET) : null;
    }

    /**
     * @param deviceTime a u32 read from a payload
     * @param chargerZone the zone of the charger's wall clock
     * @return the moment the charger means, or null when not set
     * @throws IllegalArgumentException if the value is not a u32
     */
    public static @Nullable ZonedDateTime toZonedDateTime(long deviceTime, ZoneId chargerZone) {
        LocalDateTime wallClock = toWallClock(deviceTime);
        return wallClock == null ? null : wallClock.atZone(chargerZone);
    }

    /**
     * @param deviceTime a u32 read from a payload
     * @param chargerZone the zone of the charger's wall clock
     * @return the instant the charger means, or null when not set
     * @throws IllegalArgumentException if the value is not a u32
     */
    public static @Nullable Instant toInstant(long deviceTime, ZoneId chargerZone) {
        ZonedDateTime zoned = toZonedDateTime(deviceTime, chargerZone);
        return zoned == null ? null : zoned.toInstant();
    }

    /**
     * @param wallClock the charger-local date-time to encode
     * @return the device time
     * @throws IllegalArgumentException if the result is not a settable u32 (before 1970-01-01 08:00:01 or after
     *             2106-02-07 14:28:14)
     */
    public static long fromWallClock(LocalDateTime wallClock) {
        long deviceTime = wallClock.toEpochSecond(DEVICE_OFFSET);
        requireU32(deviceTime);
        if (!isSet(deviceTime)) {
            throw new IllegalArgumentException("date-time encodes as the 'not set' value " + deviceTime);
        }
        return deviceTime;
    }

    /**
     * @param instant a moment, e.g. now
     * @param chargerZone the zone of the charger's wall clock
     * @return the device time of the wall clock in {@code chargerZone} at {@code instant}
     * @throws IllegalArgumentException if the result is not a settable u32
     */
    public static long fromInstant(Instant instant, ZoneId chargerZone) {
        return fromWallClock(LocalDateTime.ofInstant(instant, chargerZone));
    }

    private static void requireU32(long value) {
        if (value < 0 || value > NOT_SET) {
            throw new IllegalArgumentException("not a u32: " + value);
        }
    }
}

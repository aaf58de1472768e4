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

import java.time.Duration;
import java.time.LocalTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One day of the weekly charging plan (spec §4.15), 9 bytes.
 *
 * <pre>
 * offset width field     encoding
 *      0     1 flags     u8, bit 1 set = enabled; 1 = off, 3 = on observed
 *      1     1 hour      u8
 *      2     1 minute    u8
 *      3     2 duration  u16 minutes, ffff = none
 *      5     4 limit     u32 of unknown unit, ffffffff = none
 * </pre>
 *
 * @param duration whole minutes, null = none
 * @param limit raw u32, {@link #NO_LIMIT} = none
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record PlanSlot(int flags, int hour, int minute, @Nullable Duration duration, long limit) {

    public static final int LENGTH = 9;
    public static final long NO_LIMIT = Fields.U32_MAX;
    /** All zero, as in a GET request. */
    public static final PlanSlot EMPTY = new PlanSlot(0, 0, 0, Duration.ZERO, 0);

    private static final int ENABLED_BIT = 0x02;
    private static final int FLAGS_OFF = 1;
    private static final int FLAGS_ON = 3;

    /**
     * @throws IllegalArgumentException if a value does not fit its field
     */
    public PlanSlot {
        Fields.checkRange(flags, 0, Fields.U8_MAX, "flags");
        Fields.checkRange(hour, 0, Fields.U8_MAX, "hour");
        Fields.checkRange(minute, 0, Fields.U8_MAX, "minute");
        Fields.minutesRaw(duration, "duration");
        Fields.checkRange(limit, 0, Fields.U32_MAX, "limit");
    }

    /**
     * @return an enabled slot (flags 3) starting at {@code start} (whole minutes) for {@code duration}, no limit
     */
    public static PlanSlot on(LocalTime start, @Nullable Duration duration) {
        return new PlanSlot(FLAGS_ON, start.getHour(), start.getMinute(), duration, NO_LIMIT);
    }

    /**
     * @return a disabled slot (flags 1) keeping {@code start}, without duration or limit
     */
    public static PlanSlot off(LocalTime start) {
        return new PlanSlot(FLAGS_OFF, start.getHour(), start.getMinute(), null, NO_LIMIT);
    }

    public boolean enabled() {
        return (flags & ENABLED_BIT) != 0;
    }

    /**
     * @return the start time, or null if hour or minute is out of range
     */
    public @Nullable LocalTime start() {
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    static PlanSlot read(PayloadReader in, int offset) {
        return new PlanSlot(in.u8(offset), in.u8(offset + 1), in.u8(offset + 2),
                Fields.minutesOrNone(in.u16(offset + 3)), in.u32(offset + 5));
    }

    void write(PayloadWriter out) {
        out.u8(flags).u8(hour).u8(minute).u16(Fields.minutesRaw(duration, "duration")).u32(limit);
    }
}

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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link DeviceTime} with the vectors of spec §8.5 and the captured cases of §2.11.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class DeviceTimeTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ParameterizedTest
    @CsvSource({ "2025-01-01T12:00:00, 1735704000, 6774bdc0", "2022-04-09T00:03:41, 1649433821, 62505cdd",
            "2025-02-03T12:32:08, 1738557128, 67a046c8", "2026-09-05T17:04:09, 1788599049, 6a9bdb09" })
    void section85VectorsConvertBothWays(String wallClock, long deviceTime, String hex) {
        LocalDateTime local = LocalDateTime.parse(wallClock);

        assertThat(Long.parseLong(hex, 16), is(deviceTime));
        assertThat(DeviceTime.toWallClock(deviceTime), is(local));
        assertThat(DeviceTime.fromWallClock(local), is(deviceTime));
    }

    @Test
    void nowOnAHostInCestIsUnixTimeMinusSixHours() {
        Instant appClock = Instant.ofEpochSecond(1649455421L); // P242: charge id of the app's ChargeStart (C11)

        assertThat(DeviceTime.fromInstant(appClock, PARIS), is(1649433821L));
        assertThat(DeviceTime.toInstant(1649433821L, PARIS), is(appClock));
    }

    @Test
    void deviceTimeIsTheChargersLocalWallClockInItsZone() {
        @Nullable
        ZonedDateTime zoned = DeviceTime.toZonedDateTime(0x62505cdcL, PARIS); // C06

        assertThat(zoned, is(ZonedDateTime.of(2022, 4, 9, 0, 3, 40, 0, PARIS)));
    }

    @Test
    void utcPlus8ChargerUsesPlainUnixTime() {
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");

        assertThat(DeviceTime.fromInstant(Instant.ofEpochSecond(1735704000L), shanghai), is(1735704000L));
        assertThat(DeviceTime.toInstant(1735704000L, shanghai), is(Instant.ofEpochSecond(1735704000L)));
    }

    @ParameterizedTest
    @ValueSource(longs = { 0L, 0xFFFF_FFFFL })
    void zeroAndAllOnesMeanNotSet(long deviceTime) {
        assertThat(DeviceTime.isSet(deviceTime), is(false));
        assertThat(DeviceTime.toWallClock(deviceTime), is(nullValue()));
        assertThat(DeviceTime.toZonedDateTime(deviceTime, PARIS), is(nullValue()));
        assertThat(DeviceTime.toInstant(deviceTime, PARIS), is(nullValue()));
    }

    @Test
    void smallestAndLargestSettableValuesConvert() {
        assertThat(DeviceTime.toWallClock(1L), is(LocalDateTime.parse("1970-01-01T08:00:01")));
        assertThat(DeviceTime.toWallClock(0xFFFF_FFFEL), is(LocalDateTime.parse("2106-02-07T14:28:14")));
        assertThat(DeviceTime.fromWallClock(LocalDateTime.parse("2106-02-07T14:28:14")), is(0xFFFF_FFFEL));
    }

    @ParameterizedTest
    @ValueSource(longs = { -1L, 0x1_0000_0000L, Long.MIN_VALUE, Long.MAX_VALUE })
    void valuesThatAreNotU32AreRejected(long deviceTime) {
        assertThrows(IllegalArgumentException.class, () -> DeviceTime.toWallClock(deviceTime));
        assertThrows(IllegalArgumentException.class, () -> DeviceTime.isSet(deviceTime));
    }

    @ParameterizedTest
    @ValueSource(strings = { "1970-01-01T08:00:00", "1970-01-01T07:59:59", "2106-02-07T14:28:15",
            "2106-02-07T14:28:16" })
    void wallClocksOutsideTheSettableRangeAreRejected(String wallClock) {
        assertThrows(IllegalArgumentException.class, () -> DeviceTime.fromWallClock(LocalDateTime.parse(wallClock)));
    }
}

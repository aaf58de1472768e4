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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.MessageFixtures.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link SystemTime} (0x8101 / 0x0101, spec §4.12) against captures C06, C07, P04 and the §8 vectors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SystemTimeTest {

    @Test
    void decodesTheSetEchoesC06AndC07() throws ProtocolException {
        SystemTime later = decode("C06", SystemTime.class);
        SystemTime earlier = decode("C07", SystemTime.class);

        assertThat(later.command(), is(Command.SYSTEM_TIME_RESPONSE));
        assertThat(later.action(), is(SettingAction.SET));
        assertThat(later.time(), is(time("2022-04-09T00:03:40")));
        assertThat(earlier.action(), is(SettingAction.SET));
        assertThat(earlier.time(), is(time("2022-04-09T00:03:32")));
        assertPayloadRoundTrip("C06");
        assertPayloadRoundTrip("C07");
    }

    @Test
    void decodesTheClockCaptureP04() throws ProtocolException {
        SystemTime clock = SystemTime.decode(Command.SYSTEM_TIME_RESPONSE, Captures.capture("P04").payload());

        assertThat(clock.actionCode(), is(1));
        assertThat(clock.time(), is(time("2026-09-05T17:04:09")));
        assertThat(clock.encodePayload(), is(Captures.capture("P04").payload()));
    }

    @Test
    void encodesTheSetAndGetVectorsExactly() throws ProtocolException {
        assertEncodesAs(SystemTime.set(time("2025-01-01T12:00:00")), "V-set-system-time");
        assertEncodesAs(SystemTime.get(), "V-get-system-time");
        assertThat(decode("V-get-system-time", SystemTime.class), is(SystemTime.get()));
        assertThat(decode("V-set-system-time", SystemTime.class), is(SystemTime.set(time("2025-01-01T12:00:00"))));
    }

    @Test
    void decodesAndEncodesTheAnswerVector() throws ProtocolException {
        SystemTime answer = decode("V-system-time-response", SystemTime.class);

        assertThat(answer, is(new SystemTime(Command.SYSTEM_TIME_RESPONSE, 1, time("2025-01-01T12:00:00"))));
        assertChargerEncodesAs(answer, "V-system-time-response");
    }

    @Test
    void acceptsTheShortGetFormsOfOtherClients() throws ProtocolException {
        assertThat(SystemTime.decode(Command.SYSTEM_TIME, hex("02 00")), is(SystemTime.get()));
        assertThat(SystemTime.decode(Command.SYSTEM_TIME, hex("02")), is(SystemTime.get()));
        SystemTime emGet = SystemTime.decode(Command.SYSTEM_TIME, hex("00 00 00 00 00"));
        assertThat(emGet.action(), is(SettingAction.REPORT));
        assertThat(emGet.time(), is(nullValue()));
    }

    @Test
    void readsTheNotSetValuesAsNoTime() throws ProtocolException {
        assertThat(SystemTime.decode(Command.SYSTEM_TIME_RESPONSE, hex("00 ffffffff")).time(), is(nullValue()));
        assertThat(SystemTime.decode(Command.SYSTEM_TIME_RESPONSE, hex("00 00000000")).time(), is(nullValue()));
        assertThat(SystemTime.decode(Command.SYSTEM_TIME_RESPONSE, hex("03 00000000")).action(),
                is(SettingAction.UNKNOWN));
    }

    @Test
    void roundTripsBoundaryTimes() throws ProtocolException {
        roundTrip(SystemTime.set(time("1970-01-01T08:00:01")));
        roundTrip(SystemTime.set(time("2106-02-07T14:28:14")));
        roundTrip(new SystemTime(Command.SYSTEM_TIME_RESPONSE, 0, null));
        assertThrows(IllegalArgumentException.class, () -> SystemTime.set(time("2106-02-07T14:28:15")));
        assertThrows(IllegalArgumentException.class, () -> SystemTime.set(time("1970-01-01T08:00:00")));
    }

    @Test
    void acceptsLongerPayloadsAndRejectsShortAnswersAndSets() throws ProtocolException {
        assertThat(SystemTime.decode(Command.SYSTEM_TIME_RESPONSE, hex("01 62505cdc 00 00")),
                is(decode("C06", SystemTime.class)));
        assertTooShort(Command.SYSTEM_TIME_RESPONSE, 4);
        assertTooShort(Command.SYSTEM_TIME, 0);
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> SystemTime.decode(Command.SYSTEM_TIME, hex("01 6774")));
        assertThat(e.offset(), is(3));
    }
}

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

import java.time.Duration;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link ChargeStart} (0x8007, spec §4.8) against the official app's captures C11 and C13 and the §8.1
 * vector, with every parameter: current, reservation, limits, phase mode, ids.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChargeStartTest {

    @Test
    void decodesTheOfficialAppStartC11() throws ProtocolException {
        ChargeStart start = decode("C11", ChargeStart.class);

        assertThat(start.lineId(), is(1));
        assertThat(start.userId(), is("8600797985789243"));
        assertThat(start.chargeId(), is("1649455421288096"));
        assertThat(start.reservation(), is(false));
        assertThat(start.startTime(), is(time("2022-04-09T00:03:41")));
        assertThat(start.startType(), is(StartType.APP));
        assertThat(start.chargeType(), is(ChargeType.NORMAL));
        assertThat(start.limits(), is(ChargeLimits.NONE));
        assertThat(start.maxCurrentAmperes(), is(16));
    }

    @Test
    void decodesTheOfficialAppStartC13() throws ProtocolException {
        ChargeStart start = decode("C13", ChargeStart.class);

        assertThat(start.lineId(), is(1));
        assertThat(start.userId(), is("8607714086786243"));
        assertThat(start.chargeId(), is("1649452158240053"));
        assertThat(start.reservation(), is(false));
        assertThat(start.startTime(), is(time("2022-04-08T23:09:18")));
        assertThat(start.startTypeCode(), is(1));
        assertThat(start.chargeTypeCode(), is(1));
        assertThat(start.limits(), is(ChargeLimits.NONE));
        assertThat(start.maxCurrentAmperes(), is(16));
    }

    @Test
    void rebuildsTheAppCapturesByteForByte() throws ProtocolException {
        assertPayloadRoundTrip("C11");
        assertPayloadRoundTrip("C13");
        assertThat(ChargeStart.now("8600797985789243", "1649455421288096", time("2022-04-09T00:03:41"), 16)
                .encodePayload(), is(decode("C11", ChargeStart.class).encodePayload()));
    }

    @Test
    void encodesTheSpecificationVectorExactly() throws ProtocolException {
        ChargeStart start = ChargeStart.now("evseMQTT", "2025010112001337", time("2025-01-01T12:00:00"), 10);

        assertEncodesAs(start, "V-charge-start-10a");
        assertThat(decode("V-charge-start-10a", ChargeStart.class), is(start));
    }

    @Test
    void encodesAReservationWithLimitsForAThreePhaseUnit() throws ProtocolException {
        ChargeStart start = ChargeStart.now("openHAB", "2025010112001337", time("2025-01-01T12:00:00"), 32)
                .reservedFor(time("2025-01-01T22:30:00"))
                .withLimits(ChargeLimits.of(Duration.ofMinutes(90), dec("12.34"))).withPhaseMode(PhaseMode.THREE_PHASE);

        byte[] payload = start.encodePayload();

        assertThat(payload.length, is(ChargeStart.LENGTH));
        assertThat(payload[0], is((byte) 2));
        assertThat(payload[33], is((byte) 1));
        assertThat(slice(payload, 34, 38), is(hex("67755168")));
        assertThat(slice(payload, 40, 46), is(hex("005a 04d2 ffff")));
        assertThat(payload[46], is((byte) 32));
        assertThat(roundTrip(start), is(start));
    }

    @Test
    void forcesSinglePhaseWithLineOneAndChargeType11() throws ProtocolException {
        ChargeStart start = ChargeStart.now("openHAB", "x", time("2025-01-01T12:00:00"), 6)
                .withPhaseMode(PhaseMode.FORCED_SINGLE_PHASE);

        assertThat(start.lineId(), is(1));
        assertThat(start.chargeType(), is(ChargeType.SPECIAL));
        assertThat(start.encodePayload()[39], is((byte) 11));
        roundTrip(start);
    }

    @Test
    void choosesThePhaseModeFromThePhaseCount() {
        assertThat(PhaseMode.forPhases(1), is(PhaseMode.SINGLE_PHASE));
        assertThat(PhaseMode.forPhases(3), is(PhaseMode.THREE_PHASE));
        assertThat(PhaseMode.THREE_PHASE.lineId(), is(2));
    }

    @ParameterizedTest
    @ValueSource(ints = { 6, 16, 32 })
    void acceptsCurrentsFrom6To32Amperes(int amperes) throws ProtocolException {
        ChargeStart start = ChargeStart.now("u", "c", time("2025-01-01T12:00:00"), amperes);

        assertThat(roundTrip(start).maxCurrentAmperes(), is(amperes));
    }

    @ParameterizedTest
    @ValueSource(ints = { -1, 0, 5, 33, 255 })
    void rejectsCurrentsOutside6To32Amperes(int amperes) {
        assertThrows(IllegalArgumentException.class,
                () -> ChargeStart.now("u", "c", time("2025-01-01T12:00:00"), amperes));
    }

    @Test
    void roundTripsBoundaryValues() throws ProtocolException {
        roundTrip(new ChargeStart(0, "", "", false, null, 0, 0, new ChargeLimits(Duration.ZERO, dec("0"), 0), 0));
        roundTrip(new ChargeStart(255, "ABCDEFGHIJKLMNOP", "0123456789012345", true, time("2106-02-07T14:28:14"), 255,
                255, new ChargeLimits(Duration.ofMinutes(65534), dec("655.34"), 0xFFFF), 255));
    }

    @Test
    void truncatesTheStartTimeToWholeSeconds() {
        ChargeStart start = ChargeStart.now("u", "c", time("2025-01-01T12:00:00.999"), 10);

        assertThat(start.startTime(), is(time("2025-01-01T12:00:00")));
    }

    @Test
    void makesChargeIdsInTheAppFormat() {
        assertThat(ChargeStart.chargeId(time("2025-01-01T12:00:59"), 1337), is("2025010112001337"));
        assertThat(ChargeStart.chargeId(time("2025-12-31T23:59:00"), 7), is("2025123123590007"));
        assertThrows(IllegalArgumentException.class, () -> ChargeStart.chargeId(time("2025-01-01T12:00:00"), 10000));
    }

    @Test
    void rejectsIdsThatDoNotFitAndTimesThatCannotBeEncoded() {
        assertThrows(IllegalArgumentException.class,
                () -> ChargeStart.now("ABCDEFGHIJKLMNOPQ", "c", time("2025-01-01T12:00:00"), 10));
        assertThrows(IllegalArgumentException.class,
                () -> ChargeStart.now("u", "c\u00e9", time("2025-01-01T12:00:00"), 10));
        assertThrows(IllegalArgumentException.class, () -> ChargeStart.now("u", "c", time("1969-12-31T00:00:00"), 10));
    }

    @Test
    void acceptsLongerPayloadsAndRejectsShorterOnes() throws ProtocolException {
        ChargeStart start = decode("C11", ChargeStart.class);

        assertThat(ChargeStart.decode(extended(start.encodePayload(), 60, 0xEE)), is(start));
        assertTooShort(Command.CHARGE_START, 46);
    }

    private static byte[] slice(byte[] bytes, int from, int to) {
        return Arrays.copyOfRange(bytes, from, to);
    }
}

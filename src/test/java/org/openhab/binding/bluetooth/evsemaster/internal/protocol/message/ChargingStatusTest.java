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

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link ChargingStatus} (0x0005 / 0x0006, spec §4.7) in its 74- and 80-byte forms against capture C28 and the
 * §8.2 vector.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChargingStatusTest {

    @Test
    void decodesTheFinishedButtonSessionC28() throws ProtocolException {
        ChargingStatus status = decode("C28", ChargingStatus.class);

        assertThat(status.command(), is(Command.CHARGING_STATUS));
        assertThat(status.lineId(), is(1));
        assertThat(status.currentStateCode(), is(12));
        assertThat(status.currentState(), is(CurrentState.NOT_CONNECTED));
        assertThat(status.chargeId(), is("2026090218451130"));
        assertThat(status.startType(), is(StartType.APP));
        assertThat(status.chargeType(), is(ChargeType.NORMAL));
        assertThat(status.limits(), is(ChargeLimits.NONE));
        assertThat(status.reservationTime(), is(time("2026-09-03T00:45:06")));
        assertThat(status.userId(), is("Key"));
        assertThat(status.maxCurrentAmperes(), is(32));
        assertThat(status.startTime(), is(time("2026-09-02T18:40:36")));
        assertThat(status.duration(), is(Duration.ofSeconds(48108)));
        assertThat(status.energyAtStartKwh(), is(dec("0.00")));
        assertThat(status.energyNowKwh(), is(dec("1576.84")));
        assertThat(status.sessionEnergyKwh(), is(dec("56.50")));
        assertThat(status.chargePrice(), is(dec("0.00")));
        assertThat(status.feeType(), is(1));
        assertThat(status.chargeFeePerKwh(), is(dec("0.00")));
        assertThat(status.secondaryStateCode(), is(0xFF));
    }

    @Test
    void decodesTheSpecificationVector() throws ProtocolException {
        ChargingStatus status = decode("V-charging-status", ChargingStatus.class);

        assertThat(status.lineId(), is(1));
        assertThat(status.currentState(), is(CurrentState.CHARGING));
        assertThat(status.chargeId(), is("2025010112001337"));
        assertThat(status.startType(), is(StartType.APP));
        assertThat(status.chargeType(), is(ChargeType.NORMAL));
        assertThat(status.limits(), is(ChargeLimits.NONE));
        assertThat(status.reservationTime(), is(time("2025-01-01T12:00:00")));
        assertThat(status.userId(), is("evseMQTT"));
        assertThat(status.maxCurrentAmperes(), is(10));
        assertThat(status.startTime(), is(time("2025-01-01T12:00:00")));
        assertThat(status.duration(), is(Duration.ofHours(1)));
        assertThat(status.energyAtStartKwh(), is(dec("1230.00")));
        assertThat(status.energyNowKwh(), is(dec("1236.90")));
        assertThat(status.sessionEnergyKwh(), is(dec("6.90")));
        assertThat(status.chargePrice(), is(dec("0.00")));
        assertThat(status.feeType(), is(1));
        assertThat(status.chargeFeePerKwh(), is(dec("0.00")));
        assertThat(status.secondaryStateCode(), is(nullValue()));
        assertChargerEncodesAs(status, "V-charging-status");
    }

    @Test
    void encodesBothFormsBackToTheirBytes() throws ProtocolException {
        assertPayloadRoundTrip("V-charging-status");
        byte[] zeroPadded = Captures.capture("C28").payload();
        Arrays.fill(zeroPadded, 33, 46, (byte) 0);
        assertThat(decode("C28", ChargingStatus.class).encodePayload(), is(zeroPadded));
    }

    @Test
    void writesTheSpacePaddedUserIdOfC28ZeroPaddedAndReadsTheSameValueBack() throws ProtocolException {
        ChargingStatus status = decode("C28", ChargingStatus.class);

        assertThat(roundTrip(status).userId(), is("Key"));
    }

    @Test
    void readsPriceAndFeeBigEndian() throws ProtocolException {
        byte[] payload = Captures.capture("V-charging-status").payload();
        payload[70] = 0x05;
        payload[73] = 0x64;

        ChargingStatus status = ChargingStatus.decode(Command.CHARGING_STATUS_RESPONSE, payload);

        assertThat(status.chargePrice(), is(dec("0.05")));
        assertThat(status.chargeFeePerKwh(), is(dec("1.00")));
    }

    @Test
    void readsLimitsAndTheSecondaryState() throws ProtocolException {
        byte[] payload = extended(Captures.capture("V-charging-status").payload(), 80, 0);
        payload[20] = 0x00;
        payload[21] = 0x78;
        payload[22] = 0x03;
        payload[23] = (byte) 0xE8;
        payload[25] = 0x00;
        payload[74] = 19;

        ChargingStatus status = ChargingStatus.decode(Command.CHARGING_STATUS, payload);

        assertThat(status.limits(), is(new ChargeLimits(Duration.ofMinutes(120), dec("10.00"), 0xFF00)));
        assertThat(status.currentState(), is(CurrentState.SECONDARY_19));
        assertThat(status.encodePayload(), is(payload));
    }

    @Test
    void keepsUnknownCodesRaw() throws ProtocolException {
        byte[] payload = Captures.capture("V-charging-status").payload();
        payload[1] = 99;
        payload[18] = 7;
        payload[19] = 3;

        ChargingStatus status = ChargingStatus.decode(Command.CHARGING_STATUS, payload);

        assertThat(status.currentState(), is(CurrentState.UNKNOWN));
        assertThat(status.startType(), is(StartType.UNKNOWN));
        assertThat(status.startTypeCode(), is(7));
        assertThat(status.chargeType(), is(ChargeType.UNKNOWN));
        assertThat(status.chargeTypeCode(), is(3));
        assertThat(status.encodePayload(), is(payload));
    }

    @Test
    void decodesAnAllZeroPayloadAsNoSession() throws ProtocolException {
        ChargingStatus status = ChargingStatus.decode(Command.CHARGING_STATUS, new byte[74]);

        assertThat(status.chargeId(), is(""));
        assertThat(status.userId(), is(""));
        assertThat(status.reservationTime(), is(nullValue()));
        assertThat(status.startTime(), is(nullValue()));
        assertThat(status.limits(), is(new ChargeLimits(Duration.ZERO, BigDecimal.ZERO, 0)));
        assertThat(status.encodePayload(), is(new byte[74]));
    }

    @Test
    void acceptsLongerPayloads() throws ProtocolException {
        assertThat(ChargingStatus.decode(Command.CHARGING_STATUS, extended(Captures.capture("C28").payload(), 90, 7)),
                is(decode("C28", ChargingStatus.class)));
    }

    @Test
    void rejectsAPayloadShorterThan74Bytes() {
        assertTooShort(Command.CHARGING_STATUS, 73);
        assertTooShort(Command.CHARGING_STATUS_RESPONSE, 1);
    }

    @Test
    void roundTripsBoundaryValues() throws ProtocolException {
        BigDecimal maxU32 = dec("42949672.95");
        roundTrip(new ChargingStatus(Command.CHARGING_STATUS_RESPONSE, 255, 255, "ABCDEFGHIJKLMNOP", 255, 255,
                new ChargeLimits(Duration.ofMinutes(65534), dec("655.34"), 0), time("2106-02-07T14:28:14"),
                "0123456789ABCDEF", 255, time("1970-01-01T08:00:01"), Duration.ofSeconds(0xFFFF_FFFFL), maxU32, maxU32,
                maxU32, maxU32, 255, dec("655.35"), 255));
        roundTrip(new ChargingStatus(Command.CHARGING_STATUS, 0, 0, "", 0, 0, ChargeLimits.NONE, null, "", 0, null,
                Duration.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO,
                null));
    }

    @Test
    void rejectsValuesThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> new ChargeLimits(Duration.ofMinutes(65535), null, 0));
        assertThrows(IllegalArgumentException.class, () -> new ChargeLimits(Duration.ofSeconds(90), null, 0));
        assertThrows(IllegalArgumentException.class, () -> new ChargeLimits(null, dec("655.35"), 0));
        assertThrows(IllegalArgumentException.class, () -> new ChargeLimits(null, dec("1.001"), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new ChargingStatus(Command.CHARGING_STATUS, 1, 14, "ABCDEFGHIJKLMNOPQ", 1, 1, ChargeLimits.NONE,
                        null, "", 10, null, Duration.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO, 1, BigDecimal.ZERO, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ChargingStatus(Command.CHARGING_STATUS, 1, 14, "", 1, 1, ChargeLimits.NONE, null, "", 10,
                        null, Duration.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 1,
                        dec("655.36"), null));
    }
}

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
 * Tests the start and stop answers {@link ChargeStartResult} (0x0007) and {@link ChargeStopResult} (0x0008) and the
 * stop request {@link ChargeStop} (0x8008), spec §4.8–§4.9, against captures C08, C10, C12 and the §8 vectors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChargeStartStopTest {

    @Test
    void decodesTheStartAnswerC08() throws ProtocolException {
        ChargeStartResult result = decode("C08", ChargeStartResult.class);

        assertThat(result.lineId(), is(1));
        assertThat(result.reservationResult(), is(ReservationResult.NONE_REQUESTED));
        assertThat(result.startResult(), is(1));
        assertThat(result.errorReason(), is(StartErrorReason.NONE));
        assertThat(result.maxCurrentAmperes(), is(16));
        assertThat(result.isSuccess(), is(true));
        assertPayloadRoundTrip("C08");
    }

    @Test
    void decodesAndEncodesTheStartAnswerVector() throws ProtocolException {
        ChargeStartResult result = decode("V-charge-start-response-10a", ChargeStartResult.class);

        assertThat(result, is(new ChargeStartResult(1, 0, 1, 0, 10)));
        assertChargerEncodesAs(result, "V-charge-start-response-10a");
    }

    @Test
    void judgesSuccessByErrorReasonAndReservationResult() {
        assertThat(new ChargeStartResult(1, 1, 1, 0, 16).isSuccess(), is(true));
        assertThat(new ChargeStartResult(1, 4, 1, 0, 16).isSuccess(), is(true));
        assertThat(new ChargeStartResult(1, 3, 0, 0, 16).isSuccess(), is(false));
        assertThat(new ChargeStartResult(1, 0, 0, 1, 16).isSuccess(), is(false));
        assertThat(new ChargeStartResult(1, 0, 0, 1, 16).errorReason(), is(StartErrorReason.VEHICLE_NOT_CONNECTED));
        assertThat(new ChargeStartResult(1, 0, 0, 20, 16).errorReason(), is(StartErrorReason.RESERVATION_ACTIVE));
    }

    @Test
    void keepsUnknownReasonCodesRaw() throws ProtocolException {
        ChargeStartResult result = ChargeStartResult.decode(hex("01 0b 00 09 10"));

        assertThat(result.reservationResult(), is(ReservationResult.UNKNOWN));
        assertThat(result.reservationResultCode(), is(11));
        assertThat(result.errorReason(), is(StartErrorReason.UNKNOWN));
        assertThat(result.errorReasonCode(), is(9));
        assertThat(result.isSuccess(), is(false));
        assertThat(result.encodePayload(), is(hex("01 0b 00 09 10")));
    }

    @Test
    void decodesTheAppStopsC10AndC12() throws ProtocolException {
        assertThat(decode("C10", ChargeStop.class), is(new ChargeStop(1, "8600797985789243")));
        assertThat(decode("C12", ChargeStop.class), is(new ChargeStop(1, "8607714086786243")));
        assertPayloadRoundTrip("C10");
        assertPayloadRoundTrip("C12");
    }

    @Test
    void encodesTheStopVectorExactly() throws ProtocolException {
        assertEncodesAs(new ChargeStop(1, "evseMQTT"), "V-charge-stop");
        assertThat(decode("V-charge-stop", ChargeStop.class), is(new ChargeStop(1, "evseMQTT")));
    }

    @Test
    void decodesAndEncodesTheStopAnswerVector() throws ProtocolException {
        ChargeStopResult result = decode("V-charge-stop-response", ChargeStopResult.class);

        assertThat(result.lineId(), is(1));
        assertThat(result.stopResult(), is(1));
        assertThat(result.failReason(), is(0));
        assertThat(result.isSuccess(), is(true));
        assertChargerEncodesAs(result, "V-charge-stop-response");
        assertThat(new ChargeStopResult(1, 0, 3).isSuccess(), is(false));
    }

    @Test
    void roundTripsBoundaryValues() throws ProtocolException {
        roundTrip(new ChargeStartResult(0, 0, 0, 0, 0));
        roundTrip(new ChargeStartResult(255, 255, 255, 255, 255));
        roundTrip(new ChargeStop(0, ""));
        roundTrip(new ChargeStop(255, "ABCDEFGHIJKLMNOP"));
        roundTrip(new ChargeStopResult(0, 0, 0));
        roundTrip(new ChargeStopResult(255, 255, 255));
    }

    @Test
    void acceptsLongerPayloadsAndRejectsShorterOnes() throws ProtocolException {
        assertThat(ChargeStartResult.decode(extended(Captures.capture("C08").payload(), 9, 1)),
                is(decode("C08", ChargeStartResult.class)));
        assertThat(ChargeStopResult.decode(hex("01 01 00 ff ff")), is(new ChargeStopResult(1, 1, 0)));
        assertTooShort(Command.CHARGE_START_RESPONSE, 4);
        assertTooShort(Command.CHARGE_STOP, 46);
        assertTooShort(Command.CHARGE_STOP_RESPONSE, 2);
    }

    @Test
    void rejectsValuesThatDoNotFit() {
        assertThrows(IllegalArgumentException.class, () -> new ChargeStartResult(256, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ChargeStop(1, "ABCDEFGHIJKLMNOPQ"));
        assertThrows(IllegalArgumentException.class, () -> new ChargeStopResult(1, -1, 0));
    }
}

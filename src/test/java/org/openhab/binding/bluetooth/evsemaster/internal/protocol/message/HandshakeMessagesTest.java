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
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests the login, keep-alive, acknowledgement and request messages without a real layout (spec §4.2–§4.7, §9 D10):
 * {@link LoginRequest}, {@link LoginConfirm}, {@link Heading}, {@link HeadingResponse}, {@link PasswordError},
 * {@link AcStatusAck}, {@link ChargingStatusAck}, {@link ChargingStatusRequest}, {@link StatusRecordRequest}, against
 * captures C03, C23, C25 and the §8 vectors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class HandshakeMessagesTest {

    @Test
    void encodesTheCanonicalRequestsAsTheVectors() {
        assertEncodesAs(new LoginRequest(), "V-request-login");
        assertEncodesAs(new LoginRequest(0), "V-request-login-emproto");
        assertEncodesAs(new LoginConfirm(), "V-login-confirm");
        assertEncodesAs(new HeadingResponse(), "V-heading-response");
        assertEncodesAs(new AcStatusAck(), "V-status-ack");
        assertEncodesAs(new StatusRecordRequest(), "V-request-status-record");
        assertEncodesAs(new ChargingStatusRequest(), "V-request-charging-status");
    }

    @Test
    void decodesTheRequestVectors() throws ProtocolException {
        assertThat(decode("V-request-login", LoginRequest.class).value(), is(nullValue()));
        assertThat(decode("V-request-login-emproto", LoginRequest.class).value(), is(0));
        assertThat(decode("V-login-confirm", LoginConfirm.class).value(), is(1));
        assertThat(decode("V-heading-response", HeadingResponse.class).value(), is(1));
        assertThat(decode("V-status-ack", AcStatusAck.class).value(), is(1));
        assertThat(decode("V-request-status-record", StatusRecordRequest.class), is(new StatusRecordRequest()));
        assertThat(decode("V-request-charging-status", ChargingStatusRequest.class).value(), is(0));
    }

    @Test
    void decodesTheConfirmationEvseMqttSentC23() throws ProtocolException {
        assertThat(decode("C23", LoginConfirm.class), is(new LoginConfirm(1)));
        assertPayloadRoundTrip("C23");
    }

    @Test
    void decodesTheHeadingsC03AndC25AndTheVector() throws ProtocolException {
        assertThat(decode("C03", Heading.class), is(new Heading()));
        assertThat(decode("C25", Heading.class), is(new Heading()));
        assertChargerEncodesAs(decode("V-heading", Heading.class), "V-heading");
        assertThat(Heading.decode(hex("00 00")), is(new Heading()));
    }

    @Test
    void decodesAndEncodesThePasswordErrorVector() throws ProtocolException {
        PasswordError error = decode("V-password-error", PasswordError.class);

        assertThat(error.value(), is(0));
        assertChargerEncodesAs(error, "V-password-error");
        assertThat(PasswordError.decode(new byte[0]).value(), is(nullValue()));
    }

    @Test
    void acceptsEveryObservedAcknowledgementValue() throws ProtocolException {
        assertThat(HeadingResponse.decode(new byte[0]).value(), is(nullValue()));
        assertThat(HeadingResponse.decode(hex("00")).value(), is(0));
        assertThat(HeadingResponse.decode(new byte[16]).value(), is(0));
        assertThat(ChargingStatusAck.decode(hex("00")).value(), is(0));
        assertThat(new ChargingStatusAck().encodePayload(), is(hex("01")));
        assertThat(roundTrip(new AcStatusAck(null)).value(), is(nullValue()));
        assertThat(roundTrip(new ChargingStatusAck(255)).value(), is(255));
        assertThat(roundTrip(new LoginConfirm(0)).value(), is(0));
    }

    @Test
    void requiresTheLoginConfirmationByte() {
        assertTooShort(Command.LOGIN_CONFIRM, 0);
        assertThrows(IllegalArgumentException.class, () -> new LoginConfirm(256));
        assertThrows(IllegalArgumentException.class, () -> new HeadingResponse(-1));
    }
}

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link PasswordChange} (0x8102) and {@link LcdBrightnessRequest} (0x8162), spec §4.15.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class PasswordAndBrightnessTest {

    @Test
    void encodesThePasswordChangeVectorExactly() throws ProtocolException {
        assertEncodesAs(new PasswordChange("654321"), "V-change-password-654321");
        assertThat(decode("V-change-password-654321", PasswordChange.class).newPassword(), is("654321"));
    }

    @Test
    void neverShowsTheNewPassword() {
        assertThat(new PasswordChange("654321").toString(), not(containsString("654321")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "12345", "1234567", "12345a", "\u0661\u0662\u0663\u0664\u0665\u0666" })
    void rejectsPasswordsThatAreNotSixDigits(String password) {
        assertThrows(IllegalArgumentException.class, () -> new PasswordChange(password));
    }

    @Test
    void rejectsMalformedPasswordPayloads() {
        assertTooShort(Command.SET_PASSWORD, 5);
        ProtocolException e = assertThrows(ProtocolException.class, () -> PasswordChange.decode(hex("3132 3a 343536")));
        assertThat(e.offset(), is(2));
        assertThat(e.getMessage(), not(containsString("12")));
    }

    @Test
    void roundTripsPasswordsAndAcceptsLongerPayloads() throws ProtocolException {
        roundTrip(new PasswordChange("000000"));
        roundTrip(new PasswordChange("999999"));
        assertThat(PasswordChange.decode(hex("313233343536 00")), is(new PasswordChange("123456")));
    }

    @Test
    void encodesEvmsBrightnessRequests() throws ProtocolException {
        assertThat(LcdBrightnessRequest.get().encodePayload(), is(hex("00 01 00 01 00 00 00 00")));
        assertThat(LcdBrightnessRequest.set(55).encodePayload(), is(hex("00 02 37 00 00 00 00 00")));
        assertThat(roundTrip(LcdBrightnessRequest.get()).brightnessPercent(), is(nullValue()));
        assertThat(roundTrip(LcdBrightnessRequest.set(0)).brightnessPercent(), is(0));
        assertThat(roundTrip(LcdBrightnessRequest.set(100)).brightnessPercent(), is(100));
    }

    @Test
    void rejectsBrightnessOutside0To100AndShortPayloads() {
        assertThrows(IllegalArgumentException.class, () -> LcdBrightnessRequest.set(101));
        assertThrows(IllegalArgumentException.class, () -> LcdBrightnessRequest.set(-1));
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> LcdBrightnessRequest.decode(hex("00 02 65 00 00 00 00 00")));
        assertThat(e.offset(), is(2));
        assertTooShort(Command.MANEUVER, 7);
    }
}

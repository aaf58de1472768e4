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

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link Nickname} (0x8108 / 0x0108) and the rules of spec §4.11 / §9 D15 against the §8 vectors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class NicknameTest {

    @Test
    void encodesTheSetVectorWithPrefixAndZeroPadding() throws ProtocolException {
        assertEncodesAs(Nickname.set("Garage"), "V-set-nickname-garage");
        assertThat(decode("V-set-nickname-garage", Nickname.class), is(Nickname.set("Garage")));
    }

    @Test
    void encodesTheGetVector() throws ProtocolException {
        assertEncodesAs(Nickname.get(), "V-get-nickname");
        assertThat(decode("V-get-nickname", Nickname.class), is(Nickname.get()));
        assertThat(Nickname.decode(Command.NICKNAME, hex("02 00")), is(Nickname.get()));
    }

    @Test
    void decodesTheAnswerVectorWithoutPrefix() throws ProtocolException {
        Nickname answer = decode("V-nickname-response-garage", Nickname.class);

        assertThat(answer.command(), is(Command.NICKNAME_RESPONSE));
        assertThat(answer.action(), is(SettingAction.GET));
        assertThat(answer.name(), is("Garage"));
        assertThat(answer.advertisedName(), is("ACP#Garage"));
        assertChargerEncodesAs(answer, "V-nickname-response-garage");
    }

    @Test
    void stripsAnEchoedPrefixAndEvmsSpacePadding() throws ProtocolException {
        byte[] payload = new byte[33];
        payload[0] = 1;
        byte[] text = "ACP#Utopia     ".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(text, 0, payload, 1, text.length);

        assertThat(Nickname.decode(Command.NICKNAME_RESPONSE, payload).name(), is("Utopia"));
        assertThat(Nickname.decode(Command.NICKNAME, payload).name(), is("Utopia"));
    }

    @Test
    void acceptsTheOldFirmwaresShorterAnswer() throws ProtocolException {
        byte[] payload = hex("02 4556534539303734 0000000000000000");

        assertThat(payload.length, is(17));
        assertThat(Nickname.decode(Command.NICKNAME_RESPONSE, payload).name(), is("EVSE9074"));
        assertTooShort(Command.NICKNAME_RESPONSE, 16);
    }

    @Test
    void roundTripsEmptyAndMaximumLengthNames() throws ProtocolException {
        assertThat(roundTrip(Nickname.set("")).name(), is(""));
        assertThat(Nickname.set("").encodePayload(), is(hex("01 41435023" + "00".repeat(28))));
        assertThat(roundTrip(Nickname.set("ABCDEFGHIJK")).name(), is("ABCDEFGHIJK"));
        assertThat(roundTrip(Nickname.set(" a~b")).name(), is(" a~b"));
        assertThat(roundTrip(new Nickname(Command.NICKNAME_RESPONSE, 2, "A".repeat(32))).name(), is("A".repeat(32)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ABCDEFGHIJKL", "Garage ", "Gar\u00e4ge", "tab\there", "nul\u0000" })
    void rejectsNamesThatBreakTheRules(String name) {
        assertThrows(IllegalArgumentException.class, () -> Nickname.set(name));
    }

    @Test
    void keepsWhatFitsOfAnUnprefixedSetRequest() throws ProtocolException {
        Nickname request = Nickname.decode(Command.NICKNAME, hex("01" + "41".repeat(32)));

        assertThat(request.name(), is("A".repeat(28)));
        assertThat(roundTrip(request).name(), is("A".repeat(28)));
    }

    @Test
    void rejectsShortSetRequests() {
        assertTooShort(Command.NICKNAME, 0);
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> Nickname.decode(Command.NICKNAME, hex("01 4143")));
        assertThat(e.offset(), is(3));
    }
}

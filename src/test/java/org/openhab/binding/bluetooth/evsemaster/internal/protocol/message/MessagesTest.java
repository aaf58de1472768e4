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

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Capture;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Direction;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests the dispatch {@link Messages}: every fixture datagram decodes to its record and encodes back to its payload;
 * commands without layout and unknown codes stay {@link RawMessage}s; requests and charger messages become the
 * datagrams of the vectors.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class MessagesTest {

    private static final Map<Command, Class<? extends Message>> RECORD_OF = Map.ofEntries(
            Map.entry(Command.LOGIN_ANNOUNCEMENT, LoginInfo.class), Map.entry(Command.LOGIN_RESPONSE, LoginInfo.class),
            Map.entry(Command.HEADING, Heading.class), Map.entry(Command.AC_STATUS, AcStatus.class),
            Map.entry(Command.CHARGING_STATUS, ChargingStatus.class),
            Map.entry(Command.CHARGE_START_RESPONSE, ChargeStartResult.class),
            Map.entry(Command.CHARGE_STOP_RESPONSE, ChargeStopResult.class),
            Map.entry(Command.SYSTEM_TIME_RESPONSE, SystemTime.class), Map.entry(Command.SYSTEM_TIME, SystemTime.class),
            Map.entry(Command.CHARGE_FEE_RESPONSE, FeeSetting.class), Map.entry(Command.CHARGE_FEE, FeeSetting.class),
            Map.entry(Command.SERVICE_FEE_RESPONSE, FeeSetting.class),
            Map.entry(Command.VERSION_RESPONSE, VersionInfo.class),
            Map.entry(Command.GET_VERSION, VersionRequest.class),
            Map.entry(Command.OUTPUT_CURRENT_RESPONSE, OutputCurrent.class),
            Map.entry(Command.OUTPUT_CURRENT, OutputCurrent.class), Map.entry(Command.NICKNAME, Nickname.class),
            Map.entry(Command.NICKNAME_RESPONSE, Nickname.class),
            Map.entry(Command.TEMPERATURE_UNIT_RESPONSE, TemperatureUnitSetting.class),
            Map.entry(Command.TEMPERATURE_UNIT, TemperatureUnitSetting.class),
            Map.entry(Command.LANGUAGE, LanguageSetting.class),
            Map.entry(Command.OFFLINE_CHARGE, OfflineChargeSetting.class),
            Map.entry(Command.PASSWORD_ERROR, PasswordError.class),
            Map.entry(Command.LOGIN_CONFIRM, LoginConfirm.class), Map.entry(Command.REQUEST_LOGIN, LoginRequest.class),
            Map.entry(Command.HEADING_RESPONSE, HeadingResponse.class),
            Map.entry(Command.AC_STATUS_ACK, AcStatusAck.class),
            Map.entry(Command.REQUEST_CHARGING_STATUS, ChargingStatusRequest.class),
            Map.entry(Command.REQUEST_STATUS_RECORD, StatusRecordRequest.class),
            Map.entry(Command.CHARGE_START, ChargeStart.class), Map.entry(Command.CHARGE_STOP, ChargeStop.class),
            Map.entry(Command.SET_PASSWORD, PasswordChange.class));

    static Stream<Capture> datagrams() {
        return Captures.datagrams().stream();
    }

    @ParameterizedTest
    @MethodSource("datagrams")
    void decodesEveryFixtureDatagramToItsRecord(Capture capture) throws ProtocolException {
        Datagram datagram = Datagram.decode(capture.bytes());

        Message message = Messages.decode(datagram);

        Command command = Command.fromCode(datagram.command());
        assertThat(command, is(notNullValue()));
        Class<? extends Message> type = RECORD_OF.get(command);
        assertThat("record for " + command, type, is(notNullValue()));
        assertThat(message, instanceOf(type));
        assertThat(message.commandCode(), is(datagram.command()));
        assertThat(message.direction(), is(datagram.direction()));
        assertThat(Messages.decode(message.commandCode(), message.encodePayload()), is(message));
    }

    @Test
    void keepsCommandsWithoutKnownLayoutRaw() throws ProtocolException {
        Message maneuver = Messages.decode(Command.MANEUVER_RESPONSE.code(), hex("03 1234 00"));
        Message blePassword = Messages.decode(Command.BLE_PASSWORD.code(), hex("01 313233"));

        assertThat(maneuver, is(new RawMessage(0x0162, hex("03 1234 00"))));
        assertThat(((RawMessage) maneuver).knownCommand(), is(Command.MANEUVER_RESPONSE));
        assertThat(maneuver.encodePayload(), is(hex("03 1234 00")));
        assertThat(blePassword.toString(), not(containsString("313233")));
        for (Command command : List.of(Command.HISTORY_CHARGE_RECORD_RESPONSE, Command.PASSWORD_RESPONSE,
                Command.REMOTE_UPGRADE, Command.UPGRADE_DATA_PACKAGE_REQUEST, Command.GET_CHARGE_COUNT)) {
            assertThat(Messages.decode(command.code(), new byte[0]), instanceOf(RawMessage.class));
        }
    }

    @Test
    void keepsCodesOutsideTheCommandTableRaw() throws ProtocolException {
        RawMessage raw = (RawMessage) Messages.decode(0x7777, hex("0102"));

        assertThat(raw.command(), is(0x7777));
        assertThat(raw.knownCommand(), is(nullValue()));
        assertThat(raw.payloadHex(), is("0102"));
        assertThat(raw.direction(), is(Direction.CHARGER_TO_CLIENT));
        assertThat(raw, is(new RawMessage(0x7777, hex("0102"))));
        assertThat(raw.hashCode(), is(new RawMessage(0x7777, hex("0102")).hashCode()));
        assertThat(raw, not(is(new RawMessage(0x7777, hex("0103")))));
    }

    @Test
    void copiesRawPayloadsInAndOut() {
        byte[] payload = hex("0102");
        RawMessage raw = new RawMessage(0x8109, payload);
        payload[0] = 9;
        raw.payload()[1] = 9;

        assertThat(raw.payload(), is(hex("0102")));
        assertThat(raw.direction(), is(Direction.CLIENT_TO_CHARGER));
    }

    @Test
    void putsMessagesIntoDatagramsOfTheirDirection() {
        assertThat(HexFormat.of().formatHex(Messages.toCharger(VECTOR_SERIAL, VECTOR_PIN, new LoginRequest()).encode()),
                is(Captures.capture("V-request-login").hex()));
        assertThat(HexFormat.of().formatHex(Messages.fromCharger(VECTOR_SERIAL, new Heading()).encode()),
                is(Captures.capture("V-heading").hex()));
        assertThrows(IllegalArgumentException.class,
                () -> Messages.toCharger(VECTOR_SERIAL, VECTOR_PIN, new Heading()));
        assertThrows(IllegalArgumentException.class, () -> Messages.fromCharger(VECTOR_SERIAL, new LoginRequest()));
        assertThrows(IllegalArgumentException.class,
                () -> Messages.toCharger(VECTOR_SERIAL, "12345", new LoginRequest()));
    }

    @Test
    void namesTheCommandInTheShortPayloadError() {
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> Messages.decode(Command.AC_STATUS.code(), new byte[10]));

        assertThat(e.getMessage(), is("0x0004 payload of 10 bytes is shorter than 25 at offset 10"));
        assertThat(e.offset(), is(10));
    }
}

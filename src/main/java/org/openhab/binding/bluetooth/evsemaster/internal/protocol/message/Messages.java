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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Direction;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Dispatch between datagrams and message records: the one place that knows which record decodes which command.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Messages {

    private Messages() {
    }

    /**
     * @return the decoded payload; a {@link RawMessage} for commands whose layout is unknown and for codes outside the
     *         command table
     * @throws ProtocolException if the payload is too short (or otherwise malformed) for its command; the offset is
     *             a payload offset
     */
    public static Message decode(Datagram datagram) throws ProtocolException {
        return datagram.decodePayload();
    }

    /**
     * @param commandCode u16 command code
     * @param payload the payload bytes; only read, and no message keeps a reference to it (on which
     *            {@link Datagram#decodePayload()} relies)
     * @see #decode(Datagram)
     */
    public static Message decode(int commandCode, byte[] payload) throws ProtocolException {
        Command command = Command.fromCode(commandCode);
        if (command == null) {
            return new RawMessage(commandCode, payload);
        }
        return switch (command) {
            case LOGIN_ANNOUNCEMENT, LOGIN_RESPONSE -> LoginInfo.decode(command, payload);
            case HEADING -> Heading.decode(payload);
            case AC_STATUS, STATUS_RECORD -> AcStatus.decode(command, payload);
            case CHARGING_STATUS, CHARGING_STATUS_RESPONSE -> ChargingStatus.decode(command, payload);
            case CHARGE_START_RESPONSE -> ChargeStartResult.decode(payload);
            case CHARGE_STOP_RESPONSE -> ChargeStopResult.decode(payload);
            case CURRENT_CHARGE_RECORD, UPLOAD_LOCAL_CHARGE_RECORD -> ChargeRecord.decode(command, payload);
            case SYSTEM_TIME, SYSTEM_TIME_RESPONSE -> SystemTime.decode(command, payload);
            case CHARGE_FEE, CHARGE_FEE_RESPONSE, SERVICE_FEE, SERVICE_FEE_RESPONSE ->
                FeeSetting.decode(command, payload);
            case VERSION_RESPONSE -> VersionInfo.decode(payload);
            case OUTPUT_CURRENT, OUTPUT_CURRENT_RESPONSE -> OutputCurrent.decode(command, payload);
            case NICKNAME, NICKNAME_RESPONSE -> Nickname.decode(command, payload);
            case WIFI_INFO, WIFI_INFO_RESPONSE -> WifiSettings.decode(command, payload);
            case OFFLINE_CHARGE, OFFLINE_CHARGE_RESPONSE -> OfflineChargeSetting.decode(command, payload);
            case WEEKLY_PLAN, WEEKLY_PLAN_RESPONSE -> WeeklyPlan.decode(command, payload);
            case LANGUAGE, LANGUAGE_RESPONSE -> LanguageSetting.decode(command, payload);
            case TEMPERATURE_UNIT, TEMPERATURE_UNIT_RESPONSE -> TemperatureUnitSetting.decode(command, payload);
            case PASSWORD_ERROR -> PasswordError.decode(payload);
            case LOGIN_CONFIRM -> LoginConfirm.decode(payload);
            case REQUEST_LOGIN -> LoginRequest.decode(payload);
            case HEADING_RESPONSE -> HeadingResponse.decode(payload);
            case AC_STATUS_ACK -> AcStatusAck.decode(payload);
            case CHARGING_STATUS_ACK -> ChargingStatusAck.decode(payload);
            case REQUEST_CHARGING_STATUS -> ChargingStatusRequest.decode(payload);
            case CHARGE_START -> ChargeStart.decode(payload);
            case CHARGE_STOP -> ChargeStop.decode(payload);
            case CURRENT_CHARGE_RECORD_ACK, UPLOAD_LOCAL_CHARGE_RECORD_ACK -> ChargeRecordAck.decode(command, payload);
            case REQUEST_STATUS_RECORD -> StatusRecordRequest.decode(payload);
            case SET_PASSWORD -> PasswordChange.decode(payload);
            case GET_VERSION -> VersionRequest.decode(payload);
            case MANEUVER -> LcdBrightnessRequest.decode(payload);
            default -> new RawMessage(commandCode, payload);
        };
    }

    /**
     * @param serial the charger serial, 8 bytes
     * @param pin the charger password, 6 ASCII digits
     * @return the client→charger datagram carrying the message
     * @throws IllegalArgumentException if the message is not sent by a client, or serial or PIN are invalid
     */
    public static Datagram toCharger(byte[] serial, String pin, Message message) {
        requireDirection(message, Direction.CLIENT_TO_CHARGER);
        return Datagram.toCharger(serial, pin, message.commandCode(), message.encodePayload());
    }

    /**
     * @param serial the charger serial, 8 bytes
     * @return the charger→client datagram carrying the message (password field {@code ff} x 6)
     * @throws IllegalArgumentException if the message is not sent by a charger or the serial is invalid
     */
    public static Datagram fromCharger(byte[] serial, Message message) {
        requireDirection(message, Direction.CHARGER_TO_CLIENT);
        return Datagram.fromCharger(serial, message.commandCode(), message.encodePayload());
    }

    private static void requireDirection(Message message, Direction direction) {
        if (message.direction() != direction) {
            throw new IllegalArgumentException(message + " is not sent " + direction);
        }
    }
}

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

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link Command} against the command table of spec §3.1 and §3.2 (code and app name of every row, copied
 * here).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class CommandTest {

    @ParameterizedTest
    @CsvSource({ "0x0001,d_Login", "0x0002,d_LoginResponse", "0x0003,d_Heading", "0x0004,d_singleAC_status",
            "0x0005,d_singleAC_chargingStatusPublic_auto", "0x0006,d_singleAC_chargingStatusResponse",
            "0x0007,d_chargeStartResponse", "0x0008,d_chargeStopResponse", "0x0009,d_currentChargeRecord",
            "0x000A,d_uploadLocalChargeRecord", "0x000B,d_queryHistoryChargeRecordResponse",
            "0x000C,d_queryHistoryChargeRecord", "0x000D,d_requestStatusRecord", "0x0101,d_settingSystemTime",
            "0x0102,d_setPasswordResponse", "0x0103,d_setSecretResponse", "0x0104,d_setAndGetChargeFeeResponse",
            "0x0105,d_setAndGetServiceFeeResponse", "0x0106,d_getVersionResponse",
            "0x0107,d_setAndGetOutputElectricityResponse", "0x0108,d_setAndGetNicknameResponse",
            "0x0109,d_setAndGetBlePwdResponse", "0x010A,d_setAndGetWIFIInfoResponse",
            "0x010B,d_getServerIPPortResponse", "0x010C,d_switchCommunicationPipeResponse",
            "0x010D,d_setAndGetOffLineChargeResponse", "0x010E,d_setAndGetAlarmChargeStrategyResponse",
            "0x010F,d_setAndGetLanguageResponse", "0x0110,d_getChargeCountResponse",
            "0x0111,d_setAndGetReLaunchCountResponse", "0x0112,d_getTemperatureUnitResponse",
            "0x0150,d_remotelyUpgradeResponse", "0x0151,d_getDataPackage", "0x0152,d_remotelyUpgradeResult",
            "0x0153,d_remotelyUpgradeCancelResponse", "0x0154,d_resetDeviceResponse", "0x0155,d_passwordErrorResponse",
            "0x0162,d_getManeuverResponse", "0x8001,s_loginConfirm", "0x8002,s_requestLogin",
            "0x8003,s_headingResponse", "0x8004,s_singleAC_statusResponse", "0x8005,s_singleAC_chargingResponse",
            "0x8006,s_request_singleAC_chargingStatus_auto", "0x8007,s_chargeStart", "0x8008,s_chargeStop",
            "0x8009,s_currentChargeRecordResponse", "0x800A,s_uploadLocalChargeRecordResponse",
            "0x800B,s_requestHistoryChargeRecord", "0x800C,s_requestHistoryChargeRecordByDate",
            "0x800D,s_requestStatusRecord", "0x8101,s_setAndGetSystemTime", "0x8102,s_setPassword",
            "0x8103,s_setSecret", "0x8104,s_setAndGetChargeFee", "0x8105,s_setAndGetServiceFee", "0x8106,s_getVersion",
            "0x8107,s_setAndGetOutputElectricity", "0x8108,s_setAndGetNickname", "0x8109,s_setAndGetBlePwd",
            "0x810A,s_setAndGetWIFIInfo", "0x810B,s_getServerIPPort", "0x810C,s_switchCommunicationPipe",
            "0x810D,s_setAndGetOffLineCharge", "0x810E,s_setAndGetAlarmChargeStrategy", "0x810F,s_setAndGetLanguage",
            "0x8110,s_getChargeCount", "0x8111,s_getReLaunchCount", "0x8112,s_setAndGetTemperatureUnit",
            "0x8150,s_remotelyUpgrade", "0x8151,s_getDataPackageResponse", "0x8152,s_remotelyUpgradeResultResponse",
            "0x8153,s_remotelyUpgradeCancel", "0x8154,s_resetDevice", "0x8162,s_maneuver" })
    void listsEveryRowOfTheCommandTable(String hex, String appName) {
        int code = Integer.decode(hex);
        Command command = Command.fromCode(code);

        assertThat(command, is(notNullValue()));
        if (command != null) {
            assertThat(command.code(), is(code));
            assertThat(command.appName(), is(appName));
            assertThat(command.hex(), is(hex.toLowerCase(Locale.ROOT)));
            assertThat(command.direction(),
                    is(code >= 0x8000 ? Direction.CLIENT_TO_CHARGER : Direction.CHARGER_TO_CLIENT));
        }
    }

    @Test
    void hasExactlyTheSeventyFiveCommandsOfTheTableWithDistinctCodes() {
        assertThat(Command.values().length, is(75));
        assertThat(Arrays.stream(Command.values()).map(Command::code).collect(Collectors.toSet()).size(), is(75));
    }

    @Test
    void returnsNullForCodesOutsideTheTable() {
        assertThat(Command.fromCode(0x0000), is(nullValue()));
        assertThat(Command.fromCode(0x000E), is(nullValue()));
        assertThat(Command.fromCode(0x8000), is(nullValue()));
        assertThat(Command.fromCode(0xFFFF), is(nullValue()));
        assertThat(Command.fromCode(-1), is(nullValue()));
    }

    @Test
    void namesTheRegularAnswerOfEveryRequest() {
        assertThat(Command.REQUEST_LOGIN.answer(), is(Command.LOGIN_RESPONSE));
        assertThat(Command.OUTPUT_CURRENT.answer(), is(Command.OUTPUT_CURRENT_RESPONSE));
        assertThat(Command.GET_VERSION.answer(), is(Command.VERSION_RESPONSE));
        assertThat(Command.REQUEST_STATUS_RECORD.answer(), is(Command.STATUS_RECORD));
        assertThat(Command.REQUEST_CHARGING_STATUS.answer(), is(Command.CHARGING_STATUS_RESPONSE));
        assertThat(Command.CHARGE_START.answer(), is(Command.CHARGE_START_RESPONSE));
        assertThat(Command.CHARGE_STOP.answer(), is(Command.CHARGE_STOP_RESPONSE));
        assertThat(Command.MANEUVER.answer(), is(Command.MANEUVER_RESPONSE));
    }

    @Test
    void hasNoAnswerForAcknowledgementsAndChargerCommands() {
        for (Command command : new Command[] { Command.LOGIN_CONFIRM, Command.HEADING_RESPONSE, Command.AC_STATUS_ACK,
                Command.CHARGING_STATUS_ACK, Command.CURRENT_CHARGE_RECORD_ACK, Command.UPLOAD_LOCAL_CHARGE_RECORD_ACK,
                Command.UPGRADE_DATA_PACKAGE, Command.REMOTE_UPGRADE_RESULT_ACK, Command.HEADING,
                Command.LOGIN_RESPONSE }) {
            assertThat(command + " is not answered", command.answer(), is(nullValue()));
        }
    }
}

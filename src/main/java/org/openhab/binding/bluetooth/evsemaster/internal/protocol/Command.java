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

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Every command code of the spec's command table (§3.1 charger→client, §3.2 client→charger), with the identifier the
 * decompiled Android app uses for it. Commands whose payload is not known are listed too, so that logs and the decode
 * tool can name them; their payloads stay undecoded.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum Command {
    LOGIN_ANNOUNCEMENT(0x0001, "d_Login"),
    LOGIN_RESPONSE(0x0002, "d_LoginResponse"),
    HEADING(0x0003, "d_Heading"),
    AC_STATUS(0x0004, "d_singleAC_status"),
    CHARGING_STATUS(0x0005, "d_singleAC_chargingStatusPublic_auto"),
    CHARGING_STATUS_RESPONSE(0x0006, "d_singleAC_chargingStatusResponse"),
    CHARGE_START_RESPONSE(0x0007, "d_chargeStartResponse"),
    CHARGE_STOP_RESPONSE(0x0008, "d_chargeStopResponse"),
    CURRENT_CHARGE_RECORD(0x0009, "d_currentChargeRecord"),
    UPLOAD_LOCAL_CHARGE_RECORD(0x000A, "d_uploadLocalChargeRecord"),
    HISTORY_CHARGE_RECORD_RESPONSE(0x000B, "d_queryHistoryChargeRecordResponse"),
    HISTORY_CHARGE_RECORD_BY_DATE_RESPONSE(0x000C, "d_queryHistoryChargeRecord"),
    STATUS_RECORD(0x000D, "d_requestStatusRecord"),
    SYSTEM_TIME_RESPONSE(0x0101, "d_settingSystemTime"),
    PASSWORD_RESPONSE(0x0102, "d_setPasswordResponse"),
    SECRET_RESPONSE(0x0103, "d_setSecretResponse"),
    CHARGE_FEE_RESPONSE(0x0104, "d_setAndGetChargeFeeResponse"),
    SERVICE_FEE_RESPONSE(0x0105, "d_setAndGetServiceFeeResponse"),
    VERSION_RESPONSE(0x0106, "d_getVersionResponse"),
    OUTPUT_CURRENT_RESPONSE(0x0107, "d_setAndGetOutputElectricityResponse"),
    NICKNAME_RESPONSE(0x0108, "d_setAndGetNicknameResponse"),
    BLE_PASSWORD_RESPONSE(0x0109, "d_setAndGetBlePwdResponse"),
    WIFI_INFO_RESPONSE(0x010A, "d_setAndGetWIFIInfoResponse"),
    SERVER_IP_PORT_RESPONSE(0x010B, "d_getServerIPPortResponse"),
    SWITCH_COMMUNICATION_PIPE_RESPONSE(0x010C, "d_switchCommunicationPipeResponse"),
    OFFLINE_CHARGE_RESPONSE(0x010D, "d_setAndGetOffLineChargeResponse"),
    WEEKLY_PLAN_RESPONSE(0x010E, "d_setAndGetAlarmChargeStrategyResponse"),
    LANGUAGE_RESPONSE(0x010F, "d_setAndGetLanguageResponse"),
    CHARGE_COUNT_RESPONSE(0x0110, "d_getChargeCountResponse"),
    RELAUNCH_COUNT_RESPONSE(0x0111, "d_setAndGetReLaunchCountResponse"),
    TEMPERATURE_UNIT_RESPONSE(0x0112, "d_getTemperatureUnitResponse"),
    REMOTE_UPGRADE_RESPONSE(0x0150, "d_remotelyUpgradeResponse"),
    UPGRADE_DATA_PACKAGE_REQUEST(0x0151, "d_getDataPackage"),
    REMOTE_UPGRADE_RESULT(0x0152, "d_remotelyUpgradeResult"),
    REMOTE_UPGRADE_CANCEL_RESPONSE(0x0153, "d_remotelyUpgradeCancelResponse"),
    RESET_DEVICE_RESPONSE(0x0154, "d_resetDeviceResponse"),
    PASSWORD_ERROR(0x0155, "d_passwordErrorResponse"),
    MANEUVER_RESPONSE(0x0162, "d_getManeuverResponse"),

    LOGIN_CONFIRM(0x8001, "s_loginConfirm"),
    REQUEST_LOGIN(0x8002, "s_requestLogin"),
    HEADING_RESPONSE(0x8003, "s_headingResponse"),
    AC_STATUS_ACK(0x8004, "s_singleAC_statusResponse"),
    CHARGING_STATUS_ACK(0x8005, "s_singleAC_chargingResponse"),
    REQUEST_CHARGING_STATUS(0x8006, "s_request_singleAC_chargingStatus_auto"),
    CHARGE_START(0x8007, "s_chargeStart"),
    CHARGE_STOP(0x8008, "s_chargeStop"),
    CURRENT_CHARGE_RECORD_ACK(0x8009, "s_currentChargeRecordResponse"),
    UPLOAD_LOCAL_CHARGE_RECORD_ACK(0x800A, "s_uploadLocalChargeRecordResponse"),
    REQUEST_HISTORY_CHARGE_RECORD(0x800B, "s_requestHistoryChargeRecord"),
    REQUEST_HISTORY_CHARGE_RECORD_BY_DATE(0x800C, "s_requestHistoryChargeRecordByDate"),
    REQUEST_STATUS_RECORD(0x800D, "s_requestStatusRecord"),
    SYSTEM_TIME(0x8101, "s_setAndGetSystemTime"),
    SET_PASSWORD(0x8102, "s_setPassword"),
    SET_SECRET(0x8103, "s_setSecret"),
    CHARGE_FEE(0x8104, "s_setAndGetChargeFee"),
    SERVICE_FEE(0x8105, "s_setAndGetServiceFee"),
    GET_VERSION(0x8106, "s_getVersion"),
    OUTPUT_CURRENT(0x8107, "s_setAndGetOutputElectricity"),
    NICKNAME(0x8108, "s_setAndGetNickname"),
    BLE_PASSWORD(0x8109, "s_setAndGetBlePwd"),
    WIFI_INFO(0x810A, "s_setAndGetWIFIInfo"),
    GET_SERVER_IP_PORT(0x810B, "s_getServerIPPort"),
    SWITCH_COMMUNICATION_PIPE(0x810C, "s_switchCommunicationPipe"),
    OFFLINE_CHARGE(0x810D, "s_setAndGetOffLineCharge"),
    WEEKLY_PLAN(0x810E, "s_setAndGetAlarmChargeStrategy"),
    LANGUAGE(0x810F, "s_setAndGetLanguage"),
    GET_CHARGE_COUNT(0x8110, "s_getChargeCount"),
    GET_RELAUNCH_COUNT(0x8111, "s_getReLaunchCount"),
    TEMPERATURE_UNIT(0x8112, "s_setAndGetTemperatureUnit"),
    REMOTE_UPGRADE(0x8150, "s_remotelyUpgrade"),
    UPGRADE_DATA_PACKAGE(0x8151, "s_getDataPackageResponse"),
    REMOTE_UPGRADE_RESULT_ACK(0x8152, "s_remotelyUpgradeResultResponse"),
    REMOTE_UPGRADE_CANCEL(0x8153, "s_remotelyUpgradeCancel"),
    RESET_DEVICE(0x8154, "s_resetDevice"),
    MANEUVER(0x8162, "s_maneuver");

    /** Client commands that the charger does not answer (acknowledgements and upgrade blocks, spec §3.2). */
    private static final Set<Command> UNANSWERED = EnumSet.of(LOGIN_CONFIRM, HEADING_RESPONSE, AC_STATUS_ACK,
            CHARGING_STATUS_ACK, CURRENT_CHARGE_RECORD_ACK, UPLOAD_LOCAL_CHARGE_RECORD_ACK, UPGRADE_DATA_PACKAGE,
            REMOTE_UPGRADE_RESULT_ACK);
    /** Commands whose payload can hold a PIN, a Wi-Fi passphrase or another secret (spec §3, §4.15). */
    private static final Set<Command> SECRET_PAYLOAD = EnumSet.of(SET_PASSWORD, PASSWORD_RESPONSE, SET_SECRET,
            SECRET_RESPONSE, BLE_PASSWORD, BLE_PASSWORD_RESPONSE, WIFI_INFO, WIFI_INFO_RESPONSE);
    private static final Map<Integer, Command> BY_CODE = Stream.of(values())
            .collect(Collectors.toUnmodifiableMap(Command::code, Function.identity()));

    private final int code;
    private final String appName;

    Command(int code, String appName) {
        this.code = code;
        this.appName = appName;
    }

    /**
     * @return the u16 command code (frame offsets 19–20)
     */
    public int code() {
        return code;
    }

    /**
     * @return the identifier in the decompiled Android app, e.g. {@code d_singleAC_status}
     */
    public String appName() {
        return appName;
    }

    /**
     * @return who sends this command: bit 15 of the code
     */
    public Direction direction() {
        return Direction.ofCommand(code);
    }

    /**
     * @return the code as {@code 0x} plus four lowercase hex digits, e.g. {@code 0x8107}
     */
    public String hex() {
        return String.format(Locale.ROOT, "0x%04x", code);
    }

    /**
     * The charger's regular answer to a client request: the same code without bit 15 (0x8107 → 0x0107). A wrong
     * password produces {@link #PASSWORD_ERROR} instead.
     *
     * @return the answer, or null for charger commands and for acknowledgements, which are not answered
     */
    public @Nullable Command answer() {
        if (direction() == Direction.CHARGER_TO_CLIENT || UNANSWERED.contains(this)) {
            return null;
        }
        return fromCode(code & 0x7FFF);
    }

    /**
     * @return whether the payload may hold a secret (a PIN, a Wi-Fi passphrase), which logs must never show
     */
    public boolean carriesSecret() {
        return SECRET_PAYLOAD.contains(this);
    }

    /**
     * @param code a u16 command code
     * @return the command, or null if the code is not in the command table
     */
    public static @Nullable Command fromCode(int code) {
        return BY_CODE.get(code);
    }
}

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

import java.math.BigDecimal;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatusAck;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecordAck;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStart;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStartResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStop;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStopResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatusAck;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatusRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.FeeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Heading;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.HeadingResponse;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LcdBrightnessRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginConfirm;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineChargeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PasswordChange;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PasswordError;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.RawMessage;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.StatusRecordRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnitSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.VersionInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.VersionRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.WeeklyPlan;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.WifiSettings;

/**
 * The decoded fields of a message as a JSON object for the decode tool, every quantity with its unit. Secrets are
 * masked: the new password of 0x8102, the Wi-Fi passphrase, unknown payloads of secret-bearing commands.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class MessageJson {

    private static final String MASK = "******";

    private MessageJson() {
    }

    static JsonObject fields(Message message) {
        return switch (message) {
            case LoginInfo m -> RecordJson.login(m);
            case AcStatus m -> RecordJson.status(m);
            case ChargingStatus m -> RecordJson.chargingStatus(m);
            case ChargeStart m -> RecordJson.chargeStart(m);
            case ChargeRecord m -> RecordJson.chargeRecord(m);
            case WeeklyPlan m -> RecordJson.weeklyPlan(m);
            case RawMessage m -> RecordJson.raw(m);
            case Heading() -> new JsonObject();
            case StatusRecordRequest() -> new JsonObject();
            case VersionRequest() -> new JsonObject();
            case LoginRequest m -> value(m.value());
            case HeadingResponse m -> value(m.value());
            case PasswordError m -> value(m.value());
            case AcStatusAck m -> value(m.value());
            case ChargingStatusAck m -> value(m.value());
            case ChargingStatusRequest m -> value(m.value());
            case LoginConfirm m -> value(m.value());
            case ChargeStartResult m -> new JsonObject().add("lineId", m.lineId())
                    .coded("reservationResult", m.reservationResultCode(), m.reservationResult())
                    .add("startResult", m.startResult()).coded("errorReason", m.errorReasonCode(), m.errorReason())
                    .quantity("maxCurrent", m.maxCurrentAmperes(), RecordJson.AMPERES).add("success", m.isSuccess());
            case ChargeStop m -> new JsonObject().add("lineId", m.lineId()).add("userId", m.userId());
            case ChargeStopResult m -> new JsonObject().add("lineId", m.lineId()).add("stopResult", m.stopResult())
                    .add("failReason", m.failReason()).add("success", m.isSuccess());
            case ChargeRecordAck m ->
                new JsonObject().add("lineId", m.lineId()).add("chargeId", m.chargeId()).add("status", m.status());
            case SystemTime m -> new JsonObject().coded("action", m.actionCode(), m.action()).time("time", m.time());
            case PasswordChange m -> new JsonObject().add("newPassword", MASK);
            case FeeSetting m -> new JsonObject().coded("action", m.actionCode(), m.action())
                    .add("rateType", m.rateType()).quantity("fee", m.feePerKwh(), RecordJson.FEE);
            case VersionInfo m -> version(m);
            case OutputCurrent m -> new JsonObject().coded("action", m.actionCode(), m.action()).quantity("current",
                    m.amperes(), RecordJson.AMPERES);
            case Nickname m -> new JsonObject().coded("action", m.actionCode(), m.action()).add("name", m.name());
            case WifiSettings m -> new JsonObject().coded("action", m.actionCode(), m.action()).add("ssid", m.ssid())
                    .add("passphrase", MASK).add("serverAddress", m.serverAddress().getHostAddress())
                    .add("serverPort", m.serverPort());
            case OfflineChargeSetting m -> new JsonObject().coded("action", m.actionCode(), m.action())
                    .coded("offlineCharge", m.statusCode(), m.offlineCharge());
            case LanguageSetting m -> new JsonObject().coded("action", m.actionCode(), m.action()).coded("language",
                    m.languageCode(), m.language());
            case TemperatureUnitSetting m ->
                new JsonObject().coded("action", m.actionCode(), m.action()).coded("unit", m.unitCode(), m.unit());
            case LcdBrightnessRequest m -> brightness(m.brightnessPercent());
        };
    }

    private static JsonObject value(@Nullable Integer value) {
        return value == null ? new JsonObject() : new JsonObject().add("value", value);
    }

    private static JsonObject version(VersionInfo m) {
        Long flags = m.featureFlags();
        Integer support = m.supportByte();
        JsonObject json = new JsonObject().add("hardwareVersion", m.hardwareVersion()).add("softwareVersion",
                m.softwareVersion());
        if (flags != null) {
            json.add("featureFlags", String.format(Locale.ROOT, "0x%08x", flags));
        }
        if (support != null) {
            json.add("supportByte", support);
        }
        return json;
    }

    private static JsonObject brightness(@Nullable Integer percent) {
        JsonObject json = new JsonObject().add("operation", percent == null ? "get" : "set");
        return percent == null ? json : json.quantity("brightness", BigDecimal.valueOf(percent), "%");
    }
}

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
package org.openhab.binding.bluetooth.evsemaster.internal.session;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatusAck;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecordAck;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatusAck;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.CurrentState;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.FeeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineChargeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputState;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnitSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.VersionInfo;

/**
 * What the session knows about the charger, fed by the charger's pushes and answers, and reported to the listener:
 * identity, live status and active errors, the charging session, settings, and charge records. Acknowledges 0x0004,
 * 0x0005 and the records (spec §5.2 step 7, §4.13).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ChargerModel {

    /** Charge ids remembered to report each repeated record once. */
    private static final int REMEMBERED_RECORDS = 16;
    /** The status byte of a 0x8009 acknowledgement (EM; its meaning is unknown). */
    private static final int RECORD_ACK_STATUS = 1;
    /** The one-byte 0x800A payload {@code 01} (SD), which the ack record models as line id 1 without charge id. */
    private static final int UPLOAD_ACK_PAYLOAD = 1;

    private final SessionListener listener;
    private final Outbound outbound;
    private final Deque<String> reportedRecords = new ArrayDeque<>();
    private @Nullable LoginInfo loginInfo;
    private @Nullable AcStatus status;
    private Set<ErrorFlag> errors = Set.of();
    private @Nullable Integer outputCurrent;
    private @Nullable String name;
    private @Nullable Language language;
    private @Nullable TemperatureUnit temperatureUnit;
    private @Nullable OfflineCharge offlineCharge;
    private @Nullable BigDecimal chargeFee;
    private @Nullable BigDecimal serviceFee;
    private @Nullable Integer lcdBrightness;
    private @Nullable ChargerSettings reported;

    ChargerModel(SessionListener listener, Outbound outbound) {
        this.listener = listener;
        this.outbound = outbound;
    }

    void onLoginInfo(LoginInfo info) {
        loginInfo = info;
    }

    @Nullable
    LoginInfo loginInfo() {
        return loginInfo;
    }

    /**
     * @return whether the last status shows a running session: output relay on or state "charging"
     */
    boolean isCharging() {
        AcStatus last = status;
        return last != null
                && (last.outputState() == OutputState.CHARGING || last.currentState() == CurrentState.CHARGING);
    }

    /**
     * @param version the version answer, null if the charger did not answer
     */
    void reportIdentity(@Nullable VersionInfo version) {
        LoginInfo info = loginInfo;
        if (info != null) {
            listener.onIdentity(new ChargerIdentity(outbound.serialHex(), info.brand(), info.model(),
                    info.hardwareVersion(), version == null ? null : version.softwareVersion(), info.deviceType(),
                    info.phases(), info.ratedPowerWatts(), info.ratedCurrentAmperes()));
        }
    }

    void onLcdBrightness(int percent) {
        lcdBrightness = percent;
        reportSettings();
    }

    /**
     * Takes in a charger message: pushes, settings answers and reports. Other messages are left alone.
     */
    void accept(Message message) {
        switch (message) {
            case AcStatus acStatus -> onStatus(acStatus);
            case ChargingStatus chargingStatus -> onChargingStatus(chargingStatus);
            case ChargeRecord record -> onRecord(record);
            default -> onSetting(message);
        }
    }

    private void onSetting(Message message) {
        switch (message) {
            case OutputCurrent current -> outputCurrent = current.amperes();
            case Nickname nickname -> name = nickname.name();
            case LanguageSetting setting -> language = setting.language();
            case TemperatureUnitSetting setting -> temperatureUnit = setting.unit();
            case OfflineChargeSetting setting -> offlineCharge = setting.offlineCharge();
            case FeeSetting fee -> onFee(fee);
            default -> {
                return;
            }
        }
        reportSettings();
    }

    private void onChargingStatus(ChargingStatus chargingStatus) {
        if (chargingStatus.command() == Command.CHARGING_STATUS) {
            outbound.send(new ChargingStatusAck());
        }
        listener.onChargingSession(chargingStatus);
    }

    private void onStatus(AcStatus acStatus) {
        if (acStatus.command() == Command.AC_STATUS) {
            outbound.send(new AcStatusAck());
        }
        status = acStatus;
        listener.onStatus(acStatus);
        Set<ErrorFlag> active = acStatus.errors();
        if (!active.equals(errors)) {
            Set<ErrorFlag> raised = difference(active, errors);
            Set<ErrorFlag> cleared = difference(errors, active);
            errors = Set.copyOf(active);
            listener.onErrors(errors, raised, cleared);
        }
    }

    private void onRecord(ChargeRecord record) {
        ChargeRecordAck ack = record.command() == Command.CURRENT_CHARGE_RECORD
                ? ChargeRecordAck.forRecord(record, RECORD_ACK_STATUS)
                : new ChargeRecordAck(Command.UPLOAD_LOCAL_CHARGE_RECORD_ACK, UPLOAD_ACK_PAYLOAD, null, 0);
        outbound.send(ack);
        String key = record.chargeId() + '@' + record.stopTime();
        if (!reportedRecords.contains(key)) {
            reportedRecords.addLast(key);
            if (reportedRecords.size() > REMEMBERED_RECORDS) {
                reportedRecords.removeFirst();
            }
            listener.onChargeRecord(record);
        }
    }

    private void onFee(FeeSetting fee) {
        if (fee.command() == Command.CHARGE_FEE_RESPONSE) {
            chargeFee = fee.feePerKwh();
        } else if (fee.command() == Command.SERVICE_FEE_RESPONSE) {
            serviceFee = fee.feePerKwh();
        }
    }

    private void reportSettings() {
        ChargerSettings settings = new ChargerSettings(outputCurrent, name, language, temperatureUnit, offlineCharge,
                chargeFee, serviceFee, lcdBrightness);
        if (!Objects.equals(settings, reported)) {
            reported = settings;
            listener.onSettings(settings);
        }
    }

    private static Set<ErrorFlag> difference(Set<ErrorFlag> from, Set<ErrorFlag> without) {
        Set<ErrorFlag> result = EnumSet.noneOf(ErrorFlag.class);
        result.addAll(from);
        result.removeAll(without);
        return Set.copyOf(result);
    }
}

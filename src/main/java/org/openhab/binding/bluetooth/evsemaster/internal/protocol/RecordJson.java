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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeLimits;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStart;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.CurrentState;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PhaseMeasurement;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PlanSlot;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.RawMessage;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.WeeklyPlan;

/**
 * JSON members, with units, of the larger message records (status, session, start, record, login, plan) for the
 * decode tool; {@link MessageJson} covers the rest.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class RecordJson {

    static final String KWH = "kWh";
    static final String AMPERES = "A";
    static final String PRICE = "currency";
    static final String FEE = "currency/kWh";
    static final String SECONDS = "s";
    static final String MINUTES = "min";

    /** Commands whose unknown payload may hold a secret: their bytes are not printed. */

    private RecordJson() {
    }

    static JsonObject login(LoginInfo m) {
        return new JsonObject().add("deviceType", m.deviceType()).add("phases", m.phases()).add("brand", m.brand())
                .add("model", m.model()).add("hardwareVersion", m.hardwareVersion())
                .quantity("ratedPower", m.ratedPowerWatts(), "W")
                .quantity("ratedCurrent", m.ratedCurrentAmperes(), AMPERES).add("hotline", m.hotline());
    }

    static JsonObject status(AcStatus m) {
        JsonObject json = new JsonObject().add("lineId", m.lineId());
        List<PhaseMeasurement> phases = m.phases();
        for (int i = 0; i < phases.size(); i++) {
            json.quantity("voltageL" + (i + 1), phases.get(i).volts(), "V").quantity("currentL" + (i + 1),
                    phases.get(i).amperes(), AMPERES);
        }
        Integer secondary = m.secondaryStateCode();
        json.quantity("power", m.powerWatts(), "W").quantity("totalPower", m.totalPowerWatts(), "W")
                .quantity("energy", m.energyKwh(), KWH)
                .quantity("innerTemperature", m.innerTemperatureCelsius(), "\u00b0C")
                .quantity("outerTemperature", m.outerTemperatureCelsius(), "\u00b0C")
                .add("emergencyButton", m.emergencyButtonCode()).coded("plugState", m.plugStateCode(), m.plugState())
                .coded("outputState", m.outputStateCode(), m.outputState())
                .coded("currentState", m.currentStateCode(), CurrentState.fromCode(m.currentStateCode()));
        if (secondary != null) {
            json.coded("secondaryState", secondary, CurrentState.fromCode(secondary));
        }
        return json.coded("effectiveState", m.currentState().code(), m.currentState())
                .coded("appStatus", m.appChargingStatus().code(), m.appChargingStatus())
                .add("errorBits", String.format(Locale.ROOT, "0x%08x", m.errorBits()))
                .strings("errors", m.errors().stream().map(ErrorFlag::toString).toList());
    }

    static JsonObject chargingStatus(ChargingStatus m) {
        JsonObject json = new JsonObject().add("lineId", m.lineId()).coded("currentState", m.currentStateCode(),
                CurrentState.fromCode(m.currentStateCode()));
        Integer secondary = m.secondaryStateCode();
        if (secondary != null) {
            json.coded("secondaryState", secondary, CurrentState.fromCode(secondary));
        }
        json.add("chargeId", m.chargeId()).coded("startType", m.startTypeCode(), m.startType()).coded("chargeType",
                m.chargeTypeCode(), m.chargeType());
        limits(json, m.limits()).time("reservationTime", m.reservationTime()).add("userId", m.userId())
                .quantity("maxCurrent", m.maxCurrentAmperes(), AMPERES).time("startTime", m.startTime())
                .quantity("duration", m.duration().toSeconds(), SECONDS)
                .quantity("energyAtStart", m.energyAtStartKwh(), KWH).quantity("energyNow", m.energyNowKwh(), KWH)
                .quantity("sessionEnergy", m.sessionEnergyKwh(), KWH).quantity("chargePrice", m.chargePrice(), PRICE)
                .add("feeType", m.feeType()).quantity("chargeFee", m.chargeFeePerKwh(), FEE);
        return json;
    }

    static JsonObject chargeStart(ChargeStart m) {
        JsonObject json = new JsonObject().add("lineId", m.lineId()).add("userId", m.userId())
                .add("chargeId", m.chargeId()).add("reservation", m.reservation()).time("startTime", m.startTime())
                .coded("startType", m.startTypeCode(), m.startType())
                .coded("chargeType", m.chargeTypeCode(), m.chargeType());
        return limits(json, m.limits()).quantity("maxCurrent", m.maxCurrentAmperes(), AMPERES);
    }

    static JsonObject chargeRecord(ChargeRecord m) {
        return new JsonObject().add("lineId", m.lineId()).add("startUserId", m.startUserId())
                .add("endUserId", m.endUserId()).add("chargeId", m.chargeId()).add("reservation", m.reservationFlag())
                .coded("startType", m.startTypeCode(), m.startType())
                .coded("chargeType", m.chargeTypeCode(), m.chargeType())
                .quantity("maxDuration", minutes(m.maxDuration()), MINUTES).add("energyLimitRaw", m.energyLimitRaw())
                .add("costLimitRaw", m.costLimitRaw()).coded("stopReason", m.stopReasonCode(), m.stopReason())
                .add("stopCharge", m.stopChargeFlag()).time("reservationTime", m.reservationTime())
                .time("startTime", m.startTime()).time("stopTime", m.stopTime())
                .quantity("chargedTime", m.chargedDuration().toSeconds(), SECONDS)
                .quantity("energyAtStart", m.energyAtStartKwh(), KWH).quantity("energyAtStop", m.energyAtStopKwh(), KWH)
                .quantity("sessionEnergy", m.sessionEnergyKwh(), KWH).quantity("chargePrice", m.chargePrice(), PRICE)
                .add("feeType", m.feeType()).quantity("chargeFee", m.chargeFeePerKwh(), FEE)
                .add("logLength", m.logLength());
    }

    static JsonObject weeklyPlan(WeeklyPlan m) {
        List<JsonObject> slots = new ArrayList<>();
        for (PlanSlot slot : m.slots()) {
            slots.add(
                    new JsonObject().add("flags", slot.flags()).add("enabled", slot.enabled()).add("hour", slot.hour())
                            .add("minute", slot.minute()).quantity("duration", minutes(slot.duration()), MINUTES)
                            .add("limit", slot.limit() == PlanSlot.NO_LIMIT ? null : Long.toString(slot.limit())));
        }
        return new JsonObject().coded("action", m.actionCode(), m.action()).objects("slots", slots);
    }

    static JsonObject raw(RawMessage m) {
        Command command = m.knownCommand();
        boolean secret = command != null && command.carriesSecret();
        return new JsonObject().add("payloadLength", m.payload().length).add("payloadHex",
                secret ? "(hidden: may hold a secret)" : m.payloadHex());
    }

    private static JsonObject limits(JsonObject json, ChargeLimits limits) {
        return json.quantity("maxDuration", minutes(limits.maxDuration()), MINUTES)
                .quantity("maxEnergy", limits.maxEnergyKwh(), KWH)
                .add("limit3", limits.limit3() == ChargeLimits.NO_LIMIT ? null : Integer.toString(limits.limit3()));
    }

    private static @Nullable BigDecimal minutes(@Nullable Duration duration) {
        return duration == null ? null : BigDecimal.valueOf(duration.toMinutes());
    }
}

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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * A finished session (spec §4.13): 0x0009 CurrentChargeRecord after a session and 0x000A UploadLocalChargeRecord for
 * stored sessions; both repeated every few seconds until acknowledged with {@link ChargeRecordAck}.
 *
 * <pre>
 * offset width field                    encoding
 *      0     1 line id                  u8
 *      1    16 start user id            ASCII; "Key" + spaces for a button start
 *     17    16 end user id / stop text  ASCII, e.g. "Power Down"
 *     33    16 charge id                ASCII
 *     49     1 has reservation          u8
 *     50     1 start type               {@link StartType}
 *     51     1 charge type              {@link ChargeType}
 *     52     2 limit 1                  u16 minutes, ffff = none
 *     54     2 limit 2                  u16 raw; the app scales it × 0.001 here, × 0.01 in 0x0005 (§9 D21)
 *     56     2 limit 3                  u16 raw; the app scales it × 0.01
 *     58     1 stop reason              {@link StopReason}; ff = see the stop text
 *     59     1 has stop charge          u8
 *     60     4 reservation time         device time (§2.11)
 *     64     4 start time               device time
 *     68     4 stop time                device time
 *     72     4 charged time             u32 s
 *     76     4 energy counter at start  u32 × 0.01 kWh
 *     80     4 energy counter at stop   u32 × 0.01 kWh
 *     84     4 session energy           u32 × 0.01 kWh
 *     88     4 charge price             u32 × 0.01 currency units, big-endian (§9 D19)
 *     92     1 fee type                 u8
 *     93     2 charge fee               u16 × 0.01 currency units per kWh
 *     95     2 log length               u16 (uncertain)
 *     97     … sample arrays            not decoded: offsets and byte order unresolved (§9 D29)
 * </pre>
 *
 * At least 97 bytes (155 seen); {@link #encodePayload()} writes the first 97, ids {@code 00}-padded (the space
 * padding of charger-made ids is stripped when decoding).
 *
 * @param command {@link Command#CURRENT_CHARGE_RECORD} or {@link Command#UPLOAD_LOCAL_CHARGE_RECORD}
 * @param maxDuration limit 1 in whole minutes, null = none
 * @param reservationTime charger wall-clock time, null when not set
 * @param startTime charger wall-clock time, null when not set
 * @param stopTime charger wall-clock time, null when not set
 * @param chargedDuration whole seconds
 * @param energyAtStartKwh lifetime counter at the start in kWh, resolution 0.01 kWh
 * @param energyAtStopKwh lifetime counter at the stop in kWh, resolution 0.01 kWh
 * @param sessionEnergyKwh energy of the session in kWh, resolution 0.01 kWh
 * @param chargePrice in currency units, resolution 0.01
 * @param chargeFeePerKwh in currency units per kWh, resolution 0.01
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargeRecord(Command command, int lineId, String startUserId, String endUserId, String chargeId,
        int reservationFlag, int startTypeCode, int chargeTypeCode, @Nullable Duration maxDuration, int energyLimitRaw,
        int costLimitRaw, int stopReasonCode, int stopChargeFlag, @Nullable LocalDateTime reservationTime,
        @Nullable LocalDateTime startTime, @Nullable LocalDateTime stopTime, Duration chargedDuration,
        BigDecimal energyAtStartKwh, BigDecimal energyAtStopKwh, BigDecimal sessionEnergyKwh, BigDecimal chargePrice,
        int feeType, BigDecimal chargeFeePerKwh, int logLength) implements TypedMessage {

    public static final int MIN_LENGTH = 97;
    private static final int ID_WIDTH = 16;
    private static final int DECIMALS = 2;
    private static final BigDecimal MAX_U32 = Fields.scaled(Fields.U32_MAX, DECIMALS);
    private static final BigDecimal MAX_U16 = Fields.scaled(Fields.U16_MAX, DECIMALS);

    /**
     * @throws IllegalArgumentException if a value does not fit its field or the command is not 0x0009/0x000A
     */
    public ChargeRecord {
        Fields.checkCommand(command, Command.CURRENT_CHARGE_RECORD, Command.UPLOAD_LOCAL_CHARGE_RECORD);
        for (int value : new int[] { lineId, reservationFlag, startTypeCode, chargeTypeCode, stopReasonCode,
                stopChargeFlag, feeType }) {
            Fields.checkRange(value, 0, Fields.U8_MAX, "u8 field");
        }
        for (String id : new String[] { startUserId, endUserId, chargeId }) {
            Fields.checkText(id, ID_WIDTH, "id");
        }
        Fields.minutesRaw(maxDuration, "limit 1");
        for (int value : new int[] { energyLimitRaw, costLimitRaw, logLength }) {
            Fields.checkRange(value, 0, Fields.U16_MAX, "u16 field");
        }
        reservationTime = Fields.checkTime(reservationTime);
        startTime = Fields.checkTime(startTime);
        stopTime = Fields.checkTime(stopTime);
        Fields.checkRange(chargedDuration.toSeconds(), 0, Fields.U32_MAX, "charged time");
        chargedDuration = Duration.ofSeconds(chargedDuration.toSeconds());
        energyAtStartKwh = Fields.checkScaled(energyAtStartKwh, MAX_U32, "energy at start");
        energyAtStopKwh = Fields.checkScaled(energyAtStopKwh, MAX_U32, "energy at stop");
        sessionEnergyKwh = Fields.checkScaled(sessionEnergyKwh, MAX_U32, "session energy");
        chargePrice = Fields.checkScaled(chargePrice, MAX_U32, "charge price");
        chargeFeePerKwh = Fields.checkScaled(chargeFeePerKwh, MAX_U16, "charge fee");
    }

    public StopReason stopReason() {
        return StopReason.fromCode(stopReasonCode);
    }

    public StartType startType() {
        return StartType.fromCode(startTypeCode);
    }

    public ChargeType chargeType() {
        return ChargeType.fromCode(chargeTypeCode);
    }

    public static ChargeRecord decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(command, payload, MIN_LENGTH);
        return new ChargeRecord(command, in.u8(0), in.text(1, ID_WIDTH), in.text(17, ID_WIDTH), in.text(33, ID_WIDTH),
                in.u8(49), in.u8(50), in.u8(51), Fields.minutesOrNone(in.u16(52)), in.u16(54), in.u16(56), in.u8(58),
                in.u8(59), in.time(60), in.time(64), in.time(68), Duration.ofSeconds(in.u32(72)),
                in.scaledU32(76, DECIMALS), in.scaledU32(80, DECIMALS), in.scaledU32(84, DECIMALS),
                in.scaledU32(88, DECIMALS), in.u8(92), in.scaledU16(93, DECIMALS), in.u16(95));
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u8(lineId).text(startUserId, ID_WIDTH).text(endUserId, ID_WIDTH)
                .text(chargeId, ID_WIDTH).u8(reservationFlag).u8(startTypeCode).u8(chargeTypeCode)
                .u16(Fields.minutesRaw(maxDuration, "limit 1")).u16(energyLimitRaw).u16(costLimitRaw).u8(stopReasonCode)
                .u8(stopChargeFlag).time(reservationTime).time(startTime).time(stopTime)
                .u32(chargedDuration.toSeconds()).scaledU32(energyAtStartKwh, DECIMALS)
                .scaledU32(energyAtStopKwh, DECIMALS).scaledU32(sessionEnergyKwh, DECIMALS)
                .scaledU32(chargePrice, DECIMALS).u8(feeType).scaledU16(chargeFeePerKwh, DECIMALS).u16(logLength)
                .toByteArray();
    }
}

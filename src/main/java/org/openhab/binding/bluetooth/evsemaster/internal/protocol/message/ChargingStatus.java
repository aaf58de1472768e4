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
 * The current or last session (spec §4.7): 0x0005, pushed periodically while registered, and 0x0006, the answer to
 * 0x8006 (same layout). All fields are zero/empty if no session ever ran.
 *
 * <pre>
 * offset width field                    encoding
 *      0     1 line id                  u8, 01 observed
 *      1     1 current state            {@link CurrentState}; 13 seen during running sessions, see §6.4
 *      2    16 charge id                ASCII
 *     18     1 start type               {@link StartType}
 *     19     1 charge type              {@link ChargeType}
 *     20     6 limits                   {@link ChargeLimits}
 *     26     4 reservation time         device time (§2.11)
 *     30    16 user id                  ASCII, 00- or space-padded
 *     46     1 max current              u8 A
 *     47     4 start time               device time
 *     51     4 duration                 u32 s
 *     55     4 energy counter at start  u32 × 0.01 kWh; 0 once the session has finished
 *     59     4 energy counter now       u32 × 0.01 kWh
 *     63     4 session energy           u32 × 0.01 kWh
 *     67     4 charge price             u32 × 0.01 currency units, big-endian (§9 D19)
 *     71     1 fee type                 u8, 01 in every capture
 *     72     2 charge fee               u16 × 0.01 currency units per kWh, big-endian (§9 D19)
 *     74     1 secondary state          ff = unused; 18 or 19 replace byte 1 (80-byte payload)
 *     75     5 unknown                  00; not kept
 * </pre>
 *
 * Times are big-endian like every other field (§9 D20). Payloads of 74 and 80 bytes are decoded, longer ones
 * accepted; {@link #encodePayload()} writes 80 bytes when a secondary state is present, else 74. Ids are written
 * {@code 00}-padded: the space padding of charger-made ids (C28: "Key" + 13 spaces) is stripped when decoding.
 *
 * @param command {@link Command#CHARGING_STATUS} or {@link Command#CHARGING_STATUS_RESPONSE}
 * @param reservationTime charger wall-clock time, null when not set (0)
 * @param maxCurrentAmperes session current limit in A
 * @param startTime charger wall-clock time, null when not set (0)
 * @param duration session duration, whole seconds
 * @param energyAtStartKwh lifetime counter at the start in kWh, resolution 0.01 kWh
 * @param energyNowKwh lifetime counter now in kWh, resolution 0.01 kWh
 * @param sessionEnergyKwh energy of the session in kWh, resolution 0.01 kWh
 * @param chargePrice in currency units, resolution 0.01
 * @param chargeFeePerKwh in currency units per kWh, resolution 0.01
 * @param secondaryStateCode byte 74 of an 80-byte payload ({@code ff} = unused), null for 74 bytes
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargingStatus(Command command, int lineId, int currentStateCode, String chargeId, int startTypeCode,
        int chargeTypeCode, ChargeLimits limits, @Nullable LocalDateTime reservationTime, String userId,
        int maxCurrentAmperes, @Nullable LocalDateTime startTime, Duration duration, BigDecimal energyAtStartKwh,
        BigDecimal energyNowKwh, BigDecimal sessionEnergyKwh, BigDecimal chargePrice, int feeType,
        BigDecimal chargeFeePerKwh, @Nullable Integer secondaryStateCode) implements TypedMessage {

    public static final int MIN_LENGTH = 74;
    public static final int EXTENDED_LENGTH = 80;
    private static final int ID_WIDTH = 16;
    private static final int DECIMALS = 2;
    private static final BigDecimal MAX_U32 = Fields.scaled(Fields.U32_MAX, DECIMALS);
    private static final BigDecimal MAX_U16 = Fields.scaled(Fields.U16_MAX, DECIMALS);
    private static final String U8_FIELD = "u8 field";

    /**
     * @throws IllegalArgumentException if a value does not fit its field or the command is not 0x0005/0x0006
     */
    public ChargingStatus {
        Fields.checkCommand(command, Command.CHARGING_STATUS, Command.CHARGING_STATUS_RESPONSE);
        Fields.checkU8(lineId, U8_FIELD);
        Fields.checkU8(currentStateCode, U8_FIELD);
        Fields.checkU8(startTypeCode, U8_FIELD);
        Fields.checkU8(chargeTypeCode, U8_FIELD);
        Fields.checkU8(maxCurrentAmperes, U8_FIELD);
        Fields.checkU8(feeType, U8_FIELD);
        if (secondaryStateCode != null) {
            Fields.checkU8(secondaryStateCode, U8_FIELD);
        }
        Fields.checkText(chargeId, ID_WIDTH, "charge id");
        Fields.checkText(userId, ID_WIDTH, "user id");
        reservationTime = Fields.checkTime(reservationTime);
        startTime = Fields.checkTime(startTime);
        Fields.checkRange(duration.toSeconds(), 0, Fields.U32_MAX, "duration");
        if (duration.getNano() != 0) {
            duration = Duration.ofSeconds(duration.toSeconds());
        }
        energyAtStartKwh = Fields.checkScaled(energyAtStartKwh, MAX_U32, "energy at start");
        energyNowKwh = Fields.checkScaled(energyNowKwh, MAX_U32, "energy now");
        sessionEnergyKwh = Fields.checkScaled(sessionEnergyKwh, MAX_U32, "session energy");
        chargePrice = Fields.checkScaled(chargePrice, MAX_U32, "charge price");
        chargeFeePerKwh = Fields.checkScaled(chargeFeePerKwh, MAX_U16, "charge fee");
    }

    /**
     * @return the state in effect: the secondary state if it is 18 or 19, else byte 1 (spec §6.4)
     */
    public CurrentState currentState() {
        Integer secondary = secondaryStateCode;
        return CurrentState.fromCode(CurrentState.effective(currentStateCode, secondary == null ? -1 : secondary));
    }

    public StartType startType() {
        return StartType.fromCode(startTypeCode);
    }

    public ChargeType chargeType() {
        return ChargeType.fromCode(chargeTypeCode);
    }

    public static ChargingStatus decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(command, payload, MIN_LENGTH);
        return new ChargingStatus(command, in.u8(0), in.u8(1), in.text(2, ID_WIDTH), in.u8(18), in.u8(19),
                ChargeLimits.read(in, 20), in.time(26), in.text(30, ID_WIDTH), in.u8(46), in.time(47),
                Duration.ofSeconds(in.u32(51)), in.scaledU32(55, DECIMALS), in.scaledU32(59, DECIMALS),
                in.scaledU32(63, DECIMALS), in.scaledU32(67, DECIMALS), in.u8(71), in.scaledU16(72, DECIMALS),
                in.length() < EXTENDED_LENGTH ? null : in.u8(74));
    }

    @Override
    public byte[] encodePayload() {
        PayloadWriter out = new PayloadWriter().u8(lineId).u8(currentStateCode).text(chargeId, ID_WIDTH)
                .u8(startTypeCode).u8(chargeTypeCode);
        limits.write(out);
        out.time(reservationTime).text(userId, ID_WIDTH).u8(maxCurrentAmperes).time(startTime).u32(duration.toSeconds())
                .scaledU32(energyAtStartKwh, DECIMALS).scaledU32(energyNowKwh, DECIMALS)
                .scaledU32(sessionEnergyKwh, DECIMALS).scaledU32(chargePrice, DECIMALS).u8(feeType)
                .scaledU16(chargeFeePerKwh, DECIMALS);
        Integer secondary = secondaryStateCode;
        if (secondary != null) {
            out.u8(secondary).zeros(EXTENDED_LENGTH - MIN_LENGTH - 1);
        }
        return out.toByteArray();
    }
}

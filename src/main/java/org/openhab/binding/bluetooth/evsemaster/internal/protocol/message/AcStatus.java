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
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Live measurements and state (spec §4.6): 0x0004 SingleACStatus, pushed every 5–15 s while registered, and 0x000D,
 * the answer to 0x800D (same layout, §9 D24).
 *
 * <pre>
 * offset width field                 encoding
 *      0     1 line id               u8, 01 in all captures
 *      1     4 L1                    u16 × 0.1 V, u16 × 0.01 A
 *      5     4 power                 u32 W; one phase only on three-phase BS20s (§9 D32)
 *      9     4 energy counter        u32 × 0.01 kWh, lifetime (§9 D4)
 *     13     2 inner temperature     u16, °C = (raw − 20000) / 100, ffff = no sensor (§9 D7)
 *     15     2 outer temperature     same encoding
 *     17     1 emergency button      u8, 01 = normal; other values undocumented (§9 D9)
 *     18     1 plug state            {@link PlugState}
 *     19     1 output state          {@link OutputState}
 *     20     1 current state         {@link CurrentState}
 *     21     4 error bits            u32, {@link ErrorFlag} (app bit order, §9 D6)
 *     25     8 L2, L3                as L1 (payload ≥ 33)
 *     33     1 unknown               03 in every 40-byte capture; not kept, written as 03
 *     34     1 secondary state       ff = unused; 18 or 19 replace byte 20 (payload ≥ 40)
 *     35     5 unknown               00; not kept
 * </pre>
 *
 * Payloads of 25 (old single-phase firmware), 33 (three-phase) and 40 bytes (current firmware) are decoded; longer ones
 * are accepted. {@link #encodePayload()} writes 25 bytes for one phase, 33 for three phases without a secondary state
 * and 40 with one.
 *
 * @param command {@link Command#AC_STATUS} or {@link Command#STATUS_RECORD}
 * @param phases L1 only (25-byte payload) or L1, L2, L3; L2/L3 are zero on single-phase units
 * @param powerWatts reported power in W; see {@link #totalPowerWatts()}
 * @param energyKwh lifetime energy counter in kWh, resolution 0.01 kWh
 * @param innerTemperatureCelsius in °C, resolution 0.01 °C, null when the sensor is absent
 * @param outerTemperatureCelsius in °C, resolution 0.01 °C, null when the sensor is absent
 * @param errorBits the u32 error field
 * @param secondaryStateCode byte 34 of a 40-byte payload ({@code ff} = unused), null for shorter payloads
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record AcStatus(Command command, int lineId, List<PhaseMeasurement> phases, long powerWatts,
        BigDecimal energyKwh, @Nullable BigDecimal innerTemperatureCelsius,
        @Nullable BigDecimal outerTemperatureCelsius, int emergencyButtonCode, int plugStateCode, int outputStateCode,
        int currentStateCode, long errorBits, @Nullable Integer secondaryStateCode) implements TypedMessage {

    public static final int MIN_LENGTH = 25;
    public static final int THREE_PHASE_LENGTH = 33;
    public static final int EXTENDED_LENGTH = 40;
    private static final int UNKNOWN_BYTE_33 = 3;
    private static final int ENERGY_DECIMALS = 2;
    private static final BigDecimal MAX_ENERGY = Fields.scaled(Fields.U32_MAX, ENERGY_DECIMALS);
    private static final String STATE_BYTE = "state byte";

    /**
     * @throws IllegalArgumentException if a value does not fit its field, there are neither 1 nor 3 phases, a
     *             secondary state comes with 1 phase, or the command is not 0x0004/0x000D
     */
    public AcStatus {
        Fields.checkCommand(command, Command.AC_STATUS, Command.STATUS_RECORD);
        phases = List.copyOf(phases);
        if (phases.size() != 1 && phases.size() != 3 || secondaryStateCode != null && phases.size() != 3) {
            throw new IllegalArgumentException("1 phase, or 3 phases with an optional secondary state");
        }
        Fields.checkU8(lineId, STATE_BYTE);
        Fields.checkU8(emergencyButtonCode, STATE_BYTE);
        Fields.checkU8(plugStateCode, STATE_BYTE);
        Fields.checkU8(outputStateCode, STATE_BYTE);
        Fields.checkU8(currentStateCode, STATE_BYTE);
        if (secondaryStateCode != null) {
            Fields.checkU8(secondaryStateCode, STATE_BYTE);
        }
        Fields.checkRange(powerWatts, 0, Fields.U32_MAX, "power");
        energyKwh = Fields.checkScaled(energyKwh, MAX_ENERGY, "energy");
        innerTemperatureCelsius = Fields.checkCelsius(innerTemperatureCelsius, "inner temperature");
        outerTemperatureCelsius = Fields.checkCelsius(outerTemperatureCelsius, "outer temperature");
        Fields.checkRange(errorBits, 0, Fields.U32_MAX, "error bits");
    }

    public PlugState plugState() {
        return PlugState.fromCode(plugStateCode);
    }

    public OutputState outputState() {
        return OutputState.fromCode(outputStateCode);
    }

    /**
     * @return the state in effect: the secondary state if it is 18 or 19, else byte 20 (spec §6.4)
     */
    public CurrentState currentState() {
        Integer secondary = secondaryStateCode;
        return CurrentState.fromCode(CurrentState.effective(currentStateCode, secondary == null ? -1 : secondary));
    }

    /**
     * @return every error code whose bit is set (spec §6.6)
     */
    public Set<ErrorFlag> errors() {
        return ErrorFlag.fromBits(errorBits);
    }

    public AppChargingStatus appChargingStatus() {
        return AppChargingStatus.derive(currentState(), plugState());
    }

    /**
     * @return total power in W per §9 D32: Σ V × I over the phases when any current flows (three-phase BS20s report
     *         one phase in the power field), else the reported power
     */
    public long totalPowerWatts() {
        if (phases.stream().allMatch(phase -> phase.amperes().signum() == 0)) {
            return powerWatts;
        }
        BigDecimal sum = phases.stream().map(PhaseMeasurement::watts).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    public static AcStatus decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(command, payload, MIN_LENGTH);
        List<PhaseMeasurement> phases = in.length() < THREE_PHASE_LENGTH ? List.of(PhaseMeasurement.read(in, 1))
                : List.of(PhaseMeasurement.read(in, 1), PhaseMeasurement.read(in, 25), PhaseMeasurement.read(in, 29));
        Integer secondary = in.length() < EXTENDED_LENGTH ? null : in.u8(34);
        return new AcStatus(command, in.u8(0), phases, in.u32(5), in.scaledU32(9, ENERGY_DECIMALS),
                Fields.celsius(in.u16(13)), Fields.celsius(in.u16(15)), in.u8(17), in.u8(18), in.u8(19), in.u8(20),
                in.u32(21), secondary);
    }

    @Override
    public byte[] encodePayload() {
        PayloadWriter out = new PayloadWriter().u8(lineId);
        phases.get(0).write(out);
        out.u32(powerWatts).scaledU32(energyKwh, ENERGY_DECIMALS)
                .u16(Fields.celsiusRaw(innerTemperatureCelsius, "inner temperature"))
                .u16(Fields.celsiusRaw(outerTemperatureCelsius, "outer temperature")).u8(emergencyButtonCode)
                .u8(plugStateCode).u8(outputStateCode).u8(currentStateCode).u32(errorBits);
        phases.stream().skip(1).forEach(phase -> phase.write(out));
        Integer secondary = secondaryStateCode;
        if (secondary != null) {
            out.u8(UNKNOWN_BYTE_33).u8(secondary).zeros(EXTENDED_LENGTH - 35);
        }
        return out.toByteArray();
    }
}

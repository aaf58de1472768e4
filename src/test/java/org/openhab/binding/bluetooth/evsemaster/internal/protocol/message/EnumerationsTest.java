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

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests the enumerations of spec §6: codes, {@code UNKNOWN} fallbacks, the error bit order (§6.6, §9 D6) and the
 * derived app charging status (§6.5).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EnumerationsTest {

    @Test
    void mapsEveryListedCodeToItsConstantAndEveryOtherCodeToUnknown() {
        assertCodes(PlugState.values(), PlugState::fromCode, PlugState.UNKNOWN);
        assertCodes(OutputState.values(), OutputState::fromCode, OutputState.UNKNOWN);
        assertCodes(CurrentState.values(), CurrentState::fromCode, CurrentState.UNKNOWN);
        assertCodes(StartType.values(), StartType::fromCode, StartType.UNKNOWN);
        assertCodes(ChargeType.values(), ChargeType::fromCode, ChargeType.UNKNOWN);
        assertCodes(ReservationResult.values(), ReservationResult::fromCode, ReservationResult.UNKNOWN);
        assertCodes(StartErrorReason.values(), StartErrorReason::fromCode, StartErrorReason.UNKNOWN);
        assertCodes(StopReason.values(), StopReason::fromCode, StopReason.UNKNOWN);
        assertCodes(Language.values(), Language::fromCode, Language.UNKNOWN);
        assertCodes(TemperatureUnit.values(), TemperatureUnit::fromCode, TemperatureUnit.UNKNOWN);
        assertCodes(SettingAction.values(), SettingAction::fromCode, SettingAction.UNKNOWN);
        assertCodes(ErrorFlag.values(), ErrorFlag::fromCode, ErrorFlag.UNKNOWN);
    }

    @Test
    void readsTheSpecificationsCodes() {
        assertThat(PlugState.fromCode(0), is(PlugState.UNKNOWN));
        assertThat(PlugState.fromCode(3), is(PlugState.UNKNOWN));
        assertThat(PlugState.fromCode(16), is(PlugState.UNKNOWN));
        assertThat(OutputState.fromCode(1), is(OutputState.CHARGING));
        assertThat(CurrentState.fromCode(13), is(CurrentState.READY));
        assertThat(CurrentState.fromCode(16), is(CurrentState.UNKNOWN));
        assertThat(ReservationResult.fromCode(10), is(ReservationResult.INCORRECT_FIXED_TIME));
        assertThat(StartErrorReason.fromCode(20), is(StartErrorReason.RESERVATION_ACTIVE));
        assertThat(StopReason.fromCode(32), is(StopReason.MAX_COST_EXCEEDED));
        assertThat(StopReason.fromCode(2), is(StopReason.UNKNOWN));
        assertThat(Language.fromCode(0), is(Language.UNKNOWN));
        assertThat(Language.fromCode(8), is(Language.CHINESE));
        assertThat(TemperatureUnit.fromCode(2), is(TemperatureUnit.FAHRENHEIT));
        assertThat(OfflineCharge.fromCode(0), is(OfflineCharge.ALLOWED));
        assertThat(OfflineCharge.fromCode(2), is(OfflineCharge.NOT_ALLOWED));
        assertThat(OfflineCharge.fromCode(3), is(OfflineCharge.UNKNOWN));
        assertThat(ChargeType.fromCode(11), is(ChargeType.SPECIAL));
        assertThat(StartType.fromCode(5), is(StartType.BUTTON));
    }

    @Test
    void judgesReservationResultsAsTheSpecificationSays() {
        Set<ReservationResult> successes = EnumSet.noneOf(ReservationResult.class);
        for (ReservationResult result : ReservationResult.values()) {
            if (result.isSuccess()) {
                successes.add(result);
            }
        }
        assertThat(successes, is(EnumSet.of(ReservationResult.NONE_REQUESTED, ReservationResult.ACCEPTED,
                ReservationResult.IN_THE_PAST)));
    }

    @Test
    void mapsErrorCodeNToTheMaskShiftedFromTheTopBit() {
        assertThat(ErrorFlag.RELAY_STUCK_L1.mask(), is(0x8000_0000L));
        assertThat(ErrorFlag.EMERGENCY_STOP.mask(), is(0x0200_0000L));
        assertThat(ErrorFlag.UNDER_VOLTAGE.mask(), is(0x0001_0000L));
        assertThat(ErrorFlag.INPUT_POWER_ERROR.mask(), is(0x0000_0040L));
        assertThat(ErrorFlag.METERING_FAILURE.mask(), is(0x0000_0001L));
        assertThat(ErrorFlag.UNKNOWN.mask(), is(0L));
    }

    @Test
    void reportsAllSetErrorBitsAndRebuildsTheField() {
        Set<ErrorFlag> flags = EnumSet.of(ErrorFlag.OFFLINE, ErrorFlag.OVER_TEMPERATURE_INNER, ErrorFlag.LEAKAGE,
                ErrorFlag.DLB_OVER_CURRENT, ErrorFlag.EEPROM_FAILURE);
        long bits = ErrorFlag.toBits(flags);

        assertThat(bits, is(0x1000_0000L | 0x0100_0000L | 0x0020_0000L | 0x0000_0020L | 0x0000_0002L));
        assertThat(ErrorFlag.fromBits(bits), is(flags));
        assertThat(ErrorFlag.fromBits(0), is(empty()));
        assertThat(ErrorFlag.fromBits(0x0000_8000L), contains(ErrorFlag.UNKNOWN));
        assertThat(ErrorFlag.fromBits(0x0000_0080L), contains(ErrorFlag.UNKNOWN));
    }

    @ParameterizedTest
    @CsvSource({ "13,1,VEHICLE_CONNECTED", "13,2,VEHICLE_CONNECTED", "14,4,CHARGING", "14,2,WAITING_FOR_VEHICLE",
            "14,1,UNKNOWN", "15,2,FINISHED", "15,4,FINISHED", "15,1,UNKNOWN", "17,1,FINISHED_FULL",
            "20,1,RESERVATION_ACTIVE", "12,1,NOT_CONNECTED", "1,2,FAULT", "10,1,WAITING_FOR_CARD",
            "11,1,WAITING_FOR_BUTTON", "2,4,CHARGING_FAULT", "3,4,CHARGING_FAULT", "18,2,UNKNOWN", "99,2,UNKNOWN" })
    void derivesTheAppStatusFromStateAndPlug(int state, int plug, AppChargingStatus expected) {
        AppChargingStatus status = AppChargingStatus.derive(CurrentState.fromCode(state), PlugState.fromCode(plug));

        assertThat(status, is(expected));
        assertThat(status.isCharging(),
                is(expected == AppChargingStatus.CHARGING || expected == AppChargingStatus.WAITING_FOR_VEHICLE));
    }

    @Test
    void labelsTheAppButtons() {
        assertThat(AppChargingStatus.CHARGING.buttonLabel(), is("Finish Charging"));
        assertThat(AppChargingStatus.NOT_CONNECTED.buttonLabel(), is("Connect"));
        assertThat(AppChargingStatus.UNKNOWN.buttonLabel(), is(""));
        assertThat(AppChargingStatus.CHARGING_FAULT.code(), is(11));
    }

    @Test
    void prefersSecondaryStates18And19() {
        assertThat(CurrentState.effective(14, 18), is(18));
        assertThat(CurrentState.effective(14, 19), is(19));
        assertThat(CurrentState.effective(14, 0xFF), is(14));
        assertThat(CurrentState.effective(14, 20), is(14));
        assertThat(CurrentState.effective(14, -1), is(14));
    }

    private static void assertCodes(CodedEnum[] values, CodeLookup lookup, CodedEnum unknown) {
        Set<Integer> listed = new HashSet<>();
        for (CodedEnum value : values) {
            if (!value.equals(unknown)) {
                assertThat(value + " has a distinct code", listed.add(value.code()), is(true));
                assertThat(lookup.fromCode(value.code()), is(value));
            }
        }
        assertThat(unknown.code(), is(CodedEnum.UNKNOWN_CODE));
        for (int code = -1; code <= 256; code++) {
            if (!listed.contains(code)) {
                assertThat(lookup.fromCode(code), is(unknown));
            }
        }
    }

    /**
     * The {@code fromCode} method of an enumeration.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    @FunctionalInterface
    private interface CodeLookup {
        CodedEnum fromCode(int code);
    }
}

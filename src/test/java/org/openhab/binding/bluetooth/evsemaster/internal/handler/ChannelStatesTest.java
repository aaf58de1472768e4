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
package org.openhab.binding.bluetooth.evsemaster.internal.handler;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Captures;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LanguageSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineChargeSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputCurrent;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnitSetting;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.VersionInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerIdentity;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerSettings;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandOutcome;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Thing;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * Tests {@link ChannelStates} with records decoded from the real captures and the specification vectors of
 * {@code captures.txt} / {@code spec-vectors.txt} (ids in the test names), and with explicit time zones only.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChannelStatesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Offsets of the error field and the state bytes in a 0x0004 payload (spec §4.6). */
    private static final int ERROR_OFFSET = 21;
    private static final int PLUG_OFFSET = 18;
    private static final int STATE_OFFSET = 20;
    /** Offset of the current state in a 0x0005 payload (spec §4.7). */
    private static final int SESSION_STATE_OFFSET = 1;
    private static final Set<String> STATUS_CHANNELS = Set.of(CHANNEL_CHARGING_POWER, CHANNEL_REPORTED_POWER,
            CHANNEL_VOLTAGE_L1, CHANNEL_CURRENT_L1, CHANNEL_TOTAL_ENERGY, CHANNEL_INNER_TEMPERATURE,
            CHANNEL_OUTER_TEMPERATURE, CHANNEL_PLUG_STATE, CHANNEL_OUTPUT_STATE, CHANNEL_CHARGER_STATE,
            CHANNEL_CHARGING_STATUS, CHANNEL_CHARGING_STATUS_MESSAGE, CHANNEL_CHARGING, CHANNEL_ERRORS,
            CHANNEL_PROBLEM);
    private static final Set<String> SETTING_CHANNELS = Set.of(CHANNEL_OUTPUT_CURRENT, CHANNEL_NAME, CHANNEL_LANGUAGE,
            CHANNEL_TEMPERATURE_UNIT, CHANNEL_OFFLINE_CHARGE, CHANNEL_LCD_BRIGHTNESS);

    @Test
    void mapsTheSinglePhaseStatusC02WithoutL2AndL3() throws ProtocolException {
        Map<String, State> states = ChannelStates.ofStatus(decode("C02", AcStatus.class));

        assertThat(states.keySet(), is(STATUS_CHANNELS));
        assertQuantity(states, CHANNEL_CHARGING_POWER, "0", Units.WATT);
        assertQuantity(states, CHANNEL_REPORTED_POWER, "0", Units.WATT);
        assertQuantity(states, CHANNEL_VOLTAGE_L1, "235.0", Units.VOLT);
        assertQuantity(states, CHANNEL_CURRENT_L1, "0.00", Units.AMPERE);
        assertQuantity(states, CHANNEL_TOTAL_ENERGY, "1475.85", Units.KILOWATT_HOUR);
        assertQuantity(states, CHANNEL_INNER_TEMPERATURE, "26.74", SIUnits.CELSIUS);
        assertQuantity(states, CHANNEL_OUTER_TEMPERATURE, "26.74", SIUnits.CELSIUS);
        assertThat(states.get(CHANNEL_PLUG_STATE), is(new StringType("CONNECTED")));
        assertThat(states.get(CHANNEL_OUTPUT_STATE), is(new StringType("IDLE")));
        assertThat(states.get(CHANNEL_CHARGER_STATE), is(new StringType("READY")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS), is(new StringType("VEHICLE_CONNECTED")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS_MESSAGE), is(new StringType("Vehicle connected, press start")));
        assertThat(states.get(CHANNEL_CHARGING), is(OnOffType.OFF));
        assertThat(states.get(CHANNEL_ERRORS), is(new StringType("")));
        assertThat(states.get(CHANNEL_PROBLEM), is(OnOffType.OFF));
    }

    @Test
    void mapsEveryPhaseOfTheThreePhaseStatusC26() throws ProtocolException {
        Map<String, State> states = ChannelStates.ofStatus(decode("C26", AcStatus.class));

        assertThat(states.keySet(), is(union(STATUS_CHANNELS, THREE_PHASE_CHANNELS)));
        assertQuantity(states, CHANNEL_VOLTAGE_L1, "236.9", Units.VOLT);
        assertQuantity(states, CHANNEL_VOLTAGE_L2, "232.2", Units.VOLT);
        assertQuantity(states, CHANNEL_VOLTAGE_L3, "230.6", Units.VOLT);
        assertQuantity(states, CHANNEL_CURRENT_L1, "0.00", Units.AMPERE);
        assertQuantity(states, CHANNEL_CURRENT_L2, "0.00", Units.AMPERE);
        assertQuantity(states, CHANNEL_CURRENT_L3, "0.00", Units.AMPERE);
        assertQuantity(states, CHANNEL_TOTAL_ENERGY, "1576.84", Units.KILOWATT_HOUR);
        assertQuantity(states, CHANNEL_INNER_TEMPERATURE, "32.26", SIUnits.CELSIUS);
        assertThat(states.get(CHANNEL_PLUG_STATE), is(new StringType("NOT_CONNECTED")));
        assertThat(states.get(CHANNEL_CHARGER_STATE), is(new StringType("NOT_CONNECTED")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS), is(new StringType("NOT_CONNECTED")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS_MESSAGE), is(new StringType("Plug not connected")));
        assertThat(states.get(CHANNEL_CHARGING), is(OnOffType.OFF));
    }

    @Test
    void reportsTheTotalOfAllPhasesAsChargingPowerAndTheRawFieldAsReportedPower() throws ProtocolException {
        Map<String, State> states = ChannelStates.ofStatus(decode("V-ac-status-3p-charging", AcStatus.class));

        // 230.5 V × 10 A + 231.0 V × 10 A + 229.5 V × 10 A = 6910 W; the power field holds 6900 W
        assertQuantity(states, CHANNEL_CHARGING_POWER, "6910", Units.WATT);
        assertQuantity(states, CHANNEL_REPORTED_POWER, "6900", Units.WATT);
        assertQuantity(states, CHANNEL_CURRENT_L2, "10.00", Units.AMPERE);
        assertQuantity(states, CHANNEL_TOTAL_ENERGY, "1234.56", Units.KILOWATT_HOUR);
        assertQuantity(states, CHANNEL_INNER_TEMPERATURE, "35.50", SIUnits.CELSIUS);
        assertThat(states.get(CHANNEL_OUTER_TEMPERATURE), is(UnDefType.UNDEF));
        assertThat(states.get(CHANNEL_PLUG_STATE), is(new StringType("CONNECTED_LOCKED")));
        assertThat(states.get(CHANNEL_OUTPUT_STATE), is(new StringType("CHARGING")));
        assertThat(states.get(CHANNEL_CHARGER_STATE), is(new StringType("CHARGING")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS), is(new StringType("CHARGING")));
        assertThat(states.get(CHANNEL_CHARGING), is(OnOffType.ON));
    }

    @Test
    void mapsTheStatusRecordP01WithItsOwnOuterTemperature() throws ProtocolException {
        AcStatus record = AcStatus.decode(Command.STATUS_RECORD, Captures.capture("P01").payload());

        Map<String, State> states = ChannelStates.ofStatus(record);

        assertQuantity(states, CHANNEL_TOTAL_ENERGY, "0.01", Units.KILOWATT_HOUR);
        assertQuantity(states, CHANNEL_INNER_TEMPERATURE, "28.00", SIUnits.CELSIUS);
        assertQuantity(states, CHANNEL_OUTER_TEMPERATURE, "33.08", SIUnits.CELSIUS);
        assertThat(states.get(CHANNEL_OUTPUT_STATE), is(new StringType("IDLE")));
    }

    @Test
    void raisesTheProblemForTheFaultVector() throws ProtocolException {
        Map<String, State> states = ChannelStates.ofStatus(decode("V-ac-status-fault-6", AcStatus.class));

        assertThat(states.get(CHANNEL_ERRORS), is(new StringType("Emergency stop")));
        assertThat(states.get(CHANNEL_PROBLEM), is(OnOffType.ON));
        assertThat(states.get(CHANNEL_CHARGER_STATE), is(new StringType("EVSE_FAULT")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS), is(new StringType("FAULT")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS_MESSAGE), is(new StringType("Fault, see the errors")));
    }

    @Test
    void listsEverySetErrorBitInCodeOrder() throws ProtocolException {
        byte[] payload = Captures.capture("C02").payload();
        // codes 0, 6, 12, 20 (unassigned) and 31 in the app's bit order: 0x80000000 >> code
        byte[] errorField = { (byte) 0x82, 0x08, 0x08, 0x01 };
        System.arraycopy(errorField, 0, payload, ERROR_OFFSET, errorField.length);

        Map<String, State> states = ChannelStates.ofStatus(AcStatus.decode(Command.AC_STATUS, payload));

        assertThat(states.get(CHANNEL_ERRORS), is(new StringType(
                "Relay stuck (L1), Emergency stop, Over-current, Metering failure, Unassigned error code")));
        assertThat(states.get(CHANNEL_PROBLEM), is(OnOffType.ON));
    }

    @Test
    void ordersErrorsByCodeWhateverTheOrderOfTheSet() {
        Set<ErrorFlag> active = new LinkedHashSet<>(
                List.of(ErrorFlag.UNDER_VOLTAGE, ErrorFlag.LEAKAGE, ErrorFlag.DLB_OVER_CURRENT));

        Map<String, State> states = ChannelStates.ofErrors(active);

        assertThat(states.get(CHANNEL_ERRORS),
                is(new StringType("Leakage protection, Under-voltage, Mains overload (DLB)")));
        assertThat(states.get(CHANNEL_PROBLEM), is(OnOffType.ON));
    }

    @Test
    void clearsErrorsAndProblemWhenNoErrorIsActive() {
        assertThat(ChannelStates.ofErrors(Set.of()),
                is(Map.of(CHANNEL_ERRORS, new StringType(""), CHANNEL_PROBLEM, OnOffType.OFF)));
    }

    @Test
    void describesEveryErrorFlag() {
        String text = String.valueOf(ChannelStates.ofErrors(EnumSet.allOf(ErrorFlag.class)).get(CHANNEL_ERRORS));

        assertThat(text.split(", "), arrayWithSize(ErrorFlag.values().length));
    }

    @Test
    void keepsUnknownStateCodesAsUnknown() throws ProtocolException {
        byte[] payload = Captures.capture("C02").payload();
        payload[PLUG_OFFSET] = 16;
        payload[STATE_OFFSET] = 9;

        Map<String, State> states = ChannelStates.ofStatus(AcStatus.decode(Command.AC_STATUS, payload));

        assertThat(states.get(CHANNEL_PLUG_STATE), is(new StringType("UNKNOWN")));
        assertThat(states.get(CHANNEL_CHARGER_STATE), is(new StringType("UNKNOWN")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS), is(new StringType("UNKNOWN")));
        assertThat(states.get(CHANNEL_CHARGING_STATUS_MESSAGE), is(new StringType("Undefined status")));
    }

    @Test
    void mapsTheFinishedSessionC28InTheGivenZone() throws ProtocolException {
        Map<String, State> states = ChannelStates.ofChargingSession(decode("C28", ChargingStatus.class), BERLIN);

        assertThat(states.keySet(), is(Set.of(CHANNEL_SESSION_ENERGY, CHANNEL_SESSION_DURATION, CHANNEL_SESSION_START,
                CHANNEL_SCHEDULED_START)));
        assertQuantity(states, CHANNEL_SESSION_ENERGY, "56.50", Units.KILOWATT_HOUR);
        assertQuantity(states, CHANNEL_SESSION_DURATION, "48108", Units.SECOND);
        // wall clock 2026-09-02 18:40:36 in Berlin (CEST, UTC+2)
        assertInstant(states, CHANNEL_SESSION_START, "2026-09-02T16:40:36Z");
        // state 12: the reservation time of C28 is no active schedule
        assertThat(states.get(CHANNEL_SCHEDULED_START), is(UnDefType.UNDEF));
    }

    @Test
    void placesTheSameWallClockInEachZone() throws ProtocolException {
        ChargingStatus session = decode("V-charging-status", ChargingStatus.class);

        // wall clock 2025-01-01 12:00:00: CET is UTC+1, EST is UTC-5
        assertInstant(ChannelStates.ofChargingSession(session, BERLIN), CHANNEL_SESSION_START, "2025-01-01T11:00:00Z");
        assertInstant(ChannelStates.ofChargingSession(session, NEW_YORK), CHANNEL_SESSION_START,
                "2025-01-01T17:00:00Z");
        assertQuantity(ChannelStates.ofChargingSession(session, BERLIN), CHANNEL_SESSION_DURATION, "3600",
                Units.SECOND);
        assertQuantity(ChannelStates.ofChargingSession(session, BERLIN), CHANNEL_SESSION_ENERGY, "6.90",
                Units.KILOWATT_HOUR);
    }

    @Test
    void reportsTheReservationTimeAsScheduledStartOnlyWhileAReservationIsActive() throws ProtocolException {
        byte[] payload = Captures.capture("V-charging-status").payload();
        payload[SESSION_STATE_OFFSET] = 20;

        Map<String, State> states = ChannelStates
                .ofChargingSession(ChargingStatus.decode(Command.CHARGING_STATUS, payload), NEW_YORK);

        assertInstant(states, CHANNEL_SCHEDULED_START, "2025-01-01T17:00:00Z");
        assertThat(ChannelStates.ofChargingSession(decode("V-charging-status", ChargingStatus.class), NEW_YORK)
                .get(CHANNEL_SCHEDULED_START), is(UnDefType.UNDEF));
    }

    @Test
    void leavesTheStartUndefinedWhenTheChargerNeverStartedASession() throws ProtocolException {
        byte[] payload = new byte[ChargingStatus.MIN_LENGTH];

        Map<String, State> states = ChannelStates
                .ofChargingSession(ChargingStatus.decode(Command.CHARGING_STATUS, payload), BERLIN);

        assertThat(states.get(CHANNEL_SESSION_START), is(UnDefType.UNDEF));
        assertThat(states.get(CHANNEL_SCHEDULED_START), is(UnDefType.UNDEF));
        assertQuantity(states, CHANNEL_SESSION_ENERGY, "0.00", Units.KILOWATT_HOUR);
        assertQuantity(states, CHANNEL_SESSION_DURATION, "0", Units.SECOND);
    }

    @Test
    void mapsTheChargerClockP04AndItsOffset() throws ProtocolException {
        LocalDateTime deviceTime = timeOf(
                SystemTime.decode(Command.SYSTEM_TIME_RESPONSE, Captures.capture("P04").payload()));

        Map<String, State> states = ChannelStates.ofClock(deviceTime, Duration.ofMillis(-90_600), BERLIN);

        // wall clock 2026-09-05 17:04:09 in Berlin (CEST, UTC+2)
        assertInstant(states, CHANNEL_DEVICE_TIME, "2026-09-05T15:04:09Z");
        assertQuantity(states, CHANNEL_CLOCK_OFFSET, "-91", Units.SECOND);
    }

    @Test
    void roundsTheClockOffsetToWholeSeconds() {
        LocalDateTime deviceTime = LocalDateTime.parse("2022-04-09T00:03:40");

        assertQuantity(ChannelStates.ofClock(deviceTime, Duration.ofMillis(1_499), BERLIN), CHANNEL_CLOCK_OFFSET, "1",
                Units.SECOND);
        assertQuantity(ChannelStates.ofClock(deviceTime, Duration.ofMillis(1_500), BERLIN), CHANNEL_CLOCK_OFFSET, "2",
                Units.SECOND);
        assertQuantity(ChannelStates.ofClock(deviceTime, Duration.ZERO, BERLIN), CHANNEL_CLOCK_OFFSET, "0",
                Units.SECOND);
    }

    @Test
    void movesAWallClockTimeInTheSpringGapForward() {
        // 2026-03-29 02:30 does not exist in Berlin: clocks jump from 02:00 CET to 03:00 CEST
        Map<String, State> states = ChannelStates.ofClock(LocalDateTime.parse("2026-03-29T02:30:00"), Duration.ZERO,
                BERLIN);

        assertInstant(states, CHANNEL_DEVICE_TIME, "2026-03-29T01:30:00Z");
    }

    @Test
    void mapsSettingsDecodedFromTheCapturesAndVectors() throws ProtocolException {
        ChargerSettings settings = new ChargerSettings(decode("V-output-amps-response", OutputCurrent.class).amperes(),
                decode("V-nickname-response-garage", Nickname.class).name(),
                decode("V-set-language-german", LanguageSetting.class).language(),
                decode("C04", TemperatureUnitSetting.class).unit(),
                decode("V-set-offline-charge-enabled", OfflineChargeSetting.class).offlineCharge(), null, null, 80);

        Map<String, State> states = ChannelStates.ofSettings(settings);

        assertThat(states.keySet(), is(SETTING_CHANNELS));
        assertQuantity(states, CHANNEL_OUTPUT_CURRENT, "16", Units.AMPERE);
        assertThat(states.get(CHANNEL_NAME), is(new StringType("Garage")));
        assertThat(states.get(CHANNEL_LANGUAGE), is(new StringType("GERMAN")));
        assertThat(states.get(CHANNEL_TEMPERATURE_UNIT), is(new StringType("CELSIUS")));
        assertThat(states.get(CHANNEL_OFFLINE_CHARGE), is(OnOffType.ON));
        assertThat(states.get(CHANNEL_LCD_BRIGHTNESS), is(new PercentType(80)));
    }

    @Test
    void mapsFahrenheitP07bAndADisabledOfflineCharge() throws ProtocolException {
        TemperatureUnitSetting unit = TemperatureUnitSetting.decode(Command.TEMPERATURE_UNIT_RESPONSE,
                Captures.capture("P07b").payload());
        ChargerSettings settings = new ChargerSettings(32, "EVSE9074", Language.ENGLISH, unit.unit(),
                OfflineCharge.NOT_ALLOWED, null, null, 0);

        Map<String, State> states = ChannelStates.ofSettings(settings);

        assertThat(states.get(CHANNEL_TEMPERATURE_UNIT), is(new StringType("FAHRENHEIT")));
        assertThat(states.get(CHANNEL_OFFLINE_CHARGE), is(OnOffType.OFF));
        assertThat(states.get(CHANNEL_LANGUAGE), is(new StringType("ENGLISH")));
        assertThat(states.get(CHANNEL_LCD_BRIGHTNESS), is(PercentType.ZERO));
    }

    @Test
    void leavesSettingsUndefinedUntilTheChargerReportedThem() {
        Map<String, State> states = ChannelStates
                .ofSettings(new ChargerSettings(null, null, null, null, null, null, null, null));

        assertThat(states.keySet(), is(SETTING_CHANNELS));
        assertThat(states.values(), everyItem(equalTo((State) UnDefType.UNDEF)));
    }

    @Test
    void leavesUnknownSettingCodesUndefined() {
        Map<String, State> states = ChannelStates.ofSettings(new ChargerSettings(10, "", Language.UNKNOWN,
                TemperatureUnit.UNKNOWN, OfflineCharge.UNKNOWN, null, null, 101));

        assertThat(states.get(CHANNEL_LANGUAGE), is(UnDefType.UNDEF));
        assertThat(states.get(CHANNEL_TEMPERATURE_UNIT), is(UnDefType.UNDEF));
        assertThat(states.get(CHANNEL_OFFLINE_CHARGE), is(UnDefType.UNDEF));
        assertThat(states.get(CHANNEL_LCD_BRIGHTNESS), is(UnDefType.UNDEF));
        assertThat(states.get(CHANNEL_NAME), is(new StringType("")));
        assertQuantity(states, CHANNEL_OUTPUT_CURRENT, "10", Units.AMPERE);
    }

    @Test
    void reportsAStartOutcomeInTheStartResultChannel() {
        CommandOutcome outcome = new CommandOutcome(CommandOutcome.Action.START, false, List.of(0, 1),
                "start refused: vehicle not connected (error reason 1)");

        assertThat(ChannelStates.ofCommandOutcome(outcome), is(Map.of(CHANNEL_LAST_START_RESULT,
                new StringType("start refused: vehicle not connected (error reason 1)"))));
    }

    @Test
    void reportsAStopOutcomeInTheStopResultChannel() {
        CommandOutcome outcome = new CommandOutcome(CommandOutcome.Action.STOP, true, List.of(0, 0), "stop accepted");

        assertThat(ChannelStates.ofCommandOutcome(outcome),
                is(Map.of(CHANNEL_LAST_STOP_RESULT, new StringType("stop accepted"))));
    }

    @Test
    void describesTheSinglePhaseChargerOfC01AndC05() throws ProtocolException {
        Datagram login = Datagram.decode(Captures.get("C01"));
        LoginInfo info = (LoginInfo) Messages.decode(login);
        VersionInfo version = decode("C05", VersionInfo.class);

        Map<String, String> properties = ChannelStates.properties(identity(login, info, version.softwareVersion()),
                GattProfile.REVISION_B);

        assertThat(properties,
                is(Map.of(Thing.PROPERTY_SERIAL_NUMBER, "9181102751219513", Thing.PROPERTY_VENDOR, "BESEN",
                        Thing.PROPERTY_MODEL_ID, "BS20", Thing.PROPERTY_HARDWARE_VERSION, "C.3252.112A008",
                        Thing.PROPERTY_FIRMWARE_VERSION, "C.3252.112A008", PROPERTY_PHASES, "1", PROPERTY_RATED_POWER,
                        "7040", PROPERTY_RATED_CURRENT, "32", PROPERTY_GATT_REVISION, "B")));
    }

    @Test
    void omitsTheFirmwareVersionWhenTheChargerDidNotAnswerC14() throws ProtocolException {
        Datagram login = Datagram.decode(Captures.get("C14"));
        LoginInfo info = (LoginInfo) Messages.decode(login);

        Map<String, String> properties = ChannelStates.properties(identity(login, info, null), GattProfile.REVISION_C);

        assertThat(properties, not(hasKey(Thing.PROPERTY_FIRMWARE_VERSION)));
        assertThat(properties, hasEntry(Thing.PROPERTY_VENDOR, "EVSE"));
        assertThat(properties, hasEntry(Thing.PROPERTY_HARDWARE_VERSION, "20.1651.113C00"));
        assertThat(properties, hasEntry(PROPERTY_PHASES, "3"));
        assertThat(properties, hasEntry(PROPERTY_RATED_POWER, "10560"));
        assertThat(properties, hasEntry(PROPERTY_RATED_CURRENT, "16"));
        assertThat(properties, hasEntry(PROPERTY_GATT_REVISION, "C"));
        assertThat(ChannelStates.properties(identity(login, info, null), GattProfile.REVISION_A),
                hasEntry(PROPERTY_GATT_REVISION, "A"));
    }

    private static <T extends Message> T decode(String id, Class<T> type) throws ProtocolException {
        Message message = Messages.decode(Datagram.decode(Captures.get(id)));
        assertThat(message, instanceOf(type));
        return type.cast(message);
    }

    private static ChargerIdentity identity(Datagram login, LoginInfo info, @Nullable String softwareVersion) {
        return new ChargerIdentity(login.serialHex(), info.brand(), info.model(), info.hardwareVersion(),
                softwareVersion, info.deviceType(), info.phases(), info.ratedPowerWatts(), info.ratedCurrentAmperes());
    }

    private static LocalDateTime timeOf(SystemTime systemTime) {
        return Objects.requireNonNull(systemTime.time(), "time of " + systemTime);
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> union = new LinkedHashSet<>(first);
        union.addAll(second);
        return union;
    }

    /**
     * Asserts the exact unit and the decimal value (compared numerically) of a quantity state.
     */
    private static void assertQuantity(Map<String, State> states, String channel, String value, Unit<?> unit) {
        State state = states.get(channel);
        assertThat(channel, state, instanceOf(QuantityType.class));
        if (state instanceof QuantityType<?> quantity) {
            assertThat(channel, quantity.getUnit(), is(unit));
            assertThat(channel, quantity.toBigDecimal(), comparesEqualTo(new BigDecimal(value)));
        }
    }

    private static void assertInstant(Map<String, State> states, String channel, String instant) {
        State state = states.get(channel);
        assertThat(channel, state, instanceOf(DateTimeType.class));
        if (state instanceof DateTimeType dateTime) {
            assertThat(channel, dateTime.getInstant(), is(Instant.parse(instant)));
        }
    }
}

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

import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.measure.Quantity;
import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AppChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.CurrentState;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OfflineCharge;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.OutputState;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PhaseMeasurement;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;
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
 * Maps what the session reports to channel states and Thing properties. Keys are the channel ids of
 * {@link org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants}; a value the charger did not report
 * is {@link UnDefType#UNDEF}. Enumerations become their constant names, which are the state options of
 * {@code thing-types.xml}. Device times are the charger's wall clock and are placed in the zone the caller gives.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class ChannelStates {

    private static final List<String> VOLTAGE_CHANNELS = List.of(CHANNEL_VOLTAGE_L1, CHANNEL_VOLTAGE_L2,
            CHANNEL_VOLTAGE_L3);
    private static final List<String> CURRENT_CHANNELS = List.of(CHANNEL_CURRENT_L1, CHANNEL_CURRENT_L2,
            CHANNEL_CURRENT_L3);
    private static final String ERROR_SEPARATOR = ", ";
    private static final String REVISION_PREFIX = "REVISION_";
    private static final int MAX_PERCENT = 100;

    private ChannelStates() {
    }

    /**
     * @return measurements, plug/output/charger state, charging status and message, the charging switch, errors and
     *         problem; L2/L3 only for a status with three phases
     */
    static Map<String, State> ofStatus(AcStatus status) {
        Map<String, State> states = new HashMap<>();
        states.put(CHANNEL_CHARGING_POWER, quantity(status.totalPowerWatts(), Units.WATT));
        states.put(CHANNEL_REPORTED_POWER, quantity(status.powerWatts(), Units.WATT));
        List<PhaseMeasurement> phases = status.phases();
        for (int phase = 0; phase < phases.size(); phase++) {
            states.put(VOLTAGE_CHANNELS.get(phase), quantity(phases.get(phase).volts(), Units.VOLT));
            states.put(CURRENT_CHANNELS.get(phase), quantity(phases.get(phase).amperes(), Units.AMPERE));
        }
        states.put(CHANNEL_TOTAL_ENERGY, quantity(status.energyKwh(), Units.KILOWATT_HOUR));
        states.put(CHANNEL_INNER_TEMPERATURE, quantity(status.innerTemperatureCelsius(), SIUnits.CELSIUS));
        states.put(CHANNEL_OUTER_TEMPERATURE, quantity(status.outerTemperatureCelsius(), SIUnits.CELSIUS));
        states.put(CHANNEL_PLUG_STATE, new StringType(status.plugState().name()));
        states.put(CHANNEL_OUTPUT_STATE, new StringType(status.outputState().name()));
        states.put(CHANNEL_CHARGER_STATE, new StringType(status.currentState().name()));
        AppChargingStatus appStatus = status.appChargingStatus();
        states.put(CHANNEL_CHARGING_STATUS, new StringType(appStatus.name()));
        states.put(CHANNEL_CHARGING_STATUS_MESSAGE, new StringType(message(appStatus)));
        states.put(CHANNEL_CHARGING, OnOffType.from(isSessionRunning(status)));
        states.putAll(ofErrors(status.errors()));
        return states;
    }

    /**
     * @param zone the zone of the charger's wall clock
     * @return session energy, duration and start, and the scheduled start of an active reservation (else UNDEF)
     */
    static Map<String, State> ofChargingSession(ChargingStatus session, ZoneId zone) {
        Map<String, State> states = new HashMap<>();
        states.put(CHANNEL_SESSION_ENERGY, quantity(session.sessionEnergyKwh(), Units.KILOWATT_HOUR));
        states.put(CHANNEL_SESSION_DURATION, quantity(session.duration().toSeconds(), Units.SECOND));
        states.put(CHANNEL_SESSION_START, dateTime(session.startTime(), zone));
        // The charger fills the reservation time of immediate starts too; it is a schedule only in state 20.
        LocalDateTime scheduled = session.currentState() == CurrentState.RESERVATION ? session.reservationTime() : null;
        states.put(CHANNEL_SCHEDULED_START, dateTime(scheduled, zone));
        return states;
    }

    /**
     * @return every setting channel; a setting not reported yet, or with a code this binding does not know, is UNDEF
     */
    static Map<String, State> ofSettings(ChargerSettings settings) {
        Map<String, State> states = new HashMap<>();
        states.put(CHANNEL_OUTPUT_CURRENT, quantity(settings.outputCurrentAmperes(), Units.AMPERE));
        String name = settings.name();
        states.put(CHANNEL_NAME, name == null ? UnDefType.UNDEF : new StringType(name));
        states.put(CHANNEL_LANGUAGE, known(settings.language(), Language.UNKNOWN));
        states.put(CHANNEL_TEMPERATURE_UNIT, known(settings.temperatureUnit(), TemperatureUnit.UNKNOWN));
        states.put(CHANNEL_OFFLINE_CHARGE, offlineCharge(settings.offlineCharge()));
        states.put(CHANNEL_LCD_BRIGHTNESS, percent(settings.lcdBrightnessPercent()));
        return states;
    }

    /**
     * @param deviceTime the charger's wall-clock time
     * @param offset how far the charger clock is ahead of the host clock (negative: behind)
     * @param zone the zone of the charger's wall clock
     * @return the charger time and the offset in whole seconds (the charger clock has a resolution of 1 s)
     */
    static Map<String, State> ofClock(LocalDateTime deviceTime, Duration offset, ZoneId zone) {
        BigDecimal seconds = BigDecimal.valueOf(offset.toMillis()).movePointLeft(3).setScale(0, RoundingMode.HALF_UP);
        return Map.of(CHANNEL_DEVICE_TIME, dateTime(deviceTime, zone), CHANNEL_CLOCK_OFFSET,
                quantity(seconds, Units.SECOND));
    }

    /**
     * @return the errors as text in code order, comma separated (empty if none), and the problem switch
     */
    static Map<String, State> ofErrors(Set<ErrorFlag> active) {
        String text = active.stream().sorted().map(ChannelStates::describe)
                .collect(Collectors.joining(ERROR_SEPARATOR));
        return Map.of(CHANNEL_ERRORS, new StringType(text), CHANNEL_PROBLEM, OnOffType.from(!active.isEmpty()));
    }

    /**
     * @return the charger's answer to the last start or stop, in the channel of that command
     */
    static Map<String, State> ofCommandOutcome(CommandOutcome outcome) {
        String channel = outcome.action() == CommandOutcome.Action.START ? CHANNEL_LAST_START_RESULT
                : CHANNEL_LAST_STOP_RESULT;
        return Map.of(channel, new StringType(outcome.message()));
    }

    /**
     * @return the Thing properties; the firmware version only if the charger reported it
     */
    static Map<String, String> properties(ChargerIdentity identity, GattProfile profile) {
        Map<String, String> properties = new HashMap<>();
        properties.put(Thing.PROPERTY_SERIAL_NUMBER, identity.serial());
        properties.put(Thing.PROPERTY_VENDOR, identity.brand());
        properties.put(Thing.PROPERTY_MODEL_ID, identity.model());
        properties.put(Thing.PROPERTY_HARDWARE_VERSION, identity.hardwareVersion());
        String softwareVersion = identity.softwareVersion();
        if (softwareVersion != null) {
            properties.put(Thing.PROPERTY_FIRMWARE_VERSION, softwareVersion);
        }
        properties.put(PROPERTY_PHASES, Integer.toString(identity.phases()));
        properties.put(PROPERTY_RATED_POWER, Long.toString(identity.ratedPowerWatts()));
        properties.put(PROPERTY_RATED_CURRENT, Integer.toString(identity.ratedCurrentAmperes()));
        properties.put(PROPERTY_GATT_REVISION, profile.name().substring(REVISION_PREFIX.length()));
        return properties;
    }

    /**
     * @return ON while a session runs: output relay on or state "charging" (also while the vehicle draws nothing)
     */
    private static boolean isSessionRunning(AcStatus status) {
        return status.outputState() == OutputState.CHARGING || status.currentState() == CurrentState.CHARGING;
    }

    private static State offlineCharge(@Nullable OfflineCharge setting) {
        return setting == null || setting == OfflineCharge.UNKNOWN ? UnDefType.UNDEF
                : OnOffType.from(setting == OfflineCharge.ALLOWED);
    }

    private static State percent(@Nullable Integer value) {
        return value == null || value < 0 || value > MAX_PERCENT ? UnDefType.UNDEF : new PercentType(value);
    }

    private static <Q extends Quantity<Q>> State quantity(@Nullable Number value, Unit<Q> unit) {
        return value == null ? UnDefType.UNDEF : new QuantityType<>(value, unit);
    }

    private static State dateTime(@Nullable LocalDateTime wallClock, ZoneId zone) {
        return wallClock == null ? UnDefType.UNDEF : new DateTimeType(ZonedDateTime.of(wallClock, zone));
    }

    /**
     * @return the constant's name, UNDEF if not reported or a code this binding does not know
     */
    private static <E extends Enum<E>> State known(@Nullable E setting, E unknown) {
        return setting == null || setting == unknown ? UnDefType.UNDEF : new StringType(setting.name());
    }

    /**
     * @return the description the app gives to the status (spec §6.5)
     */
    private static String message(AppChargingStatus status) {
        return switch (status) {
            case VEHICLE_CONNECTED -> "Vehicle connected, press start";
            case CHARGING -> "Charging";
            case WAITING_FOR_VEHICLE -> "Started, waiting for the vehicle";
            case FINISHED -> "Charging completed";
            case FINISHED_FULL -> "Charging completed, battery full";
            case RESERVATION_ACTIVE -> "Reservation active";
            case NOT_CONNECTED -> "Plug not connected";
            case FAULT -> "Fault, see the errors";
            case WAITING_FOR_CARD -> "Waiting for a card swipe";
            case WAITING_FOR_BUTTON -> "Waiting for the button";
            case CHARGING_FAULT -> "Charging fault, see the errors";
            case UNKNOWN -> "Undefined status";
        };
    }

    /**
     * @return the name of the error in the app's table (spec §6.6)
     */
    private static String describe(ErrorFlag error) {
        return switch (error) {
            case RELAY_STUCK_L1 -> "Relay stuck (L1)";
            case RELAY_STUCK_L2 -> "Relay stuck (L2)";
            case RELAY_STUCK_L3 -> "Relay stuck (L3)";
            case OFFLINE -> "Offline";
            case CC_ERROR -> "CC error";
            case CP_ERROR -> "CP error";
            case EMERGENCY_STOP -> "Emergency stop";
            case OVER_TEMPERATURE_INNER -> "Over-temperature (inner)";
            case OVER_TEMPERATURE_OUTER -> "Over-temperature (outer)";
            case UNSPECIFIED -> "Unknown error";
            case LEAKAGE -> "Leakage protection";
            case SHORT_CIRCUIT -> "Short circuit";
            case OVER_CURRENT -> "Over-current";
            case NOT_GROUNDED -> "Not grounded";
            case OVER_VOLTAGE -> "Over-voltage";
            case UNDER_VOLTAGE -> "Under-voltage";
            case INPUT_POWER_ERROR -> "Input power error";
            case DLB_OVER_CURRENT -> "Mains overload (DLB)";
            case DIODE_SHORT_CIRCUIT -> "Diode short circuit";
            case RTC_FAILURE -> "RTC failure";
            case FLASH_FAILURE -> "Flash memory failure";
            case EEPROM_FAILURE -> "EEPROM failure";
            case METERING_FAILURE -> "Metering failure";
            case UNKNOWN -> "Unassigned error code";
        };
    }
}

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
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.HaMirror;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MirrorConfig;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MqttPort;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.MetricPrefix;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.UnDefType;

/**
 * The Home Assistant glue of the handler without a broker: settings, state payloads, commands, and that the handler
 * reports an invalid mirror parameter and creates no connection while the mirror is off.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class HomeAssistantLinkTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<String> createdPorts = new CopyOnWriteArrayList<>();
    private final HandlerDriver driver = new HandlerDriver(new SimulatorConfig(), this::refusePort);

    private MqttPort refusePort(MirrorConfig config, String clientId) {
        createdPorts.add(clientId);
        throw new IllegalStateException("no broker in this test");
    }

    @AfterEach
    void disposeHandler() {
        driver.dispose();
    }

    @Test
    void quantitiesArePublishedInTheUnitOfTheComponent() {
        assertThat(number(CHANNEL_CHARGING_POWER, new QuantityType<>(7.2, MetricPrefix.KILO(Units.WATT))), is(7200.0));
        assertThat(number(CHANNEL_TOTAL_ENERGY, new QuantityType<>(1500, Units.WATT_HOUR)), is(1.5));
        assertThat(number(CHANNEL_SESSION_DURATION, new QuantityType<>(120_000, MetricPrefix.MILLI(Units.SECOND))),
                is(120.0));
        assertThat(number(CHANNEL_VOLTAGE_L1, new QuantityType<>(230.4, Units.VOLT)), is(230.4));
        assertThat(number(CHANNEL_INNER_TEMPERATURE, new QuantityType<>(25.5, SIUnits.CELSIUS)), is(25.5));
        assertThat(HaPayloads.toHomeAssistant(CHANNEL_OUTPUT_CURRENT, new QuantityType<>(16, Units.AMPERE), BERLIN),
                is("16"));
        assertThat(HaPayloads.toHomeAssistant(CHANNEL_LCD_BRIGHTNESS, new PercentType(80), BERLIN), is("80"));
    }

    @Test
    void switchesOptionsTimesAndUndefinedStatesTakeHomeAssistantsForm() {
        assertThat(HaPayloads.toHomeAssistant(CHANNEL_CHARGING, OnOffType.ON, BERLIN), is("ON"));
        assertThat(HaPayloads.toHomeAssistant(CHANNEL_PROBLEM, OnOffType.OFF, BERLIN), is("OFF"));
        assertThat(HaPayloads.toHomeAssistant(CHANNEL_LANGUAGE, new StringType("GERMAN"), BERLIN), is("GERMAN"));
        DateTimeType start = new DateTimeType(ZonedDateTime.of(2026, 11, 25, 15, 30, 0, 0, BERLIN));
        assertThat(HaPayloads.toHomeAssistant(CHANNEL_SESSION_START, start, BERLIN), is("2026-11-25T15:30:00+01:00"));
        assertThat(HaPayloads.toHomeAssistant(CHANNEL_OUTPUT_CURRENT, UnDefType.UNDEF, BERLIN), is(HaMirror.UNKNOWN));
        assertThat(HaPayloads.toHomeAssistant(CHANNEL_NAME, UnDefType.NULL, BERLIN), is(HaMirror.UNKNOWN));
    }

    @Test
    void homeAssistantCommandsBecomeOpenhabCommands() {
        assertThat(HaPayloads.toCommand(CHANNEL_CHARGING, "ON"), is(OnOffType.ON));
        assertThat(HaPayloads.toCommand(CHANNEL_CHARGING, "OFF"), is(OnOffType.OFF));
        assertThat(HaPayloads.toCommand(CHANNEL_OUTPUT_CURRENT, "10"),
                is(new QuantityType<>(BigDecimal.TEN, Units.AMPERE)));
        assertThat(HaPayloads.toCommand(CHANNEL_NAME, "Garage"), is(new StringType("Garage")));
        assertThat(HaPayloads.toCommand(CHANNEL_TEMPERATURE_UNIT, "FAHRENHEIT"), is(new StringType("FAHRENHEIT")));
        assertThat(HaPayloads.toCommand(CHANNEL_ERRORS, "x"), is(nullValue()));
    }

    @Test
    void settingsAreReadFromTheThingConfigurationWithDefaults() {
        MirrorConfig off = MirrorSettings.mirrorConfig(new Configuration());
        assertThat(off, is(MirrorConfig.off()));
        MirrorConfig on = MirrorSettings.mirrorConfig(new Configuration(
                Map.of(MirrorConfig.PARAM_HOST, "broker", MirrorConfig.PARAM_PORT, new BigDecimal(8883),
                        MirrorConfig.PARAM_TLS, true, MirrorConfig.PARAM_USERNAME, "ha", MirrorConfig.PARAM_PASSWORD,
                        "pw", MirrorConfig.PARAM_BASE_TOPIC, "home/ev", MirrorConfig.PARAM_COMMANDS_ALLOWED, "true")));
        assertThat(on, is(new MirrorConfig("broker", 8883, true, "ha", "pw", "homeassistant", "home/ev", true)));
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(Arguments.of(MirrorConfig.PARAM_PORT, "abc"), Arguments.of(MirrorConfig.PARAM_PORT, 0),
                Arguments.of(MirrorConfig.PARAM_PORT, 65536), Arguments.of(MirrorConfig.PARAM_PORT, "1883.5"),
                Arguments.of(MirrorConfig.PARAM_TLS, "yes"), Arguments.of(MirrorConfig.PARAM_COMMANDS_ALLOWED, 1),
                Arguments.of(MirrorConfig.PARAM_BASE_TOPIC, "ev/+/x"),
                Arguments.of(MirrorConfig.PARAM_DISCOVERY_PREFIX, "/homeassistant"),
                Arguments.of(MirrorConfig.PARAM_PASSWORD, null));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void invalidMirrorParameterIsAConfigurationErrorNamingIt(String parameter, @Nullable Object value) {
        driver.rig().configure(MirrorConfig.PARAM_HOST, "127.0.0.1").configure(parameter, value);
        // a password without a user name is reported as the missing user name
        String expected = MirrorConfig.PARAM_PASSWORD.equals(parameter) ? MirrorConfig.PARAM_USERNAME : parameter;
        if (MirrorConfig.PARAM_PASSWORD.equals(parameter)) {
            driver.rig().configure(parameter, "secret");
        }

        driver.handler().initialize();

        assertThat(driver.rig().status(),
                is(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                        "@text/offline.conf-error.invalid-parameter [\"" + expected + "\"]")));
        assertThat(createdPorts, is(empty()));
    }

    @Test
    void mirrorOffCreatesNoConnection() {
        driver.rig().configure(MirrorConfig.PARAM_HOST, "").configure(MirrorConfig.PARAM_COMMANDS_ALLOWED, true);

        driver.online();
        driver.run(Duration.ofSeconds(10));
        driver.handler().handleRemoval();

        assertThat(driver.rig().status().getStatus(), is(ThingStatus.REMOVED));
        assertThat(createdPorts, is(empty()));
    }

    private static double number(String channelId, QuantityType<?> state) {
        return Double.parseDouble(HaPayloads.toHomeAssistant(channelId, state, BERLIN));
    }
}

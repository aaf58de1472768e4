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

import java.math.BigDecimal;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;

/**
 * Every invalid configuration value makes the Thing OFFLINE/CONFIGURATION_ERROR with the parameter's name, never its
 * value, and nothing is connected.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseHandlerConfigurationTest {

    private final HandlerDriver driver = new HandlerDriver(new SimulatorConfig());

    @AfterEach
    void disposeHandler() {
        driver.dispose();
    }

    static Stream<Arguments> invalidValues() {
        return Stream.of(Arguments.of("address", null), Arguments.of("address", "a4:c1:38:0b:7e:39"),
                Arguments.of("address", "A4-C1-38-0B-7E-39"), Arguments.of("address", "A4:C1:38:0B:7E"),
                Arguments.of("password", null), Arguments.of("password", "12345"), Arguments.of("password", "1234567"),
                Arguments.of("password", "12a456"), Arguments.of("password", BigDecimal.valueOf(123456)),
                Arguments.of("watchdogTimeout", 4), Arguments.of("watchdogTimeout", 121),
                Arguments.of("watchdogTimeout", "abc"), Arguments.of("watchdogTimeout", new BigDecimal("10.5")),
                Arguments.of("relayGuardInterval", -1), Arguments.of("relayGuardInterval", 3601),
                Arguments.of("relayGuardInterval", "soon"), Arguments.of("clockSync", "yes"),
                Arguments.of("restartOnCurrentChange", 1));
    }

    @ParameterizedTest
    @MethodSource("invalidValues")
    void invalidValueIsAConfigurationErrorNamingTheParameter(String parameter, @Nullable Object value) {
        driver.rig().configure(parameter, value);

        driver.handler().initialize();

        assertThat(driver.rig().status(),
                is(new ThingStatusInfo(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                        "@text/offline.conf-error.invalid-parameter [\"" + parameter + "\"]")));
        assertThat(driver.rig().device().requests().count(Request.CONNECT), is(0));
    }

    static Stream<Arguments> validValues() {
        return Stream.of(Arguments.of("watchdogTimeout", 5), Arguments.of("watchdogTimeout", "120"),
                Arguments.of("relayGuardInterval", 0), Arguments.of("relayGuardInterval", 3600),
                Arguments.of("clockSync", false), Arguments.of("restartOnCurrentChange", "true"));
    }

    @ParameterizedTest
    @MethodSource("validValues")
    void validValueIsAccepted(String parameter, Object value) {
        driver.rig().configure(parameter, value);

        driver.handler().initialize();

        assertThat(driver.rig().status().getStatus(), is(ThingStatus.UNKNOWN));
    }
}

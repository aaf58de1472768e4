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
import java.time.temporal.ChronoUnit;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.types.State;

/**
 * Channels that only change with what happens at the charger: errors, the L2/L3 measurements of a three-phase
 * charger while it charges, and the session channels of a running charge.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseHandlerChannelsTest {

    private static final int CP_ERROR = 5;
    private static final int OVER_TEMPERATURE_INNER = 7;
    private static final int CHARGE_CURRENT = 16;

    private HandlerDriver driver = new HandlerDriver(
            new SimulatorConfig().ratedCurrent(CHARGE_CURRENT).outputCurrent(CHARGE_CURRENT));

    @AfterEach
    void disposeHandler() {
        driver.dispose();
    }

    @Test
    void raisedErrorsTurnTheProblemOnAndAreListedInCodeOrder() {
        driver.online().run(Duration.ofSeconds(20));
        assertThat(driver.state(CHANNEL_PROBLEM), is(OnOffType.OFF));

        driver.rig().simulator().vehicle().raiseErrors(OVER_TEMPERATURE_INNER, CP_ERROR);
        driver.run(Duration.ofSeconds(20));

        assertThat(driver.state(CHANNEL_PROBLEM), is(OnOffType.ON));
        assertThat(driver.state(CHANNEL_ERRORS), is(new StringType("CP error, Over-temperature (inner)")));
    }

    @Test
    void clearedErrorsTurnTheProblemOffAndEmptyTheText() {
        driver.online();
        driver.rig().simulator().vehicle().raiseErrors(CP_ERROR);
        driver.run(Duration.ofSeconds(20));
        assertThat(driver.state(CHANNEL_PROBLEM), is(OnOffType.ON));

        driver.rig().simulator().vehicle().clearErrors(CP_ERROR);
        driver.run(Duration.ofSeconds(20));

        assertThat(driver.state(CHANNEL_PROBLEM), is(OnOffType.OFF));
        assertThat(driver.state(CHANNEL_ERRORS), is(new StringType("")));
    }

    @Test
    void threePhaseChargerFillsL2AndL3WhileCharging() {
        driver.dispose();
        driver = new HandlerDriver(
                new SimulatorConfig().deviceType(10).ratedCurrent(CHARGE_CURRENT).outputCurrent(CHARGE_CURRENT));
        driver.online();

        startCharging();
        driver.run(Duration.ofSeconds(30));

        for (String channel : THREE_PHASE_CHANNELS) {
            assertThat(channel, driver.rig().thing().getChannel(channel), is(notNullValue()));
        }
        for (String voltage : new String[] { CHANNEL_VOLTAGE_L1, CHANNEL_VOLTAGE_L2, CHANNEL_VOLTAGE_L3 }) {
            assertThat(voltage, quantity(voltage, Units.VOLT).doubleValue(), is(closeTo(230, 25)));
        }
        for (String current : new String[] { CHANNEL_CURRENT_L1, CHANNEL_CURRENT_L2, CHANNEL_CURRENT_L3 }) {
            assertThat(current, quantity(current, Units.AMPERE).doubleValue(),
                    is(both(greaterThan(0.0)).and(lessThanOrEqualTo(CHARGE_CURRENT + 1.0))));
        }
    }

    @Test
    void sessionChannelsOfARunningChargeHaveTheirUnitsAndTheStartInTheHandlersZone() {
        driver.online();
        Instant start = startCharging();
        driver.run(Duration.ofMinutes(10));

        BigDecimal energy = quantity(CHANNEL_SESSION_ENERGY, Units.KILOWATT_HOUR);
        BigDecimal simulatedEnergy = BigDecimal.valueOf(driver.rig().simulator().charging().sessionEnergy(), 2);
        assertThat(energy.signum(), is(1));
        assertThat(energy.compareTo(simulatedEnergy), is(lessThanOrEqualTo(0)));
        long seconds = quantity(CHANNEL_SESSION_DURATION, Units.SECOND).longValue();
        assertThat(seconds, is(both(greaterThanOrEqualTo(9L * 60)).and(lessThanOrEqualTo(11L * 60))));
        State sessionStart = driver.state(CHANNEL_SESSION_START);
        if (!(sessionStart instanceof DateTimeType startTime)) {
            throw new AssertionError("session start is not a date and time: " + sessionStart);
        }
        // the charger's wall clock runs in the handler's zone; read in any other zone the start would be hours off
        long secondsAfterTheCommand = Duration.between(start.truncatedTo(ChronoUnit.SECONDS), startTime.getInstant())
                .toSeconds();
        assertThat(secondsAfterTheCommand, is(both(greaterThanOrEqualTo(0L)).and(lessThanOrEqualTo(30L))));
    }

    /**
     * @return when the charging command was sent
     */
    private Instant startCharging() {
        driver.rig().simulator().vehicle().plugIn();
        driver.run(Duration.ofSeconds(20));
        Instant command = driver.rig().scheduler().now();
        driver.handler().handleCommand(new ChannelUID(HandlerRig.THING_UID, CHANNEL_CHARGING), OnOffType.ON);
        driver.run(Duration.ofSeconds(20));
        assertThat(driver.state(CHANNEL_CHARGING), is(OnOffType.ON));
        return command;
    }

    private BigDecimal quantity(String channel, Unit<?> unit) {
        State state = driver.state(channel);
        if (!(state instanceof QuantityType<?> quantity)) {
            throw new AssertionError(channel + " is not a quantity: " + state);
        }
        assertThat(channel, quantity.getUnit(), is(unit));
        return quantity.toBigDecimal();
    }
}

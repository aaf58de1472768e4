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

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.PercentType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.Command;

/**
 * Every writable channel end to end: the command reaches the simulated charger and the new state comes back, and a
 * refused command re-publishes the true state.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseHandlerCommandTest {

    private final HandlerDriver driver = new HandlerDriver(new SimulatorConfig().ratedCurrent(16).outputCurrent(16));

    @BeforeEach
    void online() {
        driver.online();
    }

    @AfterEach
    void disposeHandler() {
        driver.dispose();
    }

    @Test
    void outputCurrentAsQuantity() {
        send(CHANNEL_OUTPUT_CURRENT, new QuantityType<>(10, Units.AMPERE));

        assertThat(driver.rig().simulator().settings().outputCurrent(), is(10));
        assertThat(driver.state(CHANNEL_OUTPUT_CURRENT), is(new QuantityType<>(10, Units.AMPERE)));
    }

    @Test
    void outputCurrentAsMilliampereQuantityAndAsNumber() {
        send(CHANNEL_OUTPUT_CURRENT, new QuantityType<>("12000 mA"));
        assertThat(driver.rig().simulator().settings().outputCurrent(), is(12));

        send(CHANNEL_OUTPUT_CURRENT, new DecimalType(8));
        assertThat(driver.rig().simulator().settings().outputCurrent(), is(8));
    }

    @Test
    void outputCurrentAboveTheRatedCurrentIsRefused() {
        int updates = driver.states(CHANNEL_OUTPUT_CURRENT).size();

        send(CHANNEL_OUTPUT_CURRENT, new QuantityType<>(20, Units.AMPERE));

        assertThat(driver.rig().simulator().settings().outputCurrent(), is(16));
        assertThat(driver.states(CHANNEL_OUTPUT_CURRENT), hasSize(updates + 1));
        assertThat(driver.state(CHANNEL_OUTPUT_CURRENT), is(new QuantityType<>(16, Units.AMPERE)));
    }

    @Test
    void outputCurrentBelowSixAmperesOrFractionalIsRefused() {
        send(CHANNEL_OUTPUT_CURRENT, new QuantityType<>(5, Units.AMPERE));
        send(CHANNEL_OUTPUT_CURRENT, new DecimalType(7.5));

        assertThat(driver.rig().simulator().settings().outputCurrent(), is(16));
        assertThat(driver.state(CHANNEL_OUTPUT_CURRENT), is(new QuantityType<>(16, Units.AMPERE)));
    }

    @Test
    void chargingWithoutVehicleIsRefusedAndStaysOff() {
        send(CHANNEL_CHARGING, OnOffType.ON);

        assertThat(driver.state(CHANNEL_CHARGING), is(OnOffType.OFF));
        assertThat(driver.state(CHANNEL_LAST_START_RESULT).toString(), containsString("refused"));
    }

    @Test
    void chargingOnStartsWithTheOutputCurrentAndOffStops() {
        driver.rig().simulator().vehicle().plugIn();
        driver.run(Duration.ofSeconds(20));

        send(CHANNEL_CHARGING, OnOffType.ON);
        driver.run(Duration.ofSeconds(20));

        assertThat(driver.state(CHANNEL_LAST_START_RESULT), is(new StringType("start accepted")));
        assertThat(driver.state(CHANNEL_CHARGING), is(OnOffType.ON));
        assertThat(driver.rig().simulator().charging().sessionCurrent(), is(16));

        send(CHANNEL_CHARGING, OnOffType.OFF);
        driver.run(Duration.ofSeconds(20));

        assertThat(driver.state(CHANNEL_LAST_STOP_RESULT), is(new StringType("stop accepted")));
        assertThat(driver.state(CHANNEL_CHARGING), is(OnOffType.OFF));
    }

    @Test
    void startWithinTheRelayGuardIsRefused() {
        driver.rig().simulator().vehicle().plugIn();
        driver.run(Duration.ofSeconds(20));
        send(CHANNEL_CHARGING, OnOffType.ON);
        driver.run(Duration.ofSeconds(5));
        send(CHANNEL_CHARGING, OnOffType.OFF);
        driver.run(Duration.ofSeconds(5));
        int starts = driver.rig().simulator().log().received(0x8007).size();

        send(CHANNEL_CHARGING, OnOffType.ON);

        assertThat(driver.rig().simulator().log().received(0x8007), hasSize(starts));
        assertThat(driver.state(CHANNEL_CHARGING), is(OnOffType.OFF));
    }

    @Test
    void renameReachesTheChargerAndTheReconnectIsExpected() {
        send(CHANNEL_NAME, new StringType("Garage"));
        driver.run(Duration.ofSeconds(2));

        assertThat(driver.rig().simulator().settings().storedName(), containsString("Garage"));
        assertThat(driver.rig().status(), is(new ThingStatusInfo(ThingStatus.OFFLINE,
                ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error.renamed")));
    }

    @Test
    void languageTemperatureUnitAndOfflineCharge() {
        send(CHANNEL_LANGUAGE, new StringType("GERMAN"));
        send(CHANNEL_TEMPERATURE_UNIT, new StringType("FAHRENHEIT"));
        send(CHANNEL_OFFLINE_CHARGE, OnOffType.ON);

        assertThat(driver.rig().simulator().settings().language(), is(3));
        assertThat(driver.rig().simulator().settings().temperatureUnit(), is(2));
        assertThat(driver.rig().simulator().settings().offlineCharge(), is(0));
        assertThat(driver.state(CHANNEL_LANGUAGE), is(new StringType("GERMAN")));
        assertThat(driver.state(CHANNEL_TEMPERATURE_UNIT), is(new StringType("FAHRENHEIT")));
        assertThat(driver.state(CHANNEL_OFFLINE_CHARGE), is(OnOffType.ON));

        send(CHANNEL_OFFLINE_CHARGE, OnOffType.OFF);
        assertThat(driver.rig().simulator().settings().offlineCharge(), is(1));
        assertThat(driver.state(CHANNEL_OFFLINE_CHARGE), is(OnOffType.OFF));
    }

    @Test
    void unknownLanguageIsRefusedAndRepublished() {
        send(CHANNEL_LANGUAGE, new StringType("KLINGON"));
        send(CHANNEL_LANGUAGE, new StringType("UNKNOWN"));

        assertThat(driver.rig().simulator().settings().language(), is(1));
        assertThat(driver.state(CHANNEL_LANGUAGE), is(new StringType("ENGLISH")));
    }

    @Test
    void lcdBrightness() {
        send(CHANNEL_LCD_BRIGHTNESS, new PercentType(40));

        assertThat(driver.rig().simulator().settings().brightness(), is(40));
        assertThat(driver.state(CHANNEL_LCD_BRIGHTNESS), is(new PercentType(40)));
    }

    @Test
    void commandTypesAChannelDoesNotTakeAreIgnored() {
        int writes = driver.rig().device().deliveredWrites().size();

        send(CHANNEL_CHARGING, new StringType("ON"));
        send(CHANNEL_TOTAL_ENERGY, new DecimalType(1));
        send(CHANNEL_OUTPUT_CURRENT, OnOffType.ON);

        assertThat(driver.rig().device().deliveredWrites().size(), is(writes));
    }

    private void send(String channelId, Command command) {
        driver.handler().handleCommand(new ChannelUID(HandlerRig.THING_UID, channelId), command);
        driver.run(Duration.ofSeconds(1));
    }
}

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
import java.util.List;
import java.util.Map;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.binding.bluetooth.notification.BluetoothScanNotification;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;

/**
 * The handler end to end: the Bluetooth-level rig with the charger simulator, virtual time, and a framework callback
 * that records what the handler reports.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseHandlerTest {

    private HandlerDriver driver = new HandlerDriver(new SimulatorConfig());

    @AfterEach
    void disposeHandler() {
        driver.dispose();
    }

    @Test
    void loginBringsTheThingOnlineAfterUnknown() {
        driver.online();

        assertThat(driver.rig().statusHistory(),
                contains(new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null),
                        new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null)));
    }

    @Test
    void everyChannelGetsItsStateWithItsUnit() {
        driver.online().run(Duration.ofSeconds(20));

        assertQuantity(CHANNEL_CHARGING_POWER, Units.WATT);
        assertQuantity(CHANNEL_REPORTED_POWER, Units.WATT);
        assertQuantity(CHANNEL_VOLTAGE_L1, Units.VOLT);
        assertQuantity(CHANNEL_CURRENT_L1, Units.AMPERE);
        assertQuantity(CHANNEL_TOTAL_ENERGY, Units.KILOWATT_HOUR);
        assertQuantity(CHANNEL_INNER_TEMPERATURE, SIUnits.CELSIUS);
        assertQuantity(CHANNEL_OUTER_TEMPERATURE, SIUnits.CELSIUS);
        assertQuantity(CHANNEL_SESSION_ENERGY, Units.KILOWATT_HOUR);
        assertQuantity(CHANNEL_SESSION_DURATION, Units.SECOND);
        assertQuantity(CHANNEL_CLOCK_OFFSET, Units.SECOND);
        assertQuantity(CHANNEL_OUTPUT_CURRENT, Units.AMPERE);
        for (String channel : List.of(CHANNEL_PLUG_STATE, CHANNEL_OUTPUT_STATE, CHANNEL_CHARGER_STATE,
                CHANNEL_CHARGING_STATUS, CHANNEL_CHARGING_STATUS_MESSAGE, CHANNEL_ERRORS, CHANNEL_NAME,
                CHANNEL_LANGUAGE, CHANNEL_TEMPERATURE_UNIT)) {
            assertThat(channel, driver.state(channel), is(instanceOf(StringType.class)));
        }
        assertThat(driver.state(CHANNEL_PLUG_STATE), is(new StringType("NOT_CONNECTED")));
        assertThat(driver.state(CHANNEL_ERRORS), is(new StringType("")));
        assertThat(driver.state(CHANNEL_PROBLEM), is(OnOffType.OFF));
        assertThat(driver.state(CHANNEL_CHARGING), is(OnOffType.OFF));
        assertThat(driver.state(CHANNEL_OFFLINE_CHARGE), is(instanceOf(OnOffType.class)));
        assertThat(driver.state(CHANNEL_DEVICE_TIME), is(instanceOf(DateTimeType.class)));
        assertThat(driver.state(CHANNEL_SCHEDULED_START), is(UnDefType.UNDEF));
        assertThat(driver.state(CHANNEL_LCD_BRIGHTNESS), is(UnDefType.UNDEF));
        assertThat(driver.state(CHANNEL_OUTPUT_CURRENT), is(new QuantityType<>(32, Units.AMPERE)));
    }

    @Test
    void singlePhaseChargerLosesTheL2AndL3Channels() {
        driver.online();

        for (String channel : THREE_PHASE_CHANNELS) {
            assertThat(channel, driver.rig().thing().getChannel(channel), is(nullValue()));
        }
        assertThat(driver.rig().thing().getChannel(CHANNEL_VOLTAGE_L1), is(notNullValue()));
        assertThat(driver.rig().thing().getProperties().get(PROPERTY_PHASES), is("1"));
    }

    @Test
    void threePhaseChargerKeepsAndFillsTheL2AndL3Channels() {
        driver.dispose();
        driver = new HandlerDriver(new SimulatorConfig().deviceType(10));

        driver.online().run(Duration.ofSeconds(20));

        for (String channel : THREE_PHASE_CHANNELS) {
            assertThat(channel, driver.rig().thing().getChannel(channel), is(notNullValue()));
        }
        assertQuantity(CHANNEL_VOLTAGE_L2, Units.VOLT);
        assertQuantity(CHANNEL_VOLTAGE_L3, Units.VOLT);
        assertQuantity(CHANNEL_CURRENT_L2, Units.AMPERE);
        assertQuantity(CHANNEL_CURRENT_L3, Units.AMPERE);
        assertThat(driver.rig().thing().getProperties().get(PROPERTY_PHASES), is("3"));
    }

    @Test
    void chargerIdentityBecomesThingProperties() {
        driver.online();

        Map<String, String> properties = driver.rig().thing().getProperties();
        assertThat(properties.get(Thing.PROPERTY_SERIAL_NUMBER), is("0102030405060708"));
        assertThat(properties.get(Thing.PROPERTY_VENDOR), is("BESEN"));
        assertThat(properties.get(Thing.PROPERTY_MODEL_ID), is("BS20"));
        assertThat(properties.get(Thing.PROPERTY_FIRMWARE_VERSION), is("C.3252.112A008"));
        assertThat(properties.get(PROPERTY_RATED_CURRENT), is("32"));
        assertThat(properties.get(PROPERTY_GATT_REVISION), is("B"));
    }

    @ParameterizedTest
    @EnumSource(GattProfile.class)
    void everyBoardRevisionIsUsedWithItsOwnCharacteristics(GattProfile revision) {
        driver.dispose();
        driver = new HandlerDriver(new SimulatorConfig().gattProfile(revision));

        driver.online();

        assertThat(driver.handler().link().profile(), is(revision));
        assertThat(driver.rig().thing().getProperties().get(PROPERTY_GATT_REVISION),
                is(revision.name().substring("REVISION_".length())));
        // the device accepts writes only on the revision's write characteristic
        assertThat(driver.handler().link().writesFailed(), is(0));
        assertThat(driver.rig().device().deliveredWrites(), is(not(empty())));
    }

    @Test
    void wrongPinIsAConfigurationError() {
        driver.rig().configure(CONFIG_PASSWORD, "654321");

        driver.handler().initialize();
        driver.rig().awaitConnectRequests(1);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.OFFLINE, Duration.ofSeconds(30));
        driver.run(Duration.ofSeconds(40));

        assertThat(driver.rig().status(), is(new ThingStatusInfo(ThingStatus.OFFLINE,
                ThingStatusDetail.CONFIGURATION_ERROR, "@text/offline.conf-error.wrong-password")));
        assertThat(driver.rig().statusHistory().stream().map(ThingStatusInfo::getStatus).toList(),
                not(hasItem(ThingStatus.ONLINE)));
    }

    @Test
    void lostLinkTurnsTheThingOfflineUntilTheLoginSucceedsAgain() {
        driver.online();

        driver.rig().device().loseLink();
        driver.run(Duration.ofSeconds(1));

        assertThat(driver.rig().status(), is(new ThingStatusInfo(ThingStatus.OFFLINE,
                ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error.link-lost")));

        driver.rig().device().advertise(-70);
        driver.rig().awaitConnectRequests(2);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.ONLINE, Duration.ofSeconds(30));

        assertThat(driver.rig().status(), is(new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null)));
    }

    @Test
    void reconnectWithoutServicesEventStillSubscribes() {
        driver.online();
        driver.rig().device().radio().servicesEventOnReconnect(false);

        driver.rig().device().loseLink();
        driver.run(Duration.ofSeconds(1));
        driver.rig().device().advertise(-70);
        driver.rig().awaitConnectRequests(2);
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.ONLINE, Duration.ofSeconds(30));
        driver.run(Duration.ofSeconds(2));

        assertThat(driver.rig().simulator().isRegistered(), is(true));
    }

    @Test
    void silentChargerIsADeadLink() {
        driver.online();

        driver.rig().simulator().faults().goSilent();
        driver.runUntil(() -> driver.rig().status().getStatus() == ThingStatus.OFFLINE, Duration.ofSeconds(30));

        assertThat(driver.rig().status(), is(new ThingStatusInfo(ThingStatus.OFFLINE,
                ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error.dead-link")));
        driver.rig().awaitRequests(Request.DISCONNECT, 1);
    }

    @Test
    void rssiNeverSetsOnline() {
        driver.rig().device().radio().refuseConnections(true);
        driver.handler().initialize();
        driver.rig().awaitConnectRequests(1);
        driver.run(Duration.ofSeconds(12));

        driver.handler().onScanRecordReceived(new BluetoothScanNotification());
        driver.rig().device().radio().refuseConnections(false);
        driver.rig().device().advertise(-60);

        assertThat(driver.rig().statusHistory().stream().map(ThingStatusInfo::getStatus).toList(),
                not(hasItem(ThingStatus.ONLINE)));
        assertThat(driver.rig().status(), is(new ThingStatusInfo(ThingStatus.OFFLINE,
                ThingStatusDetail.COMMUNICATION_ERROR, "@text/offline.comm-error.link-lost")));
    }

    @Test
    void disposeDuringLoginLeavesNothingBehind() {
        driver.handler().initialize();
        driver.rig().awaitConnectRequests(1);
        driver.runUntil(() -> !driver.rig().simulator().log().received().isEmpty(), Duration.ofSeconds(10));
        int statuses = driver.rig().statusHistory().size();

        driver.dispose();
        driver.rig().awaitRequests(Request.DISCONNECT, 1);
        driver.run(Duration.ofMinutes(2));

        assertThat(driver.rig().statusHistory(), hasSize(statuses));
        assertThat(driver.rig().scheduler().pendingTaskCount(), is(0));
        assertThat(driver.rig().scheduler().taskFailures(), is(empty()));
    }

    @Test
    void refreshRepublishesTheLastKnownState() {
        driver.online();
        State before = driver.state(CHANNEL_OUTPUT_CURRENT);
        int updates = driver.states(CHANNEL_OUTPUT_CURRENT).size();

        driver.handler().handleCommand(new ChannelUID(HandlerRig.THING_UID, CHANNEL_OUTPUT_CURRENT),
                RefreshType.REFRESH);

        assertThat(driver.states(CHANNEL_OUTPUT_CURRENT), hasSize(updates + 1));
        assertThat(driver.state(CHANNEL_OUTPUT_CURRENT), is(before));
    }

    private void assertQuantity(String channel, Unit<?> unit) {
        State state = driver.state(channel);
        if (!(state instanceof QuantityType<?> quantity)) {
            throw new AssertionError(channel + " is not a quantity: " + state);
        }
        assertThat(channel, quantity.getUnit(), is(unit));
    }
}

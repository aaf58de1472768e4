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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.HaMirror;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.HiveMqPort;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MirrorConfig;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MosquittoBroker;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MosquittoExtension;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MqttProbe;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MqttProbe.Received;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.types.State;

/**
 * The handler with the Home Assistant mirror on, end to end: the simulated charger behind the handler, a real
 * Mosquitto broker, the mirror's client over HiveMQ (openHAB's MQTT transport cannot run on the stand-in) and a probe
 * client playing Home Assistant. Every wait is bounded.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class EvseHandlerHomeAssistantTest {

    private static final String DEVICE_ID = "evsemaster_0102030405060708";
    private static final Duration REAL_TIME_LIMIT = Duration.ofSeconds(10);
    @RegisterExtension
    static final MosquittoExtension BROKER = new MosquittoExtension(false);

    private final String prefix = "ha-" + UUID.randomUUID().toString().substring(0, 8);
    private final String root = "ev-" + UUID.randomUUID().toString().substring(0, 8) + "/" + DEVICE_ID;
    private final HandlerDriver driver = new HandlerDriver(new SimulatorConfig(),
            (config, clientId) -> new HiveMqPort(config.port(), null, ""));
    private @Nullable MqttProbe probe;

    @BeforeEach
    void goOnline() throws Exception {
        probe = new MqttProbe(broker().port(), null, "");
        driver.rig().configure(MirrorConfig.PARAM_HOST, "127.0.0.1")
                .configure(MirrorConfig.PARAM_PORT, BigDecimal.valueOf(broker().port()))
                .configure(MirrorConfig.PARAM_DISCOVERY_PREFIX, prefix)
                .configure(MirrorConfig.PARAM_BASE_TOPIC, root.substring(0, root.indexOf('/')))
                .configure(MirrorConfig.PARAM_COMMANDS_ALLOWED, true);
        driver.online();
    }

    @AfterEach
    void tearDown() throws Exception {
        driver.dispose();
        MqttProbe current = probe;
        if (current != null) {
            current.close();
        }
    }

    @Test
    void goingOnlinePublishesTheDeviceAvailabilityAndStatesInHomeAssistantUnits() throws Exception {
        probe().await(0, availability(), HaMirror.ONLINE);
        try (MqttProbe lateHomeAssistant = new MqttProbe(broker().port(), null, "")) {
            Received config = lateHomeAssistant.await(0, configTopic());
            assertThat(config.retained(), is(true));
            assertThat(config.payload(), containsString("\"serial_number\":\"0102030405060708\""));
            assertThat(lateHomeAssistant.await(0, availability()).payload(), is(HaMirror.ONLINE));
        }

        probe().await(0, state("total_energy"), inUnit(CHANNEL_TOTAL_ENERGY, Units.KILOWATT_HOUR));
        probe().await(0, state("charging_power"), inUnit(CHANNEL_CHARGING_POWER, Units.WATT));
        probe().await(0, state("output_current"), inUnit(CHANNEL_OUTPUT_CURRENT, Units.AMPERE));
        String volts = probe().await(0, state("voltage_l1"), inUnit(CHANNEL_VOLTAGE_L1, Units.VOLT)).payload();
        assertThat(Double.parseDouble(volts), is(both(greaterThan(200.0)).and(lessThan(260.0))));
        assertThat(probe().await(0, state("charging")).payload(), is("OFF"));
    }

    @Test
    void commandFromHomeAssistantReachesTheChargerAndComesBackAsState() throws Exception {
        probe().await(0, availability(), HaMirror.ONLINE);
        int writes = driver.handler().link().writesStarted();
        int mark = probe().mark();

        probe().publish(command("output_current"), "10", false);
        awaitRealTime(() -> driver.handler().link().writesStarted() > writes);
        driver.runUntil(() -> new QuantityType<>(10, Units.AMPERE).equals(driver.state(CHANNEL_OUTPUT_CURRENT)),
                Duration.ofSeconds(30));

        probe().await(mark, state("output_current"), "10");
    }

    @Test
    void lostLinkMakesTheChargerUnavailable() throws Exception {
        probe().await(0, availability(), HaMirror.ONLINE);
        int mark = probe().mark();

        driver.rig().device().loseLink();
        driver.run(Duration.ofSeconds(1));

        assertThat(driver.rig().status().getStatus(), is(ThingStatus.OFFLINE));
        probe().await(mark, availability(), HaMirror.OFFLINE);
    }

    @Test
    void removingTheThingRemovesTheDeviceFromHomeAssistant() throws Exception {
        probe().await(0, availability(), HaMirror.ONLINE);
        int mark = probe().mark();

        driver.handler().handleRemoval();

        assertThat(driver.rig().status().getStatus(), is(ThingStatus.REMOVED));
        probe().await(mark, configTopic(), "");
        assertNothingRetained();
    }

    @Test
    void turningTheMirrorOffRemovesTheDeviceFromHomeAssistant() throws Exception {
        probe().await(0, availability(), HaMirror.ONLINE);
        int mark = probe().mark();

        driver.handler().handleConfigurationUpdate(Map.of(MirrorConfig.PARAM_HOST, ""));

        probe().await(mark, configTopic(), "");
        assertNothingRetained();
    }

    private void assertNothingRetained() throws Exception {
        try (MqttProbe homeAssistant = new MqttProbe(broker().port(), null, "")) {
            homeAssistant.publish(root + "/marker", "end", false);
            homeAssistant.await(0, root + "/marker", "end");
            assertThat(homeAssistant.since(0).stream().map(Received::topic).toList(),
                    not(hasItems(configTopic(), availability(), state("total_energy"))));
        }
    }

    /**
     * @return the channel's last state in the unit, as the plain number Home Assistant must get
     */
    private String inUnit(String channelId, Unit<?> unit) {
        State last = driver.state(channelId);
        QuantityType<?> converted = last instanceof QuantityType<?> quantity ? quantity.toUnit(unit) : null;
        if (converted == null) {
            throw new AssertionError("no quantity in " + unit + " on " + channelId + ": " + last);
        }
        return converted.toBigDecimal().toPlainString();
    }

    private static void awaitRealTime(BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(REAL_TIME_LIMIT);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + REAL_TIME_LIMIT);
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
    }

    private String configTopic() {
        return prefix + "/device/" + DEVICE_ID + "/config";
    }

    private String availability() {
        return root + "/availability";
    }

    private String state(String key) {
        return root + "/" + key + "/state";
    }

    private String command(String key) {
        return root + "/" + key + "/set";
    }

    private MqttProbe probe() {
        MqttProbe current = probe;
        if (current == null) {
            throw new IllegalStateException("no probe");
        }
        return current;
    }

    private static MosquittoBroker broker() {
        return BROKER.broker();
    }
}

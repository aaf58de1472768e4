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
package org.openhab.binding.bluetooth.evsemaster.internal.homeassistant;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MqttProbe.Received;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionState;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The mirror against a real Mosquitto broker, through the HiveMQ adapter and a proxy that can cut the connection;
 * a probe client plays Home Assistant and the charger simulator plays the charger.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
abstract class AbstractMirrorBrokerTest {

    private static final Duration TIMEOUT = MqttProbe.TIMEOUT;

    private @Nullable ChargerRig rig;
    private @Nullable MqttProbe probe;
    private @Nullable CuttableProxy proxy;
    private @Nullable HaMirror mirror;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final String prefix = "ha-" + UUID.randomUUID().toString().substring(0, 8);
    private final String baseTopic = "evsemaster-" + UUID.randomUUID().toString().substring(0, 8);
    private String configTopic = "";
    private String root = "";

    /**
     * @return the running broker of the subclass
     */
    abstract MosquittoBroker broker();

    abstract @Nullable String username();

    @BeforeEach
    void startMirror() throws Exception {
        ChargerRig newRig = new ChargerRig(new SimulatorConfig());
        rig = newRig;
        probe = new MqttProbe(broker().port(), username(), MosquittoBroker.PASSWORD);
        CuttableProxy newProxy = new CuttableProxy(broker().port());
        proxy = newProxy;
        MirrorConfig config = new MirrorConfig("127.0.0.1", newProxy.port(), false,
                username() == null ? "" : MosquittoBroker.USER, username() == null ? "" : MosquittoBroker.PASSWORD,
                prefix, baseTopic, true);
        HaMirror newMirror = new HaMirror(config, new HiveMqPort(newProxy.port(), username(), MosquittoBroker.PASSWORD),
                executor, newRig.commandSink(), new ShortestDelay(), "5.2.0-test");
        mirror = newMirror;
        newRig.glue.attach(newMirror);
        newRig.logIn();
        String deviceId = "evsemaster_0102030405060708";
        configTopic = prefix + "/device/" + deviceId + "/config";
        root = baseTopic + "/" + deviceId;
        probe().await(0, availability(), HaMirror.ONLINE);
        probe().await(0, state("total_energy"));
    }

    @AfterEach
    void stopMirror() throws Exception {
        HaMirror current = mirror;
        if (current != null) {
            current.stop().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        CuttableProxy currentProxy = proxy;
        if (currentProxy != null) {
            currentProxy.close();
        }
        MqttProbe currentProbe = probe;
        if (currentProbe != null) {
            currentProbe.close();
        }
        executor.shutdownNow();
    }

    @Test
    void discoveryIsRetainedDeviceBasedAndUsesOnlyDocumentedKeys() throws Exception {
        try (MqttProbe lateHomeAssistant = new MqttProbe(broker().port(), username(), MosquittoBroker.PASSWORD)) {
            Received config = lateHomeAssistant.await(0, configTopic);
            assertThat(config.retained(), is(true));
            JsonObject root = JsonParser.parseString(config.payload()).getAsJsonObject();
            assertThat(DocumentedKeys.violations(root), is(empty()));
            JsonObject device = root.getAsJsonObject("device");
            assertThat(device.get("serial_number").getAsString(), is("0102030405060708"));
            assertThat(device.getAsJsonArray("connections").get(0).getAsJsonArray().get(1).getAsString(),
                    is("aa:bb:cc:dd:ee:ff"));
            JsonObject components = root.getAsJsonObject("components");
            JsonObject energy = components.getAsJsonObject("total_energy");
            assertThat(energy.get("device_class").getAsString(), is("energy"));
            assertThat(energy.get("state_class").getAsString(), is("total_increasing"));
            assertThat(energy.get("unit_of_measurement").getAsString(), is("kWh"));
            JsonObject power = components.getAsJsonObject("charging_power");
            assertThat(power.get("device_class").getAsString(), is("power"));
            assertThat(power.get("state_class").getAsString(), is("measurement"));
            assertThat(power.get("unit_of_measurement").getAsString(), is("W"));
            assertThat(components.getAsJsonObject("output_current").get("max").getAsInt(), is(32));
            Received availability = lateHomeAssistant.await(0, availability());
            assertThat(availability.payload(), is(HaMirror.ONLINE));
            assertThat(availability.retained(), is(true));
            assertThat(lateHomeAssistant.await(0, state("charger_state")).retained(), is(true));
        }
    }

    @Test
    void availabilityFollowsTheSessionAndTheWillAndCommandsWorkAfterAReconnect() throws Exception {
        int mark = probe().mark();
        rig().link.drop();
        rig().advanceSeconds(1);
        probe().await(mark, availability(), HaMirror.OFFLINE);
        mark = probe().mark();
        for (int second = 0; second < 120 && rig().session.state() != SessionState.LOGGED_IN; second++) {
            rig().advanceSeconds(1);
        }
        assertThat(rig().session.state(), is(SessionState.LOGGED_IN));
        probe().await(mark, availability(), HaMirror.ONLINE);

        mark = probe().mark();
        requireProxy().cut();
        Received will = probe().await(mark, message -> message.topic().equals(availability()));
        assertThat("the broker published the will", will.payload(), is(HaMirror.OFFLINE));
        probe().await(mark, availability(), HaMirror.ONLINE);

        mark = probe().mark();
        probe().publish(command("output_current"), "10", false);
        rig().executeNextCommand(TIMEOUT);
        probe().await(mark, state("output_current"), "10");
    }

    @Test
    void birthMessageRepublishesConfigAndStatesAfterADelay() throws Exception {
        int mark = probe().mark();
        long sent = System.nanoTime();
        probe().publish(prefix + "/status", HaMirror.ONLINE, false);
        probe().await(mark, configTopic);
        long delayMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent);
        assertThat(delayMillis, is(greaterThanOrEqualTo(HaMirror.BIRTH_DELAY_MIN.toMillis() - 50)));
        probe().await(mark, state("total_energy"));
        probe().await(mark, availability(), HaMirror.ONLINE);
    }

    @Test
    void commandsRoundTripThroughTheCharger() throws Exception {
        rig().charger.vehicle().plugIn();
        rig().advanceSeconds(5);
        int mark = probe().mark();
        probe().publish(command("charging"), "ON", false);
        assertThat(rig().executeNextCommand(TIMEOUT), is(new ChargerRig.MirrorCommand("charging", "ON")));
        rig().advanceSeconds(20);
        probe().await(mark, state("charging"), "ON");

        probe().publish(command("language"), "GERMAN", false);
        rig().executeNextCommand(TIMEOUT);
        probe().await(mark, state("language"), "GERMAN");

        probe().publish(command("sync_clock"), "PRESS", false);
        assertThat(rig().executeNextCommand(TIMEOUT).channelId(), is(Components.SYNC_CLOCK));
    }

    @Test
    void invalidPayloadsAreIgnoredAndTheTrueStateIsPublishedAgain() throws Exception {
        probe().publish(command("sync_clock"), "push", false);
        String[][] invalid = { { "output_current", "abc" }, { "output_current", "5" }, { "output_current", "33" },
                { "output_current", "10.5" }, { "charging", "maybe" }, { "language", "KLINGON" },
                { "name", "much too long a name" }, { "temperature_unit", "" } };
        for (String[] attempt : invalid) {
            int mark = probe().mark();
            String trueState = lastState(attempt[0]);
            probe().publish(command(attempt[0]), attempt[1], false);
            probe().await(mark, state(attempt[0]), trueState);
        }
        assertThat(rig().commands, is(empty()));
    }

    @Test
    void removalDeletesTheDeviceFromHomeAssistant() throws Exception {
        int mark = probe().mark();
        requireMirror().remove().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        probe().await(mark, configTopic, "");
        probe().await(mark, state("total_energy"), "");
        try (MqttProbe lateHomeAssistant = new MqttProbe(broker().port(), username(), MosquittoBroker.PASSWORD)) {
            lateHomeAssistant.publish(root + "/marker", "end", false);
            lateHomeAssistant.await(0, root + "/marker", "end");
            assertThat(lateHomeAssistant.since(0).stream().map(Received::topic).toList(),
                    not(hasItems(configTopic, availability(), state("total_energy"))));
        }
    }

    @Test
    void stoppingMarksTheChargerUnavailable() throws Exception {
        int mark = probe().mark();
        requireMirror().stop().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        Received offline = probe().await(mark, availability(), HaMirror.OFFLINE);
        assertThat(offline.retained(), is(false));
        try (MqttProbe lateHomeAssistant = new MqttProbe(broker().port(), username(), MosquittoBroker.PASSWORD)) {
            assertThat(lateHomeAssistant.await(0, availability()).payload(), is(HaMirror.OFFLINE));
        }
    }

    private String lastState(String key) {
        String last = HaMirror.UNKNOWN;
        for (Received message : probe().since(0)) {
            if (message.topic().equals(state(key))) {
                last = message.payload();
            }
        }
        return last;
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

    private ChargerRig rig() {
        ChargerRig current = rig;
        if (current == null) {
            throw new IllegalStateException("no rig");
        }
        return current;
    }

    private MqttProbe probe() {
        MqttProbe current = probe;
        if (current == null) {
            throw new IllegalStateException("no probe");
        }
        return current;
    }

    private CuttableProxy requireProxy() {
        CuttableProxy current = proxy;
        if (current == null) {
            throw new IllegalStateException("no proxy");
        }
        return current;
    }

    private HaMirror requireMirror() {
        HaMirror current = mirror;
        if (current == null) {
            throw new IllegalStateException("no mirror");
        }
        return current;
    }

    /**
     * Always the shortest birth-message delay, so that the tests wait no longer than needed.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private static class ShortestDelay extends Random {
        private static final long serialVersionUID = 1L;

        @Override
        public int nextInt(int bound) {
            return 0;
        }
    }
}

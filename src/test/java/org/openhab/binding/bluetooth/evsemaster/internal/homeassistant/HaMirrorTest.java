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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * The mirror's reactions to its port, on virtual time: subscriptions renewed after every reconnect, states on change
 * only, availability, commands only when allowed.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class HaMirrorTest {

    private static final DeviceInfo DEVICE = new DeviceInfo("0A0B", "AA:BB:CC:DD:EE:FF", "Garage", "Besen", "BS20",
            "1.0", null, 1, 16);
    private static final String ROOT = "evsemaster/evsemaster_0a0b/";

    /**
     * Records what the mirror does with the port; the test plays the broker connection.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private static class RecordingPort implements MqttPort {
        final List<String> subscriptions = new ArrayList<>();
        final List<String> published = new ArrayList<>();
        @Nullable
        Listener listener;
        @Nullable
        Will will;

        @Override
        public void start(Will newWill, Listener newListener) {
            will = newWill;
            listener = newListener;
        }

        @Override
        public CompletableFuture<Boolean> publish(String topic, String payload, int qos, boolean retain) {
            published.add(topic + "=" + payload + (retain ? " (retained)" : ""));
            return CompletableFuture.completedFuture(true);
        }

        @Override
        public CompletableFuture<Boolean> subscribe(String topicFilter, int qos) {
            subscriptions.add(topicFilter);
            return CompletableFuture.completedFuture(true);
        }

        @Override
        public CompletableFuture<Boolean> stop() {
            return CompletableFuture.completedFuture(true);
        }

        Listener listener() {
            Listener current = listener;
            if (current == null) {
                throw new IllegalStateException("not started");
            }
            return current;
        }
    }

    private final ManualScheduler scheduler = new ManualScheduler();
    private final RecordingPort port = new RecordingPort();
    private final List<String> commands = new ArrayList<>();

    private HaMirror mirror(boolean commandsAllowed) {
        HaMirror mirror = new HaMirror(
                new MirrorConfig("broker", 1883, false, "", "", "homeassistant", "evsemaster", commandsAllowed), port,
                scheduler, (channel, payload) -> commands.add(channel + "=" + payload), new Random(1), "5.2.0-test");
        mirror.setDevice(DEVICE);
        return mirror;
    }

    private void connect() {
        port.listener().connected();
        scheduler.advance(Duration.ofMillis(10));
    }

    @Test
    void theWillMarksTheChargerOfflineRetained() {
        mirror(true);
        assertThat(String.valueOf(port.will),
                is(String.valueOf(new MqttPort.Will(ROOT + "availability", "offline", 1, true))));
    }

    @Test
    void subscriptionsAreRenewedAfterEveryReconnect() {
        mirror(true);
        connect();
        port.listener().connectionLost();
        connect();
        assertThat(port.subscriptions,
                contains("homeassistant/status", ROOT + "+/set", "homeassistant/status", ROOT + "+/set"));
    }

    @Test
    void statesArePublishedOnChangeOnlyAndEverythingAgainAfterAReconnect() {
        HaMirror mirror = mirror(true);
        mirror.setAvailable(true);
        connect();
        mirror.update("total-energy", "12.5");
        mirror.update("total-energy", "12.5");
        mirror.update("total-energy", "12.6");
        assertThat(port.published.stream().filter(message -> message.startsWith(ROOT + "total_energy")).toList(),
                contains(ROOT + "total_energy/state=12.5 (retained)", ROOT + "total_energy/state=12.6 (retained)"));
        port.published.clear();
        port.listener().connectionLost();
        connect();
        assertThat(port.published,
                hasItems(
                        "homeassistant/device/evsemaster_0a0b/config="
                                + DiscoveryPayload.build(DEVICE, Components.forDevice(DEVICE, true),
                                        Topics.of(new MirrorConfig("broker", 1883, false, "", "", "homeassistant",
                                                "evsemaster", true), DEVICE.id()),
                                        "5.2.0-test", 1)
                                + " (retained)",
                        ROOT + "availability=online (retained)", ROOT + "total_energy/state=12.6 (retained)"));
    }

    @Test
    void availabilityFollowsTheSession() {
        HaMirror mirror = mirror(true);
        connect();
        mirror.setAvailable(true);
        mirror.setAvailable(false);
        assertThat(port.published.stream().filter(message -> message.startsWith(ROOT + "availability")).toList(),
                contains(ROOT + "availability=offline (retained)", ROOT + "availability=online (retained)",
                        ROOT + "availability=offline (retained)"));
    }

    @Test
    void commandsReachTheSinkOnlyWhenAllowed() {
        mirror(false);
        connect();
        port.listener().messageArrived(ROOT + "charging/set", "ON");
        assertThat(port.subscriptions, contains("homeassistant/status"));
        assertThat(commands, is(empty()));
    }

    @Test
    void aNameUpdateRenamesTheDevice() {
        HaMirror mirror = mirror(true);
        connect();
        port.published.clear();
        mirror.update("name", "Carport");
        assertThat(port.published.get(0), containsString("\"name\":\"Carport\""));
    }
}

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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargeRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;

import com.google.gson.Gson;

/**
 * Counts the MQTT messages and payload bytes the mirror publishes per minute while the simulated charger idles and
 * charges (virtual
 * time), next to what evseMQTT would publish: one JSON with the full state on every status push. The figures go to
 * {@code target/ha-mirror-traffic.txt} (README, "Home Assistant mirror traffic").
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class MirrorTrafficTest {

    private static final Duration WINDOW = Duration.ofMinutes(30);
    private static final Gson GSON = new Gson();

    /**
     * An MQTT port that connects at once and counts what is published.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private static class CountingPort implements MqttPort {
        int messages;
        long bytes;

        @Override
        public void start(Will will, Listener listener) {
            listener.connected();
        }

        @Override
        public CompletableFuture<Boolean> publish(String topic, String payload, int qos, boolean retain) {
            messages++;
            bytes += payload.getBytes(StandardCharsets.UTF_8).length;
            return CompletableFuture.completedFuture(true);
        }

        @Override
        public CompletableFuture<Boolean> subscribe(String topicFilter, int qos) {
            return CompletableFuture.completedFuture(true);
        }

        @Override
        public CompletableFuture<Boolean> stop() {
            return CompletableFuture.completedFuture(true);
        }
    }

    /**
     * What evseMQTT would have sent: one full-state JSON per status push.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private static class EvseMqttModel {
        int messages;
        long bytes;

        void statusPush(Map<String, String> state) {
            messages++;
            bytes += GSON.toJson(state).getBytes(StandardCharsets.UTF_8).length;
        }
    }

    private record Rates(double mirrorMessages, double mirrorBytes, double evseMessages, double evseBytes) {
        String row(String phase) {
            return String.format(Locale.ROOT, "| %s | %.1f | %.0f | %.1f | %.0f | %.1f |", phase, mirrorMessages,
                    mirrorBytes, evseMessages, evseBytes, evseBytes / mirrorBytes);
        }
    }

    @Test
    void theMirrorSendsFarFewerBytesThanEvseMqtt() throws IOException {
        ChargerRig rig = new ChargerRig(new SimulatorConfig());
        CountingPort port = new CountingPort();
        HaMirror mirror = new HaMirror(
                new MirrorConfig("broker", 1883, false, "", "", "homeassistant", "evsemaster", true), port,
                rig.scheduler, rig.commandSink(), new Random(1), "5.2.0-test");
        rig.glue.attach(mirror);
        EvseMqttModel evseMqtt = new EvseMqttModel();
        rig.glue.observeStatusPushes(evseMqtt::statusPush);
        rig.logIn();
        rig.advanceSeconds(60);
        int initialMessages = port.messages;

        Rates idle = measure(rig, port, evseMqtt);
        rig.charger.vehicle().plugIn();
        rig.advanceSeconds(10);
        rig.session.startCharging(ChargeRequest.now(16));
        rig.advanceSeconds(60);
        Rates charging = measure(rig, port, evseMqtt);

        String figures = String.join("\n",
                "initial messages after login (config, availability, states): " + initialMessages,
                "| Phase (30 virtual minutes) | mirror msg/min | mirror payload B/min | evseMQTT msg/min | "
                        + "evseMQTT payload B/min | evseMQTT bytes / mirror bytes |",
                "|---|---|---|---|---|---|", idle.row("idle, no vehicle"), charging.row("charging at 16 A"), "");
        Files.writeString(Path.of("target", "ha-mirror-traffic.txt"), figures, StandardCharsets.UTF_8);
        assertThat(charging.mirrorMessages(), is(greaterThan(0.0)));
        assertThat(charging.mirrorBytes() * 5, is(lessThan(charging.evseBytes())));
        assertThat(idle.mirrorBytes() * 5, is(lessThan(idle.evseBytes())));
    }

    private static Rates measure(ChargerRig rig, CountingPort port, EvseMqttModel evseMqtt) {
        int messages = port.messages;
        long bytes = port.bytes;
        int evseMessages = evseMqtt.messages;
        long evseBytes = evseMqtt.bytes;
        rig.scheduler.advance(WINDOW);
        double minutes = WINDOW.toMinutes();
        return new Rates((port.messages - messages) / minutes, (port.bytes - bytes) / minutes,
                (evseMqtt.messages - evseMessages) / minutes, (evseMqtt.bytes - evseBytes) / minutes);
    }
}

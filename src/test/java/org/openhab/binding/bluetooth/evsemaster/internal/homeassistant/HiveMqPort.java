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

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;
import com.hivemq.client.mqtt.mqtt3.Mqtt3ClientBuilder;

/**
 * The mirror's MQTT port over the HiveMQ client (the library openHAB's transport wraps), for tests against a real
 * broker: clean session, automatic reconnect, will and credentials in every CONNECT. Like openHAB's
 * {@code MqttBrokerConnection}, HiveMQ renews its subscriptions after a reconnect by itself (turning that off makes
 * it drop subscriptions made in the connected listener), so the mirror's own renewal is checked with a fake port in
 * {@code HaMirrorTest}; one global callback for all subscriptions
 * (so that subscribing again after a reconnect does not deliver messages twice).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class HiveMqPort implements MqttPort {

    private final int port;
    private final @Nullable String username;
    private final String password;
    private final String clientId = "evsemaster-test-" + UUID.randomUUID();
    private @Nullable Mqtt3AsyncClient client;

    public HiveMqPort(int port, @Nullable String username, String password) {
        this.port = port;
        this.username = username;
        this.password = password;
    }

    @Override
    @SuppressWarnings("null") // the HiveMQ builders return wildcard types, which null analysis cannot follow
    public void start(Will will, Listener listener) {
        Mqtt3ClientBuilder builder = MqttClient.builder().useMqttVersion3().identifier(clientId).serverHost("127.0.0.1")
                .serverPort(port).automaticReconnect().initialDelay(100, TimeUnit.MILLISECONDS)
                .maxDelay(500, TimeUnit.MILLISECONDS).applyAutomaticReconnect()
                .addConnectedListener(context -> listener.connected())
                .addDisconnectedListener(context -> listener.connectionLost()).willPublish().topic(will.topic())
                .payload(will.payload().getBytes(StandardCharsets.UTF_8)).qos(qos(will.qos())).retain(will.retain())
                .applyWillPublish();
        String user = username;
        if (user != null) {
            builder = builder.simpleAuth().username(user).password(password.getBytes(StandardCharsets.UTF_8))
                    .applySimpleAuth();
        }
        Mqtt3AsyncClient newClient = builder.buildAsync();
        client = newClient;
        newClient.publishes(MqttGlobalPublishFilter.SUBSCRIBED,
                publish -> listener.messageArrived(publish.getTopic().toString(),
                        new String(publish.getPayloadAsBytes(), StandardCharsets.UTF_8)));
        newClient.connectWith().cleanSession(true).send();
    }

    @Override
    public CompletableFuture<Boolean> publish(String topic, String payload, int qos, boolean retain) {
        return requireClient().publishWith().topic(topic).payload(payload.getBytes(StandardCharsets.UTF_8))
                .qos(qos(qos)).retain(retain).send().thenApply(published -> true);
    }

    @Override
    public CompletableFuture<Boolean> subscribe(String topicFilter, int qos) {
        return requireClient().subscribeWith().topicFilter(topicFilter).qos(qos(qos)).send().thenApply(ack -> true);
    }

    @Override
    public CompletableFuture<Boolean> stop() {
        return requireClient().disconnect().thenApply(done -> true);
    }

    private Mqtt3AsyncClient requireClient() {
        Mqtt3AsyncClient current = client;
        if (current == null) {
            throw new IllegalStateException("not started");
        }
        return current;
    }

    private static MqttQos qos(int qos) {
        MqttQos value = MqttQos.fromCode(qos);
        if (value == null) {
            throw new IllegalArgumentException("QoS must be 0..2: " + qos);
        }
        return value;
    }
}

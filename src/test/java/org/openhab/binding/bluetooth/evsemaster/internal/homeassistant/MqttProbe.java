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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt3.Mqtt3AsyncClient;

/**
 * Plays Home Assistant in the broker tests: subscribes to everything, records what arrives, publishes commands and
 * birth messages. Every wait is bounded.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class MqttProbe implements AutoCloseable {

    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    /**
     * One received message.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    public record Received(String topic, String payload, boolean retained) {
    }

    private final Mqtt3AsyncClient client;
    private final List<Received> received = new ArrayList<>();

    @SuppressWarnings("null") // the HiveMQ builders return wildcard types, which null analysis cannot follow
    public MqttProbe(int port, @Nullable String username, String password) throws Exception {
        client = MqttClient.builder().useMqttVersion3().identifier("ha-probe-" + UUID.randomUUID())
                .serverHost("127.0.0.1").serverPort(port).buildAsync();
        client.publishes(MqttGlobalPublishFilter.SUBSCRIBED,
                publish -> record(new Received(publish.getTopic().toString(),
                        new String(publish.getPayloadAsBytes(), StandardCharsets.UTF_8), publish.isRetain())));
        if (username == null) {
            await(client.connectWith().cleanSession(true).send());
        } else {
            await(client.connectWith().cleanSession(true).simpleAuth().username(username)
                    .password(password.getBytes(StandardCharsets.UTF_8)).applySimpleAuth().send());
        }
        await(client.subscribeWith().topicFilter("#").qos(MqttQos.AT_LEAST_ONCE).send());
    }

    private synchronized void record(Received message) {
        received.add(message);
        notifyAll();
    }

    /**
     * @return how many messages arrived so far: a mark for {@link #await(int, Predicate)}
     */
    public synchronized int mark() {
        return received.size();
    }

    public synchronized List<Received> since(int mark) {
        return List.copyOf(received.subList(mark, received.size()));
    }

    /**
     * @return the first message from index {@code mark} on that matches
     * @throws AssertionError if none arrives within {@link #TIMEOUT}
     */
    public synchronized Received await(int mark, Predicate<Received> condition) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int index = mark;
        while (true) {
            for (; index < received.size(); index++) {
                Received message = received.get(index);
                if (condition.test(message)) {
                    return message;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no matching message within " + TIMEOUT + "; got " + since(mark));
            }
            wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        }
    }

    public Received await(int mark, String topic, String payload) throws InterruptedException {
        return await(mark, message -> message.topic().equals(topic) && message.payload().equals(payload));
    }

    public Received await(int mark, String topic) throws InterruptedException {
        return await(mark, message -> message.topic().equals(topic));
    }

    public void publish(String topic, String payload, boolean retain) throws Exception {
        await(client.publishWith().topic(topic).payload(payload.getBytes(StandardCharsets.UTF_8))
                .qos(MqttQos.AT_LEAST_ONCE).retain(retain).send());
    }

    private static <T> T await(CompletableFuture<T> future)
            throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws Exception {
        await(client.disconnect());
    }
}

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
package org.openhab.core.io.transport.mqtt.internal;

import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.io.transport.mqtt.MqttMessageSubscriber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.hivemq.client.mqtt.mqtt3.message.publish.Mqtt3Publish;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;

/**
 * Stand-in of openHAB's internal {@code org.openhab.core.io.transport.mqtt.internal.Subscription} (compile/test only,
 * never shipped). Present only because {@code MqttBrokerConnection} exposes it in protected members. Keeps the
 * subscribers of one topic and replays retained messages to new subscribers.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class Subscription {
    private final Logger logger = LoggerFactory.getLogger(Subscription.class);
    private final Map<String, byte[]> retainedMessages = new ConcurrentHashMap<>();
    private final Collection<MqttMessageSubscriber> subscribers = ConcurrentHashMap.newKeySet();

    /** Adds a subscriber; a new subscriber immediately receives all non-empty retained messages. */
    public void add(MqttMessageSubscriber subscriber) {
        if (subscribers.add(subscriber)) {
            retainedMessages.forEach((topic, payload) -> {
                if (payload.length > 0) {
                    deliver(subscriber, topic, payload);
                }
            });
        }
    }

    public void remove(MqttMessageSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    public boolean isEmpty() {
        return subscribers.isEmpty();
    }

    public void messageArrived(Mqtt3Publish message) {
        messageArrived(message.getTopic().toString(), message.getPayloadAsBytes(), message.isRetain());
    }

    public void messageArrived(Mqtt5Publish message) {
        messageArrived(message.getTopic().toString(), message.getPayloadAsBytes(), message.isRetain());
    }

    /** Once a topic had a retained message, later messages on it are kept as retained too (MQTT semantics). */
    public void messageArrived(String topic, byte[] payload, boolean retain) {
        if (retain || retainedMessages.containsKey(topic)) {
            retainedMessages.put(topic, payload);
        }
        subscribers.forEach(subscriber -> deliver(subscriber, topic, payload));
    }

    private void deliver(MqttMessageSubscriber subscriber, String topic, byte[] payload) {
        try {
            subscriber.processMessage(topic, payload);
        } catch (RuntimeException e) {
            logger.warn("A subscriber of type '{}' failed to process message '{}' to topic '{}'.",
                    subscriber.getClass(), HexFormat.of().formatHex(payload), topic);
        }
    }
}

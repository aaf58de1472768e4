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
package org.openhab.core.io.transport.mqtt;

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.core.io.transport.mqtt.MqttWillAndTestament} (compile/test only, never
 * shipped): the last will the broker publishes when the client goes away.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class MqttWillAndTestament {
    private static final int DEFAULT_QOS = 0;
    private static final boolean DEFAULT_RETAIN = false;

    private final String topic;
    private final byte @Nullable [] payload;
    private final int qos;
    private final boolean retain;

    /**
     * Parses {@code topic:message:qos:retain} (later parts optional).
     *
     * @return the last will, or null if the string is null or has no topic
     */
    public static @Nullable MqttWillAndTestament fromString(@Nullable String string) {
        return fromString(string, null, null, null, null);
    }

    /**
     * Parses {@code topic:message:qos:retain} like {@link #fromString(String)}; each non-null explicit argument
     * overrides the parsed value. A qos outside 0..2 in the string is ignored (default 0).
     *
     * @return the last will, or null if no non-empty topic results
     */
    public static @Nullable MqttWillAndTestament fromString(@Nullable String string, @Nullable String topic,
            byte @Nullable [] payload, @Nullable Integer qos, @Nullable Boolean retain) {
        String parsedTopic = null;
        byte[] parsedPayload = null;
        int parsedQos = DEFAULT_QOS;
        boolean parsedRetain = DEFAULT_RETAIN;
        if (string != null) {
            String[] parts = string.split(":");
            int count = Math.min(parts.length, 4);
            for (int index = 0; index < count; index++) {
                String value = parts[index].trim();
                switch (index) {
                    case 0 -> parsedTopic = value;
                    case 1 -> parsedPayload = value.getBytes(StandardCharsets.UTF_8);
                    case 2 -> parsedQos = parseQos(value, parsedQos);
                    default -> parsedRetain = Boolean.parseBoolean(value);
                }
            }
        }
        String effectiveTopic = topic != null ? topic : parsedTopic;
        if (effectiveTopic == null || effectiveTopic.isEmpty()) {
            return null;
        }
        return new MqttWillAndTestament(effectiveTopic, payload != null ? payload : parsedPayload,
                qos != null ? qos : parsedQos, retain != null ? retain : parsedRetain);
    }

    private static int parseQos(String value, int fallback) {
        if (value.isEmpty()) {
            return fallback;
        }
        int parsed = Integer.parseInt(value);
        return parsed >= 0 && parsed <= 2 ? parsed : fallback;
    }

    /**
     * @param topic a plain topic (no wildcards), must not be blank
     * @param payload the optional payload
     * @param qos 0, 1 or 2
     * @param retain whether the broker retains the message
     * @throws IllegalArgumentException if the topic is blank
     */
    public MqttWillAndTestament(String topic, byte @Nullable [] payload, int qos, boolean retain) {
        if (topic.isBlank()) {
            throw new IllegalArgumentException("Topic must be set");
        }
        this.topic = topic;
        this.payload = payload;
        this.qos = qos;
        this.retain = retain;
    }

    public String getTopic() {
        return topic;
    }

    public byte @Nullable [] getPayload() {
        return payload;
    }

    public int getQos() {
        return qos;
    }

    public boolean isRetain() {
        return retain;
    }

    @Override
    public String toString() {
        byte[] currentPayload = payload;
        String payloadText = currentPayload == null ? "null" : new String(currentPayload, StandardCharsets.UTF_8);
        return "[" + getClass() + "] Send '" + payloadText + "' to topic '" + topic + "'" + (retain ? " retained" : "")
                + " using qos mode " + qos;
    }
}

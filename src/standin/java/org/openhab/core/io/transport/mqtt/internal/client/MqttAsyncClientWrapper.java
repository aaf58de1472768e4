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
package org.openhab.core.io.transport.mqtt.internal.client;

import java.util.concurrent.CompletableFuture;

import javax.net.ssl.HostnameVerifier;
import javax.net.ssl.SSLSession;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.io.transport.mqtt.MqttWillAndTestament;
import org.openhab.core.io.transport.mqtt.internal.Subscription;

import com.hivemq.client.mqtt.MqttClientState;
import com.hivemq.client.mqtt.datatypes.MqttQos;

/**
 * Stand-in of openHAB's internal {@code org.openhab.core.io.transport.mqtt.internal.client.MqttAsyncClientWrapper}
 * (compile/test only, never shipped). Present only because {@code MqttBrokerConnection} exposes it in protected
 * members; the concrete HiveMQ MQTT 3/5 wrappers are not part of the stand-in.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class MqttAsyncClientWrapper implements HostnameVerifier {

    public abstract CompletableFuture<?> connect(@Nullable MqttWillAndTestament lwt, int keepAliveInterval,
            @Nullable String username, @Nullable String password);

    public abstract CompletableFuture<Void> disconnect();

    public abstract MqttClientState getState();

    public abstract CompletableFuture<?> publish(String topic, byte[] payload, boolean retain, int qos);

    public abstract CompletableFuture<?> subscribe(String topic, int qos, Subscription subscription);

    public abstract CompletableFuture<?> unsubscribe(String topic);

    /**
     * @throws IllegalArgumentException unless qos is 0, 1 or 2
     */
    protected MqttQos getMqttQosFromInt(int qos) {
        return switch (qos) {
            case 0 -> MqttQos.AT_MOST_ONCE;
            case 1 -> MqttQos.AT_LEAST_ONCE;
            case 2 -> MqttQos.EXACTLY_ONCE;
            default -> throw new IllegalArgumentException("QoS needs to be 0, 1 or 2.");
        };
    }

    /** Accepts every host name, as the real wrapper does. */
    @Override
    public boolean verify(@Nullable String hostname, @Nullable SSLSession sslSession) {
        return true;
    }
}

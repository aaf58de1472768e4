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

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MirrorConfig;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MqttPort;
import org.openhab.core.io.transport.mqtt.MqttBrokerConnection;
import org.openhab.core.io.transport.mqtt.MqttConnectionObserver;
import org.openhab.core.io.transport.mqtt.MqttConnectionState;
import org.openhab.core.io.transport.mqtt.MqttMessageSubscriber;
import org.openhab.core.io.transport.mqtt.MqttWillAndTestament;

/**
 * The Home Assistant mirror's MQTT port over openHAB's MQTT transport: an own {@link MqttBrokerConnection} per
 * charger with the mirror's will. The connection reconnects by itself ({@code PeriodicReconnectStrategy}) and
 * subscribes its topics again after each reconnect; the mirror subscribing again is harmless (same subscriber).
 * <p>
 * Not exercised by the tests: the build's openHAB stand-in cannot connect; the mirror's tests use a HiveMQ adapter
 * with the same contract against a real broker.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class HaBrokerConnectionPort implements MqttPort, MqttConnectionObserver, MqttMessageSubscriber {

    private final MqttBrokerConnection connection;
    private @Nullable Listener listener;

    /**
     * @param config the mirror settings (host, port, TLS, credentials)
     * @param clientId the MQTT client id; unique per charger, e.g. {@code openhab-evsemaster-<thing id>}
     */
    public HaBrokerConnectionPort(MirrorConfig config, String clientId) {
        connection = new MqttBrokerConnection(config.host(), config.port(), config.tls(), clientId);
        if (config.hasCredentials()) {
            connection.setCredentials(config.username(), config.password());
        }
    }

    @Override
    public void start(Will will, Listener newListener) {
        listener = newListener;
        connection.setQos(will.qos());
        connection.setLastWill(new MqttWillAndTestament(will.topic(), will.payload().getBytes(StandardCharsets.UTF_8),
                will.qos(), will.retain()));
        connection.addConnectionObserver(this);
        connection.start();
    }

    @Override
    public CompletableFuture<Boolean> publish(String topic, String payload, int qos, boolean retain) {
        return connection.publish(topic, payload.getBytes(StandardCharsets.UTF_8), qos, retain);
    }

    @Override
    public CompletableFuture<Boolean> subscribe(String topicFilter, int qos) {
        return connection.subscribe(topicFilter, this);
    }

    @Override
    public CompletableFuture<Boolean> stop() {
        connection.removeConnectionObserver(this);
        return connection.stop();
    }

    @Override
    public void connectionStateChanged(MqttConnectionState state, @Nullable Throwable error) {
        Listener current = listener;
        if (current == null) {
            return;
        }
        if (state == MqttConnectionState.CONNECTED) {
            current.connected();
        } else if (state == MqttConnectionState.DISCONNECTED) {
            current.connectionLost();
        }
    }

    @Override
    public void processMessage(String topic, byte[] payload) {
        Listener current = listener;
        if (current != null) {
            current.messageArrived(topic, new String(payload, StandardCharsets.UTF_8));
        }
    }
}

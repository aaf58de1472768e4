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

import java.util.concurrent.CompletableFuture;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The MQTT client as the mirror needs it. Adapters: the production one over openHAB's {@code MqttBrokerConnection}
 * and a test one over the HiveMQ client.
 * <p>
 * Contract: {@link #start} connects in the background and keeps reconnecting until {@link #stop}; the will is
 * registered with the broker on every connection, so the broker publishes it whenever the connection ends without
 * a DISCONNECT. After every (re)connect the adapter calls {@link Listener#connected()}; the mirror then subscribes
 * again, because a clean session loses its subscriptions. Payloads are UTF-8.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface MqttPort {

    /**
     * The message the broker publishes when the client vanishes.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    record Will(String topic, String payload, int qos, boolean retain) {
    }

    /**
     * Called on the adapter's threads; implementations return fast.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    interface Listener {

        /** The connection is up (first time or again). */
        void connected();

        /** The connection is down; the adapter is reconnecting. */
        void connectionLost();

        /** A message arrived on a subscribed topic. */
        void messageArrived(String topic, String payload);
    }

    /**
     * Connects in the background with the will; calls the listener from now on.
     */
    void start(Will will, Listener listener);

    /**
     * @return completes with true once the broker took the message (QoS 1/2) or it was sent (QoS 0), false or
     *         exceptionally when it could not be sent
     */
    CompletableFuture<Boolean> publish(String topic, String payload, int qos, boolean retain);

    /**
     * @return completes with true once the broker confirmed the subscription
     */
    CompletableFuture<Boolean> subscribe(String topicFilter, int qos);

    /**
     * Disconnects cleanly (the broker discards the will) and stops reconnecting.
     */
    CompletableFuture<Boolean> stop();
}

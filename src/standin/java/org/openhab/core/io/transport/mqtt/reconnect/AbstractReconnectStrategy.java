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
package org.openhab.core.io.transport.mqtt.reconnect;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.io.transport.mqtt.MqttBrokerConnection;

/**
 * Stand-in of openHAB's {@code org.openhab.core.io.transport.mqtt.reconnect.AbstractReconnectStrategy} (compile/test
 * only, never shipped): strategy for re-establishing a lost broker connection.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractReconnectStrategy {
    protected @Nullable MqttBrokerConnection brokerConnection;

    /** Called by {@link MqttBrokerConnection#setReconnectStrategy(AbstractReconnectStrategy)}. */
    public void setBrokerConnection(MqttBrokerConnection mqttBrokerConnectionImpl) {
        this.brokerConnection = mqttBrokerConnectionImpl;
    }

    public @Nullable MqttBrokerConnection getBrokerConnection() {
        return brokerConnection;
    }

    /** @return true while trying to re-establish the connection */
    public abstract boolean isReconnecting();

    /** The connection was lost or could not be established: start reconnecting. */
    public abstract void lostConnection();

    /** The connection is up: stop reconnect attempts. */
    public abstract void connectionEstablished();

    public abstract void start();

    /** Stops the strategy; it must be possible to start it again afterwards. */
    public abstract void stop();
}

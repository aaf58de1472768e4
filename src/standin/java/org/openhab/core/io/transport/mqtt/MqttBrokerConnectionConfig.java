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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.io.transport.mqtt.MqttBrokerConnection.MqttVersion;
import org.openhab.core.io.transport.mqtt.MqttBrokerConnection.Protocol;

/**
 * Stand-in of openHAB's {@code org.openhab.core.io.transport.mqtt.MqttBrokerConnectionConfig} (compile/test only,
 * never shipped): plain configuration holder for a broker connection.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class MqttBrokerConnectionConfig {
    public @Nullable String name;
    public @Nullable String host;
    public @Nullable Integer port;
    public boolean secure = true;
    public boolean hostnameValidated = true;
    public boolean cleanSessionStart = true;
    public Protocol protocol = MqttBrokerConnection.DEFAULT_PROTOCOL;
    public MqttVersion mqttVersion = MqttBrokerConnection.DEFAULT_MQTT_VERSION;
    public @Nullable String username;
    public @Nullable String password;
    public @Nullable String clientID;
    public Integer qos = MqttBrokerConnection.DEFAULT_QOS;
    /** Keep-alive in seconds. */
    public @Nullable Integer keepAlive;
    public @Nullable String lwtTopic;
    public @Nullable String lwtMessage;
    public Integer lwtQos = MqttBrokerConnection.DEFAULT_QOS;
    public Boolean lwtRetain = false;

    /**
     * @return the name if set, else {@code host[:port][:s]} (":s" when secure), possibly empty
     */
    public String getBrokerID() {
        String currentName = name;
        if (currentName != null && !currentName.isEmpty()) {
            return currentName;
        }
        return hostPortSecure();
    }

    private String hostPortSecure() {
        StringBuilder text = new StringBuilder();
        String currentHost = host;
        if (currentHost != null) {
            text.append(currentHost);
        }
        Integer currentPort = port;
        if (currentPort != null) {
            text.append(':').append(currentPort);
        }
        if (secure) {
            text.append(":s");
        }
        return text.toString();
    }

    /** {@code [name, ]host[:port][:s][:v]} (":v" when the hostname is validated). */
    @Override
    public String toString() {
        String currentName = name;
        return (currentName != null ? currentName + ", " : "") + hostPortSecure() + (hostnameValidated ? ":v" : "");
    }
}

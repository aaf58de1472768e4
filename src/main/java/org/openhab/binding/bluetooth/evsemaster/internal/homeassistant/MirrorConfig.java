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

import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The Home Assistant mirror settings of one charger. An empty broker host turns the mirror off.
 *
 * @param host MQTT broker host name or address; empty: mirror off
 * @param port MQTT broker port, 1..65535
 * @param tls whether the connection uses TLS
 * @param username user name for the broker; empty: anonymous
 * @param password password for the broker (never logged, never in {@link #toString()})
 * @param discoveryPrefix Home Assistant's discovery prefix
 * @param baseTopic root of the state, command and availability topics; the charger's id is appended
 * @param commandsAllowed whether Home Assistant may control the charger
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record MirrorConfig(String host, int port, boolean tls, String username, String password, String discoveryPrefix,
        String baseTopic, boolean commandsAllowed) {

    public static final String PARAM_HOST = "haBrokerHost";
    public static final String PARAM_PORT = "haBrokerPort";
    public static final String PARAM_TLS = "haBrokerTls";
    public static final String PARAM_USERNAME = "haUsername";
    public static final String PARAM_PASSWORD = "haPassword";
    public static final String PARAM_DISCOVERY_PREFIX = "haDiscoveryPrefix";
    public static final String PARAM_BASE_TOPIC = "haBaseTopic";
    public static final String PARAM_COMMANDS_ALLOWED = "haAllowCommands";

    public static final int DEFAULT_PORT = 1883;
    public static final String DEFAULT_DISCOVERY_PREFIX = "homeassistant";
    public static final String DEFAULT_BASE_TOPIC = "evsemaster";

    /** One or more topic levels without wildcards, without empty levels and without a leading or trailing slash. */
    private static final Pattern TOPIC_ROOT = Pattern.compile("[^/+#\\u0000]+(/[^/+#\\u0000]+)*");
    private static final int MAX_PORT = 65535;

    /**
     * @throws InvalidMirrorParameterException naming the first invalid parameter (only checked when the mirror is
     *             on)
     */
    public MirrorConfig {
        host = host.strip();
        discoveryPrefix = discoveryPrefix.strip();
        baseTopic = baseTopic.strip();
        if (!host.isEmpty()) {
            if (port < 1 || port > MAX_PORT) {
                throw new InvalidMirrorParameterException(PARAM_PORT, "must be 1.." + MAX_PORT + ": " + port);
            }
            requireTopicRoot(PARAM_DISCOVERY_PREFIX, discoveryPrefix);
            requireTopicRoot(PARAM_BASE_TOPIC, baseTopic);
            if (username.isEmpty() && !password.isEmpty()) {
                throw new InvalidMirrorParameterException(PARAM_USERNAME, "is needed when a password is set");
            }
        }
    }

    /**
     * @return a configuration with the mirror off
     */
    public static MirrorConfig off() {
        return new MirrorConfig("", DEFAULT_PORT, false, "", "", DEFAULT_DISCOVERY_PREFIX, DEFAULT_BASE_TOPIC, false);
    }

    public boolean enabled() {
        return !host.isEmpty();
    }

    public boolean hasCredentials() {
        return !username.isEmpty();
    }

    private static void requireTopicRoot(String parameter, String value) {
        if (!TOPIC_ROOT.matcher(value).matches()) {
            throw new InvalidMirrorParameterException(parameter,
                    "must be topic levels without wildcards, empty levels or outer slashes: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return "MirrorConfig[host=" + host + ", port=" + port + ", tls=" + tls + ", username=" + username
                + ", password=" + (password.isEmpty() ? "" : "******") + ", discoveryPrefix=" + discoveryPrefix
                + ", baseTopic=" + baseTopic + ", commandsAllowed=" + commandsAllowed + "]";
    }
}

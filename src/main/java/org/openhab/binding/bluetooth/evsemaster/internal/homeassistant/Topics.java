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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The MQTT topics of one charger.
 *
 * @param discoveryPrefix Home Assistant's discovery prefix
 * @param root the charger's root topic: the base topic and the charger's id
 * @param deviceId the charger's id ({@link DeviceInfo#id()})
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record Topics(String discoveryPrefix, String root, String deviceId) {

    private static final String COMMAND_SUFFIX = "/set";

    public static Topics of(MirrorConfig config, String deviceId) {
        return new Topics(config.discoveryPrefix(), config.baseTopic() + "/" + deviceId, deviceId);
    }

    /**
     * @return the device-based discovery topic
     */
    public String config() {
        return discoveryPrefix + "/device/" + deviceId + "/config";
    }

    /**
     * @return where Home Assistant publishes its birth ({@code online}) and last will ({@code offline})
     */
    public String homeAssistantStatus() {
        return discoveryPrefix + "/status";
    }

    public String availability() {
        return root + "/availability";
    }

    public String state(Component component) {
        return root + "/" + component.key() + "/state";
    }

    public String command(Component component) {
        return root + "/" + component.key() + COMMAND_SUFFIX;
    }

    /**
     * @return a filter matching the command topic of every component
     */
    public String commandFilter() {
        return root + "/+" + COMMAND_SUFFIX;
    }

    /**
     * @return the component key of a command topic, null if the topic is no command topic of this charger
     */
    public @Nullable String commandKey(String topic) {
        String prefix = root + "/";
        if (!topic.startsWith(prefix) || !topic.endsWith(COMMAND_SUFFIX)) {
            return null;
        }
        String key = topic.substring(prefix.length(), topic.length() - COMMAND_SUFFIX.length());
        return key.isEmpty() || key.contains("/") ? null : key;
    }
}

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

import java.util.List;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Builds the device-based discovery message (Home Assistant MQTT integration, "Device discovery payload"): device,
 * origin, shared availability and QoS, and one component per entity. Only keys that Home Assistant documents for the
 * platform are written, in their long form.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class DiscoveryPayload {

    public static final String ORIGIN_NAME = "openHAB EVSE Master binding";
    public static final String SUPPORT_URL = "https://www.openhab.org/addons/bindings/bluetooth.evsemaster/";
    /** A charger name is 1..11 printable ASCII characters (spec §4.11). */
    static final int MAX_NAME_LENGTH = 11;
    static final String NAME_PATTERN = "[ -~]{1," + MAX_NAME_LENGTH + "}";

    private DiscoveryPayload() {
    }

    /**
     * @param originVersion the binding's version, shown in Home Assistant's log
     * @param qos the QoS of states and commands
     * @return the discovery message as JSON
     */
    public static String build(DeviceInfo device, List<Component> components, Topics topics, String originVersion,
            int qos) {
        JsonObject root = new JsonObject();
        root.add("device", device(device));
        JsonObject origin = new JsonObject();
        origin.addProperty("name", ORIGIN_NAME);
        origin.addProperty("sw_version", originVersion);
        origin.addProperty("support_url", SUPPORT_URL);
        root.add("origin", origin);
        JsonObject availability = new JsonObject();
        availability.addProperty("topic", topics.availability());
        JsonArray availabilities = new JsonArray();
        availabilities.add(availability);
        root.add("availability", availabilities);
        root.addProperty("qos", qos);
        JsonObject entries = new JsonObject();
        for (Component component : components) {
            entries.add(component.key(), component(component, device, topics));
        }
        root.add("components", entries);
        return root.toString();
    }

    private static JsonObject device(DeviceInfo device) {
        JsonObject json = new JsonObject();
        JsonArray identifiers = new JsonArray();
        identifiers.add(device.id());
        json.add("identifiers", identifiers);
        JsonArray connection = new JsonArray();
        connection.add("mac");
        connection.add(device.bluetoothAddress().toLowerCase(Locale.ROOT));
        JsonArray connections = new JsonArray();
        connections.add(connection);
        json.add("connections", connections);
        json.addProperty("name", device.displayName());
        json.addProperty("manufacturer", device.manufacturer());
        json.addProperty("model", device.model());
        json.addProperty("serial_number", device.serial());
        json.addProperty("hw_version", device.hardwareVersion());
        String softwareVersion = device.softwareVersion();
        if (softwareVersion != null) {
            json.addProperty("sw_version", softwareVersion);
        }
        return json;
    }

    private static JsonObject component(Component component, DeviceInfo device, Topics topics) {
        JsonObject json = new JsonObject();
        Platform platform = component.platform();
        json.addProperty("platform", platform.id());
        String objectId = device.id() + "_" + component.key();
        json.addProperty("unique_id", objectId);
        json.addProperty("default_entity_id", platform.id() + "." + objectId);
        json.addProperty("name", component.name());
        if (platform != Platform.BUTTON) {
            json.addProperty("state_topic", topics.state(component));
        }
        if (platform.commandable()) {
            json.addProperty("command_topic", topics.command(component));
        }
        addIfSet(json, "device_class", component.deviceClass());
        addIfSet(json, "state_class", component.stateClass());
        addIfSet(json, "unit_of_measurement", component.unit());
        addIfSet(json, "entity_category", component.category());
        if (!component.enabledByDefault()) {
            json.addProperty("enabled_by_default", false);
        }
        if (!component.options().isEmpty()) {
            JsonArray options = new JsonArray();
            component.options().forEach(options::add);
            json.add("options", options);
        }
        Integer precision = component.precision();
        if (precision != null && platform == Platform.SENSOR) {
            json.addProperty("suggested_display_precision", precision);
        }
        switch (platform) {
            case NUMBER -> {
                json.addProperty("min", DeviceInfo.MIN_CURRENT_AMPERES);
                json.addProperty("max", device.ratedCurrentAmperes());
                json.addProperty("step", 1);
                json.addProperty("mode", "box");
            }
            case TEXT -> {
                json.addProperty("min", 1);
                json.addProperty("max", MAX_NAME_LENGTH);
                json.addProperty("pattern", NAME_PATTERN);
            }
            case BUTTON -> json.addProperty("payload_press", CommandValidator.PRESS);
            default -> {
            }
        }
        return json;
    }

    private static void addIfSet(JsonObject json, String key, @Nullable String value) {
        if (value != null) {
            json.addProperty(key, value);
        }
    }
}

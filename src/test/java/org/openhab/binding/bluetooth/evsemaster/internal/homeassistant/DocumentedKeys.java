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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The discovery keys Home Assistant documents, per platform, in their long form. Sources (home-assistant.io
 * repository, {@code source/_integrations/}): {@code mqtt.markdown} "Device discovery payload" (root keys, origin),
 * {@code sensor.mqtt.markdown} @9e4a69ab, {@code switch.mqtt.markdown} @04c35f18, {@code number.mqtt.markdown}
 * 
 * @00042d88, {@code select.mqtt.markdown} @03048e09, {@code text.mqtt.markdown} @03ecc9ca (the 2025.10 page that
 *            documents {@code default_entity_id}), {@code button.mqtt.markdown} @d7225566; binary_sensor from the
 *            project's
 *            docs/home-assistant-discovery.md §1.6. {@code object_id} is left out on purpose: deprecated since 2025.10
 *            and
 *            dropped in 2026.4.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class DocumentedKeys {

    static final Set<String> ROOT = Set.of("device", "origin", "components", "availability", "availability_mode",
            "availability_template", "availability_topic", "payload_available", "payload_not_available",
            "command_topic", "state_topic", "qos", "encoding");
    static final Set<String> DEVICE = Set.of("configuration_url", "connections", "hw_version", "identifiers",
            "manufacturer", "model", "model_id", "name", "serial_number", "suggested_area", "sw_version", "via_device");
    static final Set<String> ORIGIN = Set.of("name", "sw_version", "support_url");
    static final Set<String> AVAILABILITY = Set.of("topic", "payload_available", "payload_not_available",
            "value_template");

    private static final Set<String> COMMON = Set.of("availability", "availability_mode", "availability_template",
            "availability_topic", "default_entity_id", "device", "enabled_by_default", "encoding", "entity_category",
            "entity_picture", "icon", "json_attributes_template", "json_attributes_topic", "name", "payload_available",
            "payload_not_available", "platform", "qos", "unique_id");

    private static final Map<String, List<String>> SPECIFIC = Map.of( //
            "sensor",
            List.of("device_class", "expire_after", "force_update", "last_reset_value_template", "options",
                    "suggested_display_precision", "state_class", "state_topic", "unit_of_measurement",
                    "value_template"),
            "binary_sensor",
            List.of("device_class", "expire_after", "force_update", "off_delay", "payload_off", "payload_on",
                    "state_topic", "value_template"),
            "switch",
            List.of("command_template", "command_topic", "device_class", "optimistic", "payload_off", "payload_on",
                    "retain", "state_off", "state_on", "state_topic", "value_template"),
            "number",
            List.of("command_template", "command_topic", "device_class", "max", "min", "mode", "optimistic",
                    "payload_reset", "retain", "state_topic", "step", "unit_of_measurement", "value_template"),
            "select",
            List.of("command_template", "command_topic", "optimistic", "options", "retain", "state_topic",
                    "value_template"),
            "text",
            List.of("command_template", "command_topic", "max", "min", "mode", "pattern", "retain", "state_topic",
                    "value_template"),
            "button", List.of("command_template", "command_topic", "device_class", "payload_press", "retain"));

    private DocumentedKeys() {
    }

    /**
     * @return every key documented for the platform, empty for an unknown platform
     */
    static Set<String> forPlatform(String platform) {
        List<String> specific = SPECIFIC.get(platform);
        if (specific == null) {
            return Set.of();
        }
        Set<String> keys = new HashSet<>(COMMON);
        keys.addAll(specific);
        return keys;
    }

    /**
     * @param root a device-based discovery message
     * @return every key that Home Assistant does not document where it is used, as {@code path: key}
     */
    static List<String> violations(JsonObject root) {
        List<String> violations = new ArrayList<>();
        check("root", root, ROOT, violations);
        check("device", root.getAsJsonObject("device"), DEVICE, violations);
        check("origin", root.getAsJsonObject("origin"), ORIGIN, violations);
        for (JsonElement availability : root.getAsJsonArray("availability")) {
            check("availability", availability.getAsJsonObject(), AVAILABILITY, violations);
        }
        for (var component : root.getAsJsonObject("components").entrySet()) {
            JsonObject config = component.getValue().getAsJsonObject();
            String platform = config.get("platform").getAsString();
            check(component.getKey() + " (" + platform + ")", config, forPlatform(platform), violations);
        }
        return violations;
    }

    private static void check(String path, JsonObject object, Set<String> documented, List<String> violations) {
        object.keySet().stream().filter(key -> !documented.contains(key)).map(key -> path + ": " + key)
                .forEach(violations::add);
    }
}

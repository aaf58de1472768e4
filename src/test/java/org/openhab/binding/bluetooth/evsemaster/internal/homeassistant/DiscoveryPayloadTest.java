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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The discovery message without a broker: documented keys only, classes, units, categories, phases, read-only mode.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class DiscoveryPayloadTest {

    private static final List<String> CHANNELS = List.of("charging-power", "reported-power", "voltage-l1", "voltage-l2",
            "voltage-l3", "current-l1", "current-l2", "current-l3", "total-energy", "inner-temperature",
            "outer-temperature", "plug-state", "output-state", "charger-state", "charging-status",
            "charging-status-message", "errors", "problem", "session-energy", "session-duration", "session-start",
            "scheduled-start", "last-start-result", "last-stop-result", "device-time", "clock-offset", "charging",
            "output-current", "name", "language", "temperature-unit", "offline-charge", "lcd-brightness", "rssi");
    private static final MirrorConfig CONFIG = new MirrorConfig("broker", 1883, false, "", "", "homeassistant",
            "evsemaster", true);

    private static DeviceInfo device(int phases) {
        return new DeviceInfo("0102030405060708", "AA:BB:CC:DD:EE:FF", "Garage", "Besen", "BS20", "1.0", "2.3", phases,
                16);
    }

    private static JsonObject build(DeviceInfo device, boolean commandsAllowed) {
        List<Component> components = Components.forDevice(device, commandsAllowed);
        String json = DiscoveryPayload.build(device, components, Topics.of(CONFIG, device.id()), "5.2.0", 1);
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @ParameterizedTest(name = "{0} phase(s), commands allowed: {1}")
    @CsvSource({ "1,true", "1,false", "3,true", "3,false" })
    void everyKeyIsDocumentedForItsPlatform(int phases, boolean commandsAllowed) {
        JsonObject root = build(device(phases), commandsAllowed);
        assertThat(DocumentedKeys.violations(root), is(empty()));
        assertThat(root.toString(), not(containsString("object_id")));
    }

    @Test
    void everyChannelOfTheThingHasAComponent() {
        assertThat(Components.all().stream().map(Component::channelId).toList(),
                hasItems(CHANNELS.toArray(String[]::new)));
        assertThat(build(device(3), true).getAsJsonObject("components").keySet(),
                hasItems(CHANNELS.stream().map(id -> id.replace('-', '_')).toArray(String[]::new)));
    }

    @Test
    void singlePhaseChargersHaveNoL2OrL3() {
        Set<String> keys = build(device(1), true).getAsJsonObject("components").keySet();
        assertThat(keys, hasItems("voltage_l1", "current_l1"));
        assertThat(keys, not(hasItems("voltage_l2", "voltage_l3", "current_l2", "current_l3")));
    }

    @Test
    void energyAndPowerSuitTheEnergyDashboard() {
        JsonObject components = build(device(1), true).getAsJsonObject("components");
        for (String energy : List.of("total_energy", "session_energy")) {
            JsonObject config = components.getAsJsonObject(energy);
            assertThat(config.get("platform").getAsString(), is("sensor"));
            assertThat(config.get("device_class").getAsString(), is("energy"));
            assertThat(config.get("state_class").getAsString(), is("total_increasing"));
            assertThat(config.get("unit_of_measurement").getAsString(), is("kWh"));
            assertThat("not diagnostic, so it shows on dashboards", config.has("entity_category"), is(false));
        }
        JsonObject power = components.getAsJsonObject("charging_power");
        assertThat(power.get("device_class").getAsString(), is("power"));
        assertThat(power.get("state_class").getAsString(), is("measurement"));
        assertThat(power.get("unit_of_measurement").getAsString(), is("W"));
    }

    @Test
    void deviceOriginAndIdsAreComplete() {
        JsonObject root = build(device(1), true);
        JsonObject device = root.getAsJsonObject("device");
        assertThat(device.getAsJsonArray("identifiers").get(0).getAsString(), is("evsemaster_0102030405060708"));
        assertThat(device.getAsJsonArray("connections").get(0).toString(), is("[\"mac\",\"aa:bb:cc:dd:ee:ff\"]"));
        assertThat(device.get("name").getAsString(), is("Garage"));
        assertThat(device.get("manufacturer").getAsString(), is("Besen"));
        assertThat(device.get("model").getAsString(), is("BS20"));
        assertThat(device.get("serial_number").getAsString(), is("0102030405060708"));
        assertThat(device.get("hw_version").getAsString(), is("1.0"));
        assertThat(device.get("sw_version").getAsString(), is("2.3"));
        assertThat(root.getAsJsonObject("origin").get("name").getAsString(), is(DiscoveryPayload.ORIGIN_NAME));
        assertThat(root.getAsJsonArray("availability").get(0).getAsJsonObject().get("topic").getAsString(),
                is("evsemaster/evsemaster_0102030405060708/availability"));
        JsonObject charging = root.getAsJsonObject("components").getAsJsonObject("charging");
        assertThat(charging.get("unique_id").getAsString(), is("evsemaster_0102030405060708_charging"));
        assertThat(charging.get("default_entity_id").getAsString(), is("switch.evsemaster_0102030405060708_charging"));
        assertThat(charging.get("command_topic").getAsString(),
                is("evsemaster/evsemaster_0102030405060708/charging/set"));
    }

    @Test
    void controlsCarryTheirLimits() {
        JsonObject components = build(device(1), true).getAsJsonObject("components");
        JsonObject current = components.getAsJsonObject("output_current");
        assertThat(current.get("min").getAsInt(), is(6));
        assertThat(current.get("max").getAsInt(), is(16));
        assertThat(current.get("unit_of_measurement").getAsString(), is("A"));
        assertThat(current.get("entity_category").getAsString(), is("config"));
        assertThat(components.getAsJsonObject("name").get("max").getAsInt(), is(11));
        assertThat(components.getAsJsonObject("language").getAsJsonArray("options").toString(),
                is("[\"ENGLISH\",\"ITALIAN\",\"GERMAN\",\"FRENCH\",\"SPANISH\",\"HEBREW\",\"POLISH\",\"CHINESE\"]"));
        assertThat(components.getAsJsonObject("sync_clock").get("platform").getAsString(), is("button"));
    }

    @Test
    void sensorsAreAtMostDiagnostic() {
        for (boolean commandsAllowed : List.of(true, false)) {
            build(device(3), commandsAllowed).getAsJsonObject("components").entrySet().stream()
                    .map(entry -> entry.getValue().getAsJsonObject())
                    .filter(config -> config.get("platform").getAsString().endsWith("sensor"))
                    .filter(config -> config.has("entity_category"))
                    .forEach(config -> assertThat(config.get("entity_category").getAsString(), is("diagnostic")));
        }
    }

    @Test
    void withoutCommandsNothingIsCommandable() {
        JsonObject components = build(device(1), false).getAsJsonObject("components");
        assertThat(components.toString(), not(containsString("command_topic")));
        assertThat(components.has("sync_clock"), is(false));
        assertThat(components.getAsJsonObject("charging").get("platform").getAsString(), is("binary_sensor"));
        assertThat(components.getAsJsonObject("language").get("device_class").getAsString(), is("enum"));
    }

    @ParameterizedTest(name = "{0} ''{1}'' -> ''{2}''")
    @CsvSource(nullValues = "null", value = { "output-current,16,16", "output-current,6.0,6", "output-current,5,null",
            "output-current,17,null", "output-current,7.5,null", "output-current,x,null", "charging,ON,ON",
            "charging,on,null", "name,Garage,Garage", "name,123456789012,null", "language,GERMAN,GERMAN",
            "language,German,null", "sync-clock,PRESS,PRESS", "sync-clock,press,null" })
    void commandsAreValidated(String channelId, String payload, @Nullable String expected) {
        Component component = Components.all().stream().filter(c -> c.channelId().equals(channelId)).findFirst()
                .orElseThrow();
        assertThat(CommandValidator.validate(component, payload, device(1)), is(expected));
    }
}

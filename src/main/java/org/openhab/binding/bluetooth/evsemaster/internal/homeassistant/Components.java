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

import static org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.Component.CONFIG;
import static org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.Component.DIAGNOSTIC;

import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AppChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.CurrentState;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Language;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.TemperatureUnit;

/**
 * The Home Assistant entity of every channel of the Thing (binding design, "Channels"), plus the clock-sync button.
 * Values are the channel states in Home Assistant's form: numbers in the unit given here, {@code ON}/{@code OFF},
 * option names, ISO-8601 timestamps with offset, {@link HaMirror#UNKNOWN} for an undefined state.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Components {

    /** Not a channel: the button that sets the charger clock; its command payload is {@code PRESS}. */
    public static final String SYNC_CLOCK = "sync-clock";

    private static final String MEASUREMENT = "measurement";
    private static final String TOTAL_INCREASING = "total_increasing";
    private static final String TIMESTAMP = "timestamp";
    private static final String ENUM = "enum";

    private static final List<Component> ALL = List.of( //
            Component.of("charging", Platform.SWITCH, "Charging"),
            Component.of("output-current", Platform.NUMBER, "Output current").withClass("current").withUnit("A")
                    .inCategory(CONFIG),
            Component.of("name", Platform.TEXT, "Charger name").inCategory(CONFIG),
            Component.of("language", Platform.SELECT, "Language").inCategory(CONFIG)
                    .withOptions(names(Language.values(), Language.UNKNOWN)),
            Component.of("temperature-unit", Platform.SELECT, "Temperature unit").inCategory(CONFIG)
                    .withOptions(names(TemperatureUnit.values(), TemperatureUnit.UNKNOWN)),
            Component.of(SYNC_CLOCK, Platform.BUTTON, "Synchronize clock").inCategory(CONFIG),
            Component.measurement("charging-power", "Charging power", "power", "W", 0),
            Component.measurement("reported-power", "Reported power", "power", "W", 0).inCategory(DIAGNOSTIC)
                    .disabledByDefault(),
            Component.measurement("voltage-l1", "Voltage L1", "voltage", "V", 1).inCategory(DIAGNOSTIC),
            Component.measurement("voltage-l2", "Voltage L2", "voltage", "V", 1).inCategory(DIAGNOSTIC).threePhase(),
            Component.measurement("voltage-l3", "Voltage L3", "voltage", "V", 1).inCategory(DIAGNOSTIC).threePhase(),
            Component.measurement("current-l1", "Current L1", "current", "A", 2).inCategory(DIAGNOSTIC),
            Component.measurement("current-l2", "Current L2", "current", "A", 2).inCategory(DIAGNOSTIC).threePhase(),
            Component.measurement("current-l3", "Current L3", "current", "A", 2).inCategory(DIAGNOSTIC).threePhase(),
            Component.measurement("total-energy", "Total energy", "energy", "kWh", 2).withStateClass(TOTAL_INCREASING),
            Component.measurement("session-energy", "Session energy", "energy", "kWh", 2)
                    .withStateClass(TOTAL_INCREASING),
            Component.measurement("session-duration", "Session duration", "duration", "s", 0),
            Component.of("session-start", Platform.SENSOR, "Session start").withClass(TIMESTAMP),
            Component.of("scheduled-start", Platform.SENSOR, "Scheduled start").withClass(TIMESTAMP),
            Component.measurement("inner-temperature", "Inner temperature", "temperature", "°C", 1)
                    .inCategory(DIAGNOSTIC),
            Component.measurement("outer-temperature", "Outer temperature", "temperature", "°C", 1)
                    .inCategory(DIAGNOSTIC).disabledByDefault(),
            Component.of("plug-state", Platform.SENSOR, "Plug state"),
            Component.of("output-state", Platform.SENSOR, "Output state").inCategory(DIAGNOSTIC),
            Component.of("charger-state", Platform.SENSOR, "Charger state").withClass(ENUM)
                    .withOptions(names(CurrentState.values(), null)),
            Component.of("charging-status", Platform.SENSOR, "Charging status").withClass(ENUM)
                    .withOptions(names(AppChargingStatus.values(), null)),
            Component.of("charging-status-message", Platform.SENSOR, "Charging status message"),
            Component.of("errors", Platform.SENSOR, "Errors"),
            Component.of("problem", Platform.BINARY_SENSOR, "Problem").withClass("problem"),
            Component.of("last-start-result", Platform.SENSOR, "Last start result").inCategory(DIAGNOSTIC)
                    .disabledByDefault(),
            Component.of("last-stop-result", Platform.SENSOR, "Last stop result").inCategory(DIAGNOSTIC)
                    .disabledByDefault(),
            Component.of("device-time", Platform.SENSOR, "Charger clock").withClass(TIMESTAMP).inCategory(DIAGNOSTIC)
                    .disabledByDefault(),
            Component.measurement("clock-offset", "Clock offset", "duration", "s", 0).inCategory(DIAGNOSTIC)
                    .disabledByDefault(),
            Component.of("offline-charge", Platform.BINARY_SENSOR, "Offline charging").inCategory(DIAGNOSTIC),
            Component.of("lcd-brightness", Platform.SENSOR, "Display brightness").withUnit("%")
                    .withStateClass(MEASUREMENT).inCategory(DIAGNOSTIC).disabledByDefault(),
            Component.measurement("rssi", "Signal strength", "signal_strength", "dBm", 0).inCategory(DIAGNOSTIC)
                    .disabledByDefault());

    private Components() {
    }

    /**
     * @return every component, in payload order
     */
    public static List<Component> all() {
        return ALL;
    }

    /**
     * @param device the charger (phases)
     * @param commandsAllowed whether Home Assistant may send commands; if not, controls are read-only sensors and
     *            the clock-sync button is left out
     * @return the components of this charger, in payload order
     */
    public static List<Component> forDevice(DeviceInfo device, boolean commandsAllowed) {
        return ALL.stream().filter(component -> device.phases() == 3 || !component.threePhaseOnly())
                .filter(component -> commandsAllowed || component.platform() != Platform.BUTTON)
                .map(component -> commandsAllowed || !component.platform().commandable() ? component
                        : component.readOnly())
                .toList();
    }

    private static List<String> names(Enum<?>[] values, @Nullable Enum<?> excluded) {
        return Arrays.stream(values).filter(value -> value != excluded).map(Enum::name).toList();
    }
}

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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One Home Assistant entity of the charger, mirroring one channel (or, for the clock-sync button, one action).
 *
 * @param channelId the channel id (the key of {@code update} and of the command callback)
 * @param platform the Home Assistant platform
 * @param name the entity name (Home Assistant prefixes the device name)
 * @param deviceClass Home Assistant device class, null for none
 * @param stateClass sensor state class, null for none
 * @param unit unit of measurement, null for none
 * @param category entity category ({@code config} or {@code diagnostic}), null for none
 * @param enabledByDefault whether Home Assistant enables the entity when it first sees it
 * @param options the allowed values of selects and enum sensors, empty otherwise
 * @param precision suggested display precision of numeric sensors, null for none
 * @param threePhaseOnly whether the entity exists only on three-phase chargers
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record Component(String channelId, Platform platform, String name, @Nullable String deviceClass,
        @Nullable String stateClass, @Nullable String unit, @Nullable String category, boolean enabledByDefault,
        List<String> options, @Nullable Integer precision, boolean threePhaseOnly) {

    public static final String DIAGNOSTIC = "diagnostic";
    public static final String CONFIG = "config";

    public Component {
        options = List.copyOf(options);
    }

    static Component of(String channelId, Platform platform, String name) {
        return new Component(channelId, platform, name, null, null, null, null, true, List.of(), null, false);
    }

    static Component measurement(String channelId, String name, String deviceClass, String unit, int precision) {
        return new Component(channelId, Platform.SENSOR, name, deviceClass, "measurement", unit, null, true, List.of(),
                precision, false);
    }

    /**
     * @return the key of the component in the discovery payload and in topics: the channel id with {@code _}
     */
    public String key() {
        return channelId.replace('-', '_');
    }

    Component withClass(String newDeviceClass) {
        return new Component(channelId, platform, name, newDeviceClass, stateClass, unit, category, enabledByDefault,
                options, precision, threePhaseOnly);
    }

    Component withStateClass(@Nullable String newStateClass) {
        return new Component(channelId, platform, name, deviceClass, newStateClass, unit, category, enabledByDefault,
                options, precision, threePhaseOnly);
    }

    Component withUnit(String newUnit) {
        return new Component(channelId, platform, name, deviceClass, stateClass, newUnit, category, enabledByDefault,
                options, precision, threePhaseOnly);
    }

    Component inCategory(String newCategory) {
        return new Component(channelId, platform, name, deviceClass, stateClass, unit, newCategory, enabledByDefault,
                options, precision, threePhaseOnly);
    }

    Component disabledByDefault() {
        return new Component(channelId, platform, name, deviceClass, stateClass, unit, category, false, options,
                precision, threePhaseOnly);
    }

    Component withOptions(List<String> newOptions) {
        return new Component(channelId, platform, name, deviceClass, stateClass, unit, category, enabledByDefault,
                newOptions, precision, threePhaseOnly);
    }

    Component threePhase() {
        return new Component(channelId, platform, name, deviceClass, stateClass, unit, category, enabledByDefault,
                options, precision, true);
    }

    /**
     * @return the entity as a read-only one, for when Home Assistant may not send commands: switches become binary
     *         sensors, numbers, texts and selects become diagnostic sensors
     */
    Component readOnly() {
        Platform readOnlyPlatform = platform == Platform.SWITCH ? Platform.BINARY_SENSOR : Platform.SENSOR;
        String readOnlyClass = switch (platform) {
            case SELECT -> "enum";
            case NUMBER -> deviceClass;
            default -> null;
        };
        return new Component(channelId, readOnlyPlatform, name, readOnlyClass, null, unit, DIAGNOSTIC, enabledByDefault,
                options, null, threePhaseOnly);
    }
}

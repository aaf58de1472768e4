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
package org.openhab.binding.bluetooth.evsemaster.internal;

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.BluetoothBindingConstants;
import org.openhab.core.thing.ThingTypeUID;

/**
 * The identifiers of this add-on: thing type, configuration keys, channel ids, property names and status description
 * keys. Channel ids, channel types and texts are defined in {@code OH-INF/thing/thing-types.xml} and
 * {@code OH-INF/i18n/bluetooth.properties}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class EvseBindingConstants {

    public static final ThingTypeUID THING_TYPE_EVSE = new ThingTypeUID(BluetoothBindingConstants.BINDING_ID,
            "evsemaster");
    public static final Set<ThingTypeUID> SUPPORTED_THING_TYPES_UIDS = Set.of(THING_TYPE_EVSE);

    // Configuration parameters
    public static final String CONFIG_ADDRESS = BluetoothBindingConstants.CONFIGURATION_ADDRESS;
    public static final String CONFIG_PASSWORD = "password";
    public static final String CONFIG_WATCHDOG_TIMEOUT = "watchdogTimeout";
    public static final String CONFIG_RELAY_GUARD_INTERVAL = "relayGuardInterval";
    public static final String CONFIG_CLOCK_SYNC = "clockSync";
    public static final String CONFIG_RESTART_ON_CURRENT_CHANGE = "restartOnCurrentChange";

    // Channels fed by the status (0x0004 / 0x000D)
    public static final String CHANNEL_CHARGING_POWER = "charging-power";
    public static final String CHANNEL_REPORTED_POWER = "reported-power";
    public static final String CHANNEL_VOLTAGE_L1 = "voltage-l1";
    public static final String CHANNEL_VOLTAGE_L2 = "voltage-l2";
    public static final String CHANNEL_VOLTAGE_L3 = "voltage-l3";
    public static final String CHANNEL_CURRENT_L1 = "current-l1";
    public static final String CHANNEL_CURRENT_L2 = "current-l2";
    public static final String CHANNEL_CURRENT_L3 = "current-l3";
    public static final String CHANNEL_TOTAL_ENERGY = "total-energy";
    public static final String CHANNEL_INNER_TEMPERATURE = "inner-temperature";
    public static final String CHANNEL_OUTER_TEMPERATURE = "outer-temperature";
    public static final String CHANNEL_PLUG_STATE = "plug-state";
    public static final String CHANNEL_OUTPUT_STATE = "output-state";
    public static final String CHANNEL_CHARGER_STATE = "charger-state";
    public static final String CHANNEL_CHARGING_STATUS = "charging-status";
    public static final String CHANNEL_CHARGING_STATUS_MESSAGE = "charging-status-message";
    public static final String CHANNEL_ERRORS = "errors";
    public static final String CHANNEL_PROBLEM = "problem";
    /** The channels that exist on three-phase chargers only. */
    public static final Set<String> THREE_PHASE_CHANNELS = Set.of(CHANNEL_VOLTAGE_L2, CHANNEL_VOLTAGE_L3,
            CHANNEL_CURRENT_L2, CHANNEL_CURRENT_L3);

    // Channels fed by the charging session (0x0005 / 0x0006) and the command outcomes
    public static final String CHANNEL_SESSION_ENERGY = "session-energy";
    public static final String CHANNEL_SESSION_DURATION = "session-duration";
    public static final String CHANNEL_SESSION_START = "session-start";
    public static final String CHANNEL_SCHEDULED_START = "scheduled-start";
    public static final String CHANNEL_LAST_START_RESULT = "last-start-result";
    public static final String CHANNEL_LAST_STOP_RESULT = "last-stop-result";

    // Channels fed by the charger clock
    public static final String CHANNEL_DEVICE_TIME = "device-time";
    public static final String CHANNEL_CLOCK_OFFSET = "clock-offset";

    // Controls and settings
    public static final String CHANNEL_CHARGING = "charging";
    public static final String CHANNEL_OUTPUT_CURRENT = "output-current";
    public static final String CHANNEL_NAME = "name";
    public static final String CHANNEL_LANGUAGE = "language";
    public static final String CHANNEL_TEMPERATURE_UNIT = "temperature-unit";
    public static final String CHANNEL_OFFLINE_CHARGE = "offline-charge";
    public static final String CHANNEL_LCD_BRIGHTNESS = "lcd-brightness";

    // Thing properties beyond the standard ones of Thing.PROPERTY_*
    /** Number of phases: 1 or 3. */
    public static final String PROPERTY_PHASES = "phases";
    /** Rated power in W. */
    public static final String PROPERTY_RATED_POWER = "ratedPower";
    /** Rated current per phase in A. */
    public static final String PROPERTY_RATED_CURRENT = "ratedCurrent";
    /** GATT layout ("board revision"): A, B or C. */
    public static final String PROPERTY_GATT_REVISION = "gattRevision";

    // Thing status descriptions (section "# thing status descriptions" of bluetooth.properties)
    public static final String TEXT_WRONG_PASSWORD = "@text/offline.conf-error.wrong-password";
    /** Takes the parameter name as argument: {@code TEXT_INVALID_PARAMETER + " [\"password\"]"}. */
    public static final String TEXT_INVALID_PARAMETER = "@text/offline.conf-error.invalid-parameter";
    public static final String TEXT_LINK_LOST = "@text/offline.comm-error.link-lost";
    public static final String TEXT_LOGIN_TIMEOUT = "@text/offline.comm-error.login-timeout";
    public static final String TEXT_DEAD_LINK = "@text/offline.comm-error.dead-link";
    public static final String TEXT_REGISTRATION_LOST = "@text/offline.comm-error.registration-lost";
    public static final String TEXT_RENAMED = "@text/offline.comm-error.renamed";
    public static final String TEXT_UNSUPPORTED_GATT = "@text/offline.comm-error.unsupported-gatt";
    /** Takes the end of the release as argument: {@code TEXT_LINK_RELEASED + " [\"12:30\"]"}. */
    public static final String TEXT_LINK_RELEASED = "@text/offline.comm-error.link-released";

    private EvseBindingConstants() {
    }
}

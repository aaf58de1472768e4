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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionConfig;
import org.openhab.core.config.core.Configuration;

/**
 * The configuration of a charger Thing, read with {@code getConfigAs}. {@link #invalidParameter(Configuration)} checks
 * the raw
 * values first, because a value that cannot be converted would otherwise silently fall back to its default.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class EvseConfiguration {

    static final int MIN_WATCHDOG_TIMEOUT = 5;
    static final int MAX_WATCHDOG_TIMEOUT = 120;
    static final int MAX_RELAY_GUARD_INTERVAL = 3600;
    /** The format {@code BluetoothAddress} accepts. */
    private static final Pattern ADDRESS = Pattern.compile("([0-9A-F]{2}:){5}[0-9A-F]{2}");
    private static final Pattern PIN = Pattern.compile("[0-9]{6}");
    private static final List<String> BOOLEAN_PARAMETERS = List.of(EvseBindingConstants.CONFIG_CLOCK_SYNC,
            EvseBindingConstants.CONFIG_RESTART_ON_CURRENT_CHANGE);

    /** Bluetooth address of the charger, {@code XX:XX:XX:XX:XX:XX}. */
    public String address = "";
    /** The charger PIN: exactly six digits. Never logged. */
    public String password = "";
    /** Seconds without a valid datagram after which the link counts as dead. */
    public int watchdogTimeout = (int) SessionConfig.DEFAULT_WATCHDOG_TIMEOUT.toSeconds();
    /** Shortest time in seconds between a start and the previous start or stop; 0 disables the guard. */
    public int relayGuardInterval = (int) SessionConfig.DEFAULT_RELAY_GUARD.toSeconds();
    /** Whether the charger clock is kept right. */
    public boolean clockSync = true;
    /** Whether a new output current during a running session restarts it so that it takes effect. */
    public boolean restartOnCurrentChange;

    /**
     * @param raw the Thing's configuration as the framework stores it
     * @return the name of the first parameter whose value is missing, of the wrong type or out of range; null if
     *         all are valid. Never the value itself: the PIN must not reach a status or a log.
     */
    public static @Nullable String invalidParameter(Configuration raw) {
        if (!(raw.get(EvseBindingConstants.CONFIG_ADDRESS) instanceof String address
                && ADDRESS.matcher(address).matches())) {
            return EvseBindingConstants.CONFIG_ADDRESS;
        }
        if (!(raw.get(EvseBindingConstants.CONFIG_PASSWORD) instanceof String pin && PIN.matcher(pin).matches())) {
            return EvseBindingConstants.CONFIG_PASSWORD;
        }
        if (!inRange(raw.get(EvseBindingConstants.CONFIG_WATCHDOG_TIMEOUT), MIN_WATCHDOG_TIMEOUT,
                MAX_WATCHDOG_TIMEOUT)) {
            return EvseBindingConstants.CONFIG_WATCHDOG_TIMEOUT;
        }
        if (!inRange(raw.get(EvseBindingConstants.CONFIG_RELAY_GUARD_INTERVAL), 0, MAX_RELAY_GUARD_INTERVAL)) {
            return EvseBindingConstants.CONFIG_RELAY_GUARD_INTERVAL;
        }
        for (String name : BOOLEAN_PARAMETERS) {
            @Nullable
            Object value = raw.get(name);
            if (value != null && !(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
                return name;
            }
        }
        return null;
    }

    /**
     * @param value absent (the default applies), or a whole number, as a number or as text
     */
    private static boolean inRange(@Nullable Object value, int min, int max) {
        if (value == null) {
            return true;
        }
        BigDecimal number;
        try {
            number = value instanceof Number numeric ? new BigDecimal(numeric.toString())
                    : new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return false;
        }
        return number.stripTrailingZeros().scale() <= 0 && number.compareTo(BigDecimal.valueOf(min)) >= 0
                && number.compareTo(BigDecimal.valueOf(max)) <= 0;
    }

    /**
     * @param zone the zone of the charger's wall clock (the user's time zone)
     * @return the session settings; only valid after {@link #invalidParameter(Configuration)} found nothing
     */
    public SessionConfig toSessionConfig(ZoneId zone) {
        return new SessionConfig(password, zone, Duration.ofSeconds(watchdogTimeout),
                Duration.ofSeconds(relayGuardInterval), clockSync, SessionConfig.DEFAULT_CLOCK_DRIFT_THRESHOLD,
                restartOnCurrentChange);
    }

    @Override
    public String toString() {
        return "EvseConfiguration[address=" + address + ", password=******, watchdogTimeout=" + watchdogTimeout
                + ", relayGuardInterval=" + relayGuardInterval + ", clockSync=" + clockSync
                + ", restartOnCurrentChange=" + restartOnCurrentChange + "]";
    }
}

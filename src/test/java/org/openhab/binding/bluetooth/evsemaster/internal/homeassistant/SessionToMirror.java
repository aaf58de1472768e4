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

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.PhaseMeasurement;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerIdentity;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerSettings;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandOutcome;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionListener;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionReason;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionState;

/**
 * Test glue in place of the handler: turns session events straight into the mirror's channel-level input (the
 * handler will convert openHAB states instead). Also counts status pushes, each of which evseMQTT answers with one
 * full state JSON.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class SessionToMirror implements SessionListener {

    static final String ADDRESS = "AA:BB:CC:DD:EE:FF";

    private final Map<String, String> current = new HashMap<>();
    private @Nullable HaMirror mirror;
    private @Nullable Consumer<Map<String, String>> statusPushObserver;

    void attach(HaMirror newMirror) {
        mirror = newMirror;
    }

    /**
     * @param observer called with every channel value after each status push
     */
    void observeStatusPushes(Consumer<Map<String, String>> observer) {
        statusPushObserver = observer;
    }

    private void put(String channelId, String value) {
        current.put(channelId, value);
        HaMirror target = mirror;
        if (target != null) {
            target.update(channelId, value);
        }
    }

    @Override
    public void onStateChanged(SessionState state, SessionReason reason) {
        HaMirror target = mirror;
        if (target != null) {
            target.setAvailable(state == SessionState.LOGGED_IN);
        }
    }

    @Override
    public void onIdentity(ChargerIdentity identity) {
        HaMirror target = mirror;
        if (target != null) {
            target.setDevice(DeviceInfo.of(identity, ADDRESS, current.getOrDefault("name", "")));
        }
    }

    @Override
    public void onStatus(AcStatus status) {
        put("charging-power", Long.toString(status.totalPowerWatts()));
        put("reported-power", Long.toString(status.powerWatts()));
        List<PhaseMeasurement> phases = status.phases();
        for (int phase = 0; phase < phases.size(); phase++) {
            put("voltage-l" + (phase + 1), phases.get(phase).volts().toPlainString());
            put("current-l" + (phase + 1), phases.get(phase).amperes().toPlainString());
        }
        put("total-energy", status.energyKwh().toPlainString());
        put("inner-temperature", decimal(status.innerTemperatureCelsius()));
        put("outer-temperature", decimal(status.outerTemperatureCelsius()));
        put("plug-state", status.plugState().name());
        put("output-state", status.outputState().name());
        put("charger-state", status.currentState().name());
        put("charging-status", status.appChargingStatus().name());
        put("charging", status.appChargingStatus().isCharging() ? "ON" : "OFF");
        Consumer<Map<String, String>> observer = statusPushObserver;
        if (observer != null) {
            observer.accept(Map.copyOf(current));
        }
    }

    @Override
    public void onChargingSession(ChargingStatus status) {
        put("session-energy", status.sessionEnergyKwh().toPlainString());
        put("session-duration", Long.toString(status.duration().toSeconds()));
    }

    @Override
    public void onSettings(ChargerSettings settings) {
        Integer amps = settings.outputCurrentAmperes();
        if (amps != null) {
            put("output-current", amps.toString());
        }
        String name = settings.name();
        if (name != null) {
            put("name", name);
        }
        var language = settings.language();
        if (language != null) {
            put("language", language.name());
        }
        var unit = settings.temperatureUnit();
        if (unit != null) {
            put("temperature-unit", unit.name());
        }
    }

    @Override
    public void onClock(LocalDateTime deviceTime, Duration offset) {
        put("clock-offset", Long.toString(offset.toSeconds()));
    }

    @Override
    public void onCommandOutcome(CommandOutcome outcome) {
    }

    @Override
    public void onErrors(Set<ErrorFlag> active, Set<ErrorFlag> raised, Set<ErrorFlag> cleared) {
        put("problem", active.isEmpty() ? "OFF" : "ON");
        put("errors", active.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")));
    }

    @Override
    public void onChargeRecord(ChargeRecord record) {
    }

    private static String decimal(@Nullable BigDecimal value) {
        return value == null ? HaMirror.UNKNOWN : value.toPlainString();
    }
}

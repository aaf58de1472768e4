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
package org.openhab.binding.bluetooth.evsemaster.internal.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;

/**
 * Records every event of a session, in order, for assertions.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class RecordingListener implements SessionListener {

    private final Clock clock;
    final List<StateChange> states = new ArrayList<>();
    final List<ChargerIdentity> identities = new ArrayList<>();
    final List<AcStatus> statuses = new ArrayList<>();
    final List<ChargingStatus> chargingSessions = new ArrayList<>();
    final List<ChargerSettings> settings = new ArrayList<>();
    final List<ClockReading> clocks = new ArrayList<>();
    final List<CommandOutcome> outcomes = new ArrayList<>();
    final List<ErrorChange> errors = new ArrayList<>();
    final List<ChargeRecord> records = new ArrayList<>();

    RecordingListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onStateChanged(SessionState state, SessionReason reason) {
        states.add(new StateChange(state, reason, clock.instant()));
    }

    @Override
    public void onIdentity(ChargerIdentity identity) {
        identities.add(identity);
    }

    @Override
    public void onStatus(AcStatus status) {
        statuses.add(status);
    }

    @Override
    public void onChargingSession(ChargingStatus status) {
        chargingSessions.add(status);
    }

    @Override
    public void onSettings(ChargerSettings newSettings) {
        settings.add(newSettings);
    }

    @Override
    public void onClock(LocalDateTime deviceTime, Duration offset) {
        clocks.add(new ClockReading(deviceTime, offset));
    }

    @Override
    public void onCommandOutcome(CommandOutcome outcome) {
        outcomes.add(outcome);
    }

    @Override
    public void onErrors(Set<ErrorFlag> active, Set<ErrorFlag> raised, Set<ErrorFlag> cleared) {
        errors.add(new ErrorChange(active, raised, cleared));
    }

    @Override
    public void onChargeRecord(ChargeRecord record) {
        records.add(record);
    }

    StateChange lastState() {
        if (states.isEmpty()) {
            throw new AssertionError("no state change yet");
        }
        return states.get(states.size() - 1);
    }

    ChargerSettings lastSettings() {
        if (settings.isEmpty()) {
            throw new AssertionError("no settings yet");
        }
        return settings.get(settings.size() - 1);
    }

    List<SessionReason> reasons() {
        return states.stream().map(StateChange::reason).toList();
    }

    List<SessionState> stateSequence() {
        return states.stream().map(StateChange::state).toList();
    }

    /**
     * @return when the session last entered the state with the reason
     */
    Instant lastTime(SessionState state, SessionReason reason) {
        for (int i = states.size() - 1; i >= 0; i--) {
            StateChange change = states.get(i);
            if (change.state() == state && change.reason() == reason) {
                return change.at();
            }
        }
        throw new AssertionError("never " + state + " (" + reason + "): " + states);
    }

    /**
     * One {@code onStateChanged} call.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    record StateChange(SessionState state, SessionReason reason, Instant at) {

        @Override
        public String toString() {
            return state + "(" + reason + ")@" + at;
        }
    }

    /**
     * One {@code onClock} call.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    record ClockReading(LocalDateTime deviceTime, Duration offset) {
    }

    /**
     * One {@code onErrors} call.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    record ErrorChange(Set<ErrorFlag> active, Set<ErrorFlag> raised, Set<ErrorFlag> cleared) {
    }
}

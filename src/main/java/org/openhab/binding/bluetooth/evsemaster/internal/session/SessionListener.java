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

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;

/**
 * What an {@link EvseSession} reports. Called on the thread that drives the session, with the session's lock held:
 * implementations return fast and never block.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface SessionListener {

    void onStateChanged(SessionState state, SessionReason reason);

    /**
     * Once per login, after the version answer (or its timeout).
     */
    void onIdentity(ChargerIdentity identity);

    /**
     * Every 0x0004 status push and every 0x000D status record.
     */
    void onStatus(AcStatus status);

    /**
     * Every 0x0005 push and 0x0006 answer: the current or last charging session.
     */
    void onChargingSession(ChargingStatus status);

    /**
     * Whenever a known setting changed.
     */
    void onSettings(ChargerSettings settings);

    /**
     * Whenever the charger reported its clock.
     *
     * @param deviceTime the charger's wall-clock time
     * @param offset how far the charger clock is ahead of the host clock (negative: behind)
     */
    void onClock(LocalDateTime deviceTime, Duration offset);

    /**
     * The charger's answer to a start or stop.
     */
    void onCommandOutcome(CommandOutcome outcome);

    /**
     * Only when the set of active errors changed (spec §6.6).
     *
     * @param active every error now active
     * @param raised errors that became active
     * @param cleared errors that are no longer active
     */
    void onErrors(Set<ErrorFlag> active, Set<ErrorFlag> raised, Set<ErrorFlag> cleared);

    /**
     * A finished session (0x0009 or 0x000A), once per record even though the charger repeats it until acknowledged.
     */
    void onChargeRecord(ChargeRecord record);
}

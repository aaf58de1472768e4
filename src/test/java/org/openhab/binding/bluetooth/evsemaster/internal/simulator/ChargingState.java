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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Read-only view of the charger's charging state: the state bytes of the status messages (spec §6.2–6.4), the
 * status payloads built from them, and the running or last session. Tests get it from
 * {@link ChargerSimulator#charging()}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class ChargingState {

    private final SimulatorConfig config;
    private final EvModel ev;
    private final ChargeController controller;

    ChargingState(SimulatorConfig config, EvModel ev, ChargeController controller) {
        this.config = config;
        this.ev = ev;
        this.controller = controller;
    }

    /**
     * @return the current state byte (spec §6.4)
     */
    public int currentState() {
        ChargeSession current = controller.session();
        if (ev.errorMask() != 0) {
            return ChargeController.STATE_FAULT;
        } else if (current != null && current.isReserved()) {
            return ChargeController.STATE_RESERVED;
        } else if (current != null && current.isCharging()) {
            return ChargeController.STATE_CHARGING;
        } else if (ev.isPluggedIn()) {
            return controller.stateAfterSession() != 0 ? controller.stateAfterSession() : ChargeController.STATE_READY;
        }
        return ChargeController.STATE_NOT_CONNECTED;
    }

    /**
     * @return the plug state byte (spec §6.2): 1 not connected, 4 while current flows, else 2
     */
    public int plugState() {
        if (!ev.isPluggedIn()) {
            return 1;
        }
        return ev.isFlowing() ? 4 : 2;
    }

    /**
     * @return the output state byte (spec §6.3): 1 while a session is charging, else 2
     */
    public int outputState() {
        ChargeSession current = controller.session();
        return current != null && current.isCharging() ? 1 : 2;
    }

    /**
     * @return a 0x0004 / 0x000D payload of this length (25, 33 or 40)
     */
    public byte[] status(int length) {
        return Reports.status(ev.measure(), plugState(), outputState(), currentState(), length);
    }

    /**
     * @return a 0x0005 / 0x0006 payload of this length (74 or 80)
     */
    public byte[] chargingStatus(int length) {
        return Reports.chargingStatus(controller.session(), currentState(), ev.energyCounter(), reportedDuration(),
                controller.settings().feeType(), controller.settings().fee(), length);
    }

    /**
     * @return the session duration as reported: refreshed in steps of the 0x0005 interval while charging
     */
    private long reportedDuration() {
        ChargeSession current = controller.session();
        if (current == null) {
            return 0;
        } else if (current.ended) {
            return current.chargedSeconds;
        }
        long step = Math.max(1, config.timing().chargingStatusInterval().toSeconds());
        return controller.elapsedSeconds(current) / step * step;
    }

    /**
     * @return the running, reserved or last session's charge id, or null if none ever ran
     */
    public @Nullable String sessionChargeId() {
        ChargeSession current = controller.session();
        return current == null ? null : current.chargeId;
    }

    /**
     * @return energy of the running or last session in 0.01 kWh
     */
    public long sessionEnergy() {
        ChargeSession current = controller.session();
        return current == null ? 0 : current.energy(ev.energyCounter());
    }

    /**
     * @return the current limit of the running session in A, or 0
     */
    public int sessionCurrent() {
        ChargeSession current = controller.session();
        return current != null && current.isCharging() ? current.maxCurrent : 0;
    }

    /**
     * @return the charge id of the record that is repeated until acknowledged, or null
     */
    public @Nullable String pendingRecordChargeId() {
        return controller.pendingRecordChargeId();
    }
}

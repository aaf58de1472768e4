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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol.message;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The charging status the app shows, derived from the current state and the plug state exactly as the app does
 * (spec §6.5). {@link #UNKNOWN} stands for the combinations the app leaves undefined (e.g. state 14 with plug 1).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum AppChargingStatus implements CodedEnum {
    /** State 13: vehicle connected, press start. */
    VEHICLE_CONNECTED(1, "Start", false),
    /** State 14 with plug 4: charging. */
    CHARGING(2, "Finish Charging", true),
    /** State 14 with plug 2: started, waiting for the vehicle. */
    WAITING_FOR_VEHICLE(3, "Waiting", true),
    /** State 15 with plug 2 or 4: charging completed. */
    FINISHED(4, "Finished", false),
    /** State 17: charging completed, battery full. */
    FINISHED_FULL(5, "Finished", false),
    /** State 20: reservation active. */
    RESERVATION_ACTIVE(6, "Cancel", false),
    /** State 12: plug not connected. */
    NOT_CONNECTED(7, "Connect", false),
    /** State 1: fault, see the error bits. */
    FAULT(8, "Fault", false),
    /** State 10: waiting for a card swipe. */
    WAITING_FOR_CARD(9, "Start", false),
    /** State 11: waiting for the button. */
    WAITING_FOR_BUTTON(10, "Start", false),
    /** State 2 or 3: charging fault, see the error bits. */
    CHARGING_FAULT(11, "Finish Charging", false),
    /** Any other combination: undefined in the app. */
    UNKNOWN(UNKNOWN_CODE, "", false);

    private final int code;
    private final String buttonLabel;
    private final boolean charging;

    AppChargingStatus(int code, String buttonLabel, boolean charging) {
        this.code = code;
        this.buttonLabel = buttonLabel;
        this.charging = charging;
    }

    /**
     * @return the app's status code 1..11
     */
    @Override
    public int code() {
        return code;
    }

    /**
     * @return the label of the app's action button in this status, empty for {@link #UNKNOWN}
     */
    public String buttonLabel() {
        return buttonLabel;
    }

    /**
     * @return the app's "is charging" flag
     */
    public boolean isCharging() {
        return charging;
    }

    /**
     * @param state effective current state (spec §6.4)
     * @param plug plug state (spec §6.2)
     * @return the status the app shows
     */
    public static AppChargingStatus derive(CurrentState state, PlugState plug) {
        return switch (state) {
            case READY -> VEHICLE_CONNECTED;
            case CHARGING -> plug == PlugState.CONNECTED_LOCKED ? CHARGING
                    : plug == PlugState.CONNECTED ? WAITING_FOR_VEHICLE : UNKNOWN;
            case FINISHED -> plug == PlugState.CONNECTED || plug == PlugState.CONNECTED_LOCKED ? FINISHED : UNKNOWN;
            case FINISHED_FULL -> FINISHED_FULL;
            case RESERVATION -> RESERVATION_ACTIVE;
            case NOT_CONNECTED -> NOT_CONNECTED;
            case EVSE_FAULT -> FAULT;
            case WAITING_FOR_CARD -> WAITING_FOR_CARD;
            case WAITING_FOR_BUTTON -> WAITING_FOR_BUTTON;
            case CHARGING_FAULT, CHARGING_FAULT_3 -> CHARGING_FAULT;
            case SECONDARY_18, SECONDARY_19, UNKNOWN -> UNKNOWN;
        };
    }
}

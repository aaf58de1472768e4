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

import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The charger's answer to a start or stop, reported to the listener whoever waits for the command's future.
 *
 * @param success start: error reason 0 and reservation result 0, 1 or 4 (spec §4.8); stop: fail reason 0 (§4.9)
 * @param reasonCodes start: [reservation result (§6.8), error reason (§6.9)]; stop: [stop result, fail reason]
 * @param message human-readable, e.g. "start refused: vehicle not connected (error reason 1)"
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record CommandOutcome(Action action, boolean success, List<Integer> reasonCodes, String message) {

    public CommandOutcome {
        reasonCodes = List.copyOf(reasonCodes);
    }

    /**
     * Which command the outcome belongs to.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    public enum Action {
        START,
        STOP
    }
}

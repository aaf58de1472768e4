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

/**
 * A request the charger cannot act on (too short, non-zero surplus bytes, unknown action); the simulator ignores it
 * like the device and records why.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class InvalidRequest extends Exception {

    private static final long serialVersionUID = 1L;

    InvalidRequest(String reason) {
        super(reason);
    }
}

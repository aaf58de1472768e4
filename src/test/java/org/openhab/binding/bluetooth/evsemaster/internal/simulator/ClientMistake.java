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

import java.time.Instant;
import java.util.HexFormat;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Something the client sent that a careful client would not send.
 *
 * @param at virtual time of arrival
 * @param ignored true if the charger ignored the input like the device would (garbage bytes, invalid datagram,
 *            malformed or unexpected request); false if it acted on it but the client deviated from the spec (wrong
 *            serial, out-of-range value refused or clamped, odd nickname)
 * @param reason what was wrong
 * @param bytes the offending bytes: the garbage, the datagram or the payload
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ClientMistake(Instant at, boolean ignored, String reason, byte[] bytes) {

    public ClientMistake {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public String toString() {
        return "ClientMistake[" + at + (ignored ? " ignored: " : " tolerated: ") + reason + " ("
                + HexFormat.of().formatHex(bytes) + ")]";
    }
}

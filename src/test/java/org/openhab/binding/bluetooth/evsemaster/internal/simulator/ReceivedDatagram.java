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

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * A well-framed datagram the client sent, as the simulated charger received it.
 *
 * @param at virtual arrival time
 * @param command the command code
 * @param payload the payload bytes
 * @param serial the 8 serial bytes the client put in the header
 * @param password the password field as ASCII (non-ASCII bytes become replacement characters)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ReceivedDatagram(Instant at, int command, byte[] payload, byte[] serial, String password) {

    public ReceivedDatagram {
        payload = payload.clone();
        serial = serial.clone();
    }

    static String passwordText(byte[] passwordField) {
        return new String(passwordField, StandardCharsets.US_ASCII);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public byte[] serial() {
        return serial.clone();
    }

    /**
     * @return the payload as lowercase hex without separators
     */
    public String payloadHex() {
        return HexFormat.of().formatHex(payload);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ReceivedDatagram[%s 0x%04x %s]", at, command, payloadHex());
    }
}

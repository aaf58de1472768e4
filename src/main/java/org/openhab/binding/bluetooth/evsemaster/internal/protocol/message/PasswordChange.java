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

import java.nio.charset.StandardCharsets;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * 0x8102 SetPassword (spec §4.15), client→charger: changes the password; the datagram header carries the current
 * one. Answered by 0x0102, whose layout is unknown. Taken from EVM's code, never exercised (uncertain).
 * {@link #toString()} hides the password.
 *
 * <pre>
 * offset width field         encoding
 *      0     6 new password  6 ASCII digits, no action byte
 * </pre>
 *
 * Longer payloads are accepted.
 *
 * @param newPassword exactly 6 ASCII digits
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record PasswordChange(String newPassword) implements TypedMessage {

    public static final int LENGTH = 6;

    /**
     * @throws IllegalArgumentException if the password is not 6 ASCII digits (the message does not repeat it)
     */
    public PasswordChange {
        if (newPassword.length() != LENGTH || !newPassword.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("the new password must be exactly 6 ASCII digits");
        }
    }

    /**
     * @throws ProtocolException if the payload is shorter than 6 bytes or holds other characters than digits
     */
    public static PasswordChange decode(byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(Command.SET_PASSWORD, payload, LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            if (in.u8(i) < '0' || in.u8(i) > '9') {
                throw new ProtocolException("password character is not a digit", i);
            }
        }
        return new PasswordChange(new String(in.bytes(0, LENGTH), StandardCharsets.US_ASCII));
    }

    @Override
    public Command command() {
        return Command.SET_PASSWORD;
    }

    @Override
    public byte[] encodePayload() {
        return newPassword.getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "PasswordChange[newPassword=******]";
    }
}

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
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;

/**
 * 0x8002 RequestLogin (spec §4.2), client→charger: logs in with the password of the datagram header. The charger
 * answers 0x0002 (correct password) or 0x0155 (wrong password). The app and EVM send an empty payload, EM and EM4GO
 * one byte {@code 00}; both work (§9 D10).
 *
 * <pre>
 * offset width field  encoding
 *      0     1 value  u8, optional: the payload may be empty
 * </pre>
 *
 * Longer payloads are accepted; bytes after the first are ignored.
 *
 * @param value the payload byte, null for an empty payload
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record LoginRequest(@Nullable Integer value) implements TypedMessage {

    /**
     * @throws IllegalArgumentException if the value does not fit one byte
     */
    public LoginRequest {
        Fields.optionalBytePayload(value);
    }

    /**
     * The canonical request: an empty payload.
     */
    public LoginRequest() {
        this(null);
    }

    public static LoginRequest decode(byte[] payload) {
        return new LoginRequest(Fields.optionalByte(payload));
    }

    @Override
    public Command command() {
        return Command.REQUEST_LOGIN;
    }

    @Override
    public byte[] encodePayload() {
        return Fields.optionalBytePayload(value);
    }
}

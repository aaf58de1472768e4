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
 * 0x0155 PasswordErrorResponse (spec §4.5), charger→client: the password of a request was wrong. The link stays
 * open. Chargers send {@code 00}; EM models the payload as empty.
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
public record PasswordError(@Nullable Integer value) implements TypedMessage {

    /**
     * @throws IllegalArgumentException if the value does not fit one byte
     */
    public PasswordError {
        Fields.optionalBytePayload(value);
    }

    /**
     * The message as chargers send it: {@code 00}.
     */
    public PasswordError() {
        this(0);
    }

    public static PasswordError decode(byte[] payload) {
        return new PasswordError(Fields.optionalByte(payload));
    }

    @Override
    public Command command() {
        return Command.PASSWORD_ERROR;
    }

    @Override
    public byte[] encodePayload() {
        return Fields.optionalBytePayload(value);
    }
}

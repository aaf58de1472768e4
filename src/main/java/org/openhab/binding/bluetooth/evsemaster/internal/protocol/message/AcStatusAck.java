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
 * 0x8004 acknowledgement of a 0x0004 status (spec §4.6), client→charger; optional (§9 D11).
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
public record AcStatusAck(@Nullable Integer value) implements TypedMessage {

    /**
     * @throws IllegalArgumentException if the value does not fit one byte
     */
    public AcStatusAck {
        Fields.optionalBytePayload(value);
    }

    /**
     * The canonical acknowledgement: {@code 01}.
     */
    public AcStatusAck() {
        this(1);
    }

    public static AcStatusAck decode(byte[] payload) {
        return new AcStatusAck(Fields.optionalByte(payload));
    }

    @Override
    public Command command() {
        return Command.AC_STATUS_ACK;
    }

    @Override
    public byte[] encodePayload() {
        return Fields.optionalBytePayload(value);
    }
}

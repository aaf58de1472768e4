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
 * 0x8005 acknowledgement of a 0x0005 charging status (spec §4.7), client→charger; optional (§9 D11). EM4GO sends
 * {@code 00}, SD {@code 01}.
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
public record ChargingStatusAck(@Nullable Integer value) implements TypedMessage {

    /**
     * @throws IllegalArgumentException if the value does not fit one byte
     */
    public ChargingStatusAck {
        Fields.optionalBytePayload(value);
    }

    /**
     * The canonical acknowledgement: {@code 01} (§9 D10).
     */
    public ChargingStatusAck() {
        this(1);
    }

    public static ChargingStatusAck decode(byte[] payload) {
        return new ChargingStatusAck(Fields.optionalByte(payload));
    }

    @Override
    public Command command() {
        return Command.CHARGING_STATUS_ACK;
    }

    @Override
    public byte[] encodePayload() {
        return Fields.optionalBytePayload(value);
    }
}

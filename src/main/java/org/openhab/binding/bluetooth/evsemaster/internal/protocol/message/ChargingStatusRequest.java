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
 * 0x8006 request for the charging status (spec §4.7), client→charger; answered by 0x0006.
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
public record ChargingStatusRequest(@Nullable Integer value) implements TypedMessage {

    /**
     * @throws IllegalArgumentException if the value does not fit one byte
     */
    public ChargingStatusRequest {
        Fields.optionalBytePayload(value);
    }

    /**
     * The canonical request: {@code 00} (EM4GO).
     */
    public ChargingStatusRequest() {
        this(0);
    }

    public static ChargingStatusRequest decode(byte[] payload) {
        return new ChargingStatusRequest(Fields.optionalByte(payload));
    }

    @Override
    public Command command() {
        return Command.REQUEST_CHARGING_STATUS;
    }

    @Override
    public byte[] encodePayload() {
        return Fields.optionalBytePayload(value);
    }
}

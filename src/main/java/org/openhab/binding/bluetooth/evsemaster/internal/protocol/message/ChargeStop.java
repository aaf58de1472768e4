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
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * 0x8008 ChargeStop (spec §4.9), client→charger: stops a session or cancels a pending reservation; answered by
 * 0x0008 ({@link ChargeStopResult}).
 *
 * <pre>
 * offset width field     encoding
 *      0     1 line id   u8, 01
 *      1    16 user id   ASCII, 00-padded
 *     17    30 (zero)    00
 * </pre>
 *
 * Always 47 bytes; bytes 17 on are ignored when decoding.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargeStop(int lineId, String userId) implements TypedMessage {

    public static final int LENGTH = 47;
    private static final int ID_WIDTH = 16;

    /**
     * @throws IllegalArgumentException if a value does not fit its field
     */
    public ChargeStop {
        Fields.checkRange(lineId, 0, Fields.U8_MAX, "line id");
        Fields.checkText(userId, ID_WIDTH, "user id");
    }

    public static ChargeStop decode(byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(Command.CHARGE_STOP, payload, LENGTH);
        return new ChargeStop(in.u8(0), in.text(1, ID_WIDTH));
    }

    @Override
    public Command command() {
        return Command.CHARGE_STOP;
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u8(lineId).text(userId, ID_WIDTH).zeros(LENGTH - 1 - ID_WIDTH).toByteArray();
    }
}

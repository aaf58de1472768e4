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
 * 0x0008 ChargeStopResponse (spec §4.9), charger→client: the result of a {@link ChargeStop} (§9 D17: 0x0008 with 3
 * bytes, not 0x0007). No capture exists.
 *
 * <pre>
 * offset width field         encoding
 *      0     1 line id       u8
 *      1     1 stop result   u8, presumably 01 = stopped; a result flag, not a {@link StopReason} (§9 D18)
 *      2     1 fail reason   u8, 00 = none
 * </pre>
 *
 * 3 bytes; longer payloads are accepted.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargeStopResult(int lineId, int stopResult, int failReason) implements TypedMessage {

    public static final int LENGTH = 3;

    /**
     * @throws IllegalArgumentException if a value does not fit one byte
     */
    public ChargeStopResult {
        for (int value : new int[] { lineId, stopResult, failReason }) {
            Fields.checkRange(value, 0, Fields.U8_MAX, "u8 field");
        }
    }

    /**
     * @return fail reason 0 (EM treats any other value as failure)
     */
    public boolean isSuccess() {
        return failReason == 0;
    }

    public static ChargeStopResult decode(byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(Command.CHARGE_STOP_RESPONSE, payload, LENGTH);
        return new ChargeStopResult(in.u8(0), in.u8(1), in.u8(2));
    }

    @Override
    public Command command() {
        return Command.CHARGE_STOP_RESPONSE;
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u8(lineId).u8(stopResult).u8(failReason).toByteArray();
    }
}

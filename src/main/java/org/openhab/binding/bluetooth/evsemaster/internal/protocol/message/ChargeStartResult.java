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
 * 0x0007 ChargeStartResponse (spec §4.8), charger→client: the result of a {@link ChargeStart}.
 *
 * <pre>
 * offset width field               encoding
 *      0     1 line id             u8, echo of the request
 *      1     1 reservation result  {@link ReservationResult}; 00 = no reservation requested
 *      2     1 start result        u8, 01 observed on success
 *      3     1 error reason        {@link StartErrorReason}; 00 = none
 *      4     1 max current         u8 A in effect
 * </pre>
 *
 * 5 bytes; longer payloads are accepted.
 *
 * @param maxCurrentAmperes current limit in effect in A
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargeStartResult(int lineId, int reservationResultCode, int startResult, int errorReasonCode,
        int maxCurrentAmperes) implements TypedMessage {

    public static final int LENGTH = 5;

    /**
     * @throws IllegalArgumentException if a value does not fit one byte
     */
    public ChargeStartResult {
        for (int value : new int[] { lineId, reservationResultCode, startResult, errorReasonCode, maxCurrentAmperes }) {
            Fields.checkRange(value, 0, Fields.U8_MAX, "u8 field");
        }
    }

    public ReservationResult reservationResult() {
        return ReservationResult.fromCode(reservationResultCode);
    }

    public StartErrorReason errorReason() {
        return StartErrorReason.fromCode(errorReasonCode);
    }

    /**
     * @return error reason 0 and reservation result 0, 1 or 4 (spec §4.8)
     */
    public boolean isSuccess() {
        return errorReasonCode == StartErrorReason.NONE.code() && reservationResult().isSuccess();
    }

    public static ChargeStartResult decode(byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(Command.CHARGE_START_RESPONSE, payload, LENGTH);
        return new ChargeStartResult(in.u8(0), in.u8(1), in.u8(2), in.u8(3), in.u8(4));
    }

    @Override
    public Command command() {
        return Command.CHARGE_START_RESPONSE;
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u8(lineId).u8(reservationResultCode).u8(startResult).u8(errorReasonCode)
                .u8(maxCurrentAmperes).toByteArray();
    }
}

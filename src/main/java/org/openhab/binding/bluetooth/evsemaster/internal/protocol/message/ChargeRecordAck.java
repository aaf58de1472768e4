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
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Acknowledgement of a charge record (spec §4.13), client→charger: 0x8009 for 0x0009 and 0x800A for 0x000A. Not
 * answered; the charger stops repeating the record. Acknowledging may hide the record from the phone app (RS).
 *
 * <pre>
 * offset width field      encoding
 *      0     1 line id    u8
 *      1    16 charge id  ASCII, copied from the record
 *     17     1 status     u8, value unknown
 * </pre>
 *
 * 0x8009 is 18 bytes (EM, implemented). The 0x800A payload is not known; SD's probe sends the single byte {@code 01},
 * which this record represents as line id 1 without charge id and status. Longer payloads are accepted.
 *
 * @param command {@link Command#CURRENT_CHARGE_RECORD_ACK} or {@link Command#UPLOAD_LOCAL_CHARGE_RECORD_ACK}
 * @param chargeId the charge id of the record, null for a payload shorter than 18 bytes
 * @param status status byte; 0 when the charge id is null (not on the wire)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChargeRecordAck(Command command, int lineId, @Nullable String chargeId,
        int status) implements TypedMessage {

    public static final int LENGTH = 18;
    private static final int ID_WIDTH = 16;

    /**
     * @throws IllegalArgumentException if a value does not fit its field, a status comes without charge id, or the
     *             command is not 0x8009/0x800A
     */
    public ChargeRecordAck {
        Fields.checkCommand(command, Command.CURRENT_CHARGE_RECORD_ACK, Command.UPLOAD_LOCAL_CHARGE_RECORD_ACK);
        Fields.checkRange(lineId, 0, Fields.U8_MAX, "line id");
        Fields.checkRange(status, 0, chargeId == null ? 0 : Fields.U8_MAX, "status");
        if (chargeId != null) {
            Fields.checkText(chargeId, ID_WIDTH, "charge id");
        }
    }

    /**
     * @param record the record to acknowledge
     * @param status the status byte (its meaning is unknown)
     * @return the full 18-byte acknowledgement for the record's command
     */
    public static ChargeRecordAck forRecord(ChargeRecord record, int status) {
        Command ack = record.command() == Command.CURRENT_CHARGE_RECORD ? Command.CURRENT_CHARGE_RECORD_ACK
                : Command.UPLOAD_LOCAL_CHARGE_RECORD_ACK;
        return new ChargeRecordAck(ack, record.lineId(), record.chargeId(), status);
    }

    public static ChargeRecordAck decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(command, payload, 1);
        if (in.length() < LENGTH) {
            return new ChargeRecordAck(command, in.u8(0), null, 0);
        }
        return new ChargeRecordAck(command, in.u8(0), in.text(1, ID_WIDTH), in.u8(17));
    }

    @Override
    public byte[] encodePayload() {
        String id = chargeId;
        PayloadWriter out = new PayloadWriter().u8(lineId);
        return id == null ? out.toByteArray() : out.text(id, ID_WIDTH).u8(status).toByteArray();
    }
}

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
 * Offline (button / plug-and-charge) charging (spec §4.15): 0x810D set/get request and its 0x010D answer, which
 * chargers also send unsolicited (EM saw action 1).
 *
 * <pre>
 * offset width field     encoding
 *      0     1 action    {@link SettingAction}: 1 set, 2 get
 *      1     1 status    {@link OfflineCharge}: 0 allowed, 1 (or 2) not allowed
 * </pre>
 *
 * 2 bytes; a GET request may consist of the action byte alone (its value reads as 0). Longer payloads are accepted.
 *
 * @param command {@link Command#OFFLINE_CHARGE} (request) or {@link Command#OFFLINE_CHARGE_RESPONSE} (answer)
 * @param statusCode raw status code (spec §6.13)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record OfflineChargeSetting(Command command, int actionCode, int statusCode) implements TypedMessage {

    public static final int LENGTH = 2;

    /**
     * @throws IllegalArgumentException if a value does not fit one byte or the command does not carry this payload
     */
    public OfflineChargeSetting {
        Fields.checkCommand(command, Command.OFFLINE_CHARGE, Command.OFFLINE_CHARGE_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        Fields.checkRange(statusCode, 0, Fields.U8_MAX, "status");
    }

    /**
     * @param offlineCharge the new value; {@code UNKNOWN} has no code and is rejected
     * @throws IllegalArgumentException for {@code UNKNOWN}
     */
    public static OfflineChargeSetting set(OfflineCharge offlineCharge) {
        return new OfflineChargeSetting(Command.OFFLINE_CHARGE, SettingAction.SET.code(), offlineCharge.code());
    }

    /**
     * @return the GET request {@code 02 00}
     */
    public static OfflineChargeSetting get() {
        return new OfflineChargeSetting(Command.OFFLINE_CHARGE, SettingAction.GET.code(), 0);
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    public OfflineCharge offlineCharge() {
        return OfflineCharge.fromCode(statusCode);
    }

    public static OfflineChargeSetting decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.ofSetting(command, payload, LENGTH);
        return new OfflineChargeSetting(command, in.u8(0), in.u8(1));
    }

    @Override
    public byte[] encodePayload() {
        return new byte[] { (byte) actionCode, (byte) statusCode };
    }
}

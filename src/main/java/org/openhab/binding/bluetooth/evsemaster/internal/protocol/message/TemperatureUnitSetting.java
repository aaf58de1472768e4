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
 * Temperature unit of the display and the app (spec §4.15): 0x8112 set/get request and its 0x0112 answer (C04:
 * {@code 02 01}, GET, Celsius). Status temperatures are always °C.
 *
 * <pre>
 * offset width field     encoding
 *      0     1 action    {@link SettingAction}: 1 set, 2 get
 *      1     1 unit      {@link TemperatureUnit}
 * </pre>
 *
 * 2 bytes; a GET request may consist of the action byte alone (its value reads as 0). Longer payloads are accepted.
 *
 * @param command {@link Command#TEMPERATURE_UNIT} (request) or {@link Command#TEMPERATURE_UNIT_RESPONSE} (answer)
 * @param unitCode raw unit code (spec §6.12)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record TemperatureUnitSetting(Command command, int actionCode, int unitCode) implements TypedMessage {

    public static final int LENGTH = 2;

    /**
     * @throws IllegalArgumentException if a value does not fit one byte or the command does not carry this payload
     */
    public TemperatureUnitSetting {
        Fields.checkCommand(command, Command.TEMPERATURE_UNIT, Command.TEMPERATURE_UNIT_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        Fields.checkRange(unitCode, 0, Fields.U8_MAX, "unit");
    }

    /**
     * @param unit the new value; {@code UNKNOWN} has no code and is rejected
     * @throws IllegalArgumentException for {@code UNKNOWN}
     */
    public static TemperatureUnitSetting set(TemperatureUnit unit) {
        return new TemperatureUnitSetting(Command.TEMPERATURE_UNIT, SettingAction.SET.code(), unit.code());
    }

    /**
     * @return the GET request {@code 02 00}
     */
    public static TemperatureUnitSetting get() {
        return new TemperatureUnitSetting(Command.TEMPERATURE_UNIT, SettingAction.GET.code(), 0);
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    public TemperatureUnit unit() {
        return TemperatureUnit.fromCode(unitCode);
    }

    public static TemperatureUnitSetting decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.ofSetting(command, payload, LENGTH);
        return new TemperatureUnitSetting(command, in.u8(0), in.u8(1));
    }

    @Override
    public byte[] encodePayload() {
        return new byte[] { (byte) actionCode, (byte) unitCode };
    }
}

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
 * The stored maximum current ("output electricity", spec §4.10): 0x8107 set/get request and its 0x0107 answer with
 * the value in effect. It is the default that apps pre-fill for the next start. Mid-session a BS20 applies a change
 * but pauses charging for about 20 s; a Telestar keeps the old limit until the next start (RS, uncertain).
 *
 * <pre>
 * offset width field     encoding
 *      0     1 action    {@link SettingAction}: 1 set, 2 get
 *      1     1 amperes   u8 A; SET: 6 .. rated current (login byte 53)
 * </pre>
 *
 * 2 bytes; a GET request may consist of the action byte alone (its value reads as 0). Longer payloads are accepted.
 *
 * @param command {@link Command#OUTPUT_CURRENT} (request) or {@link Command#OUTPUT_CURRENT_RESPONSE} (answer)
 * @param amperes current in A
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record OutputCurrent(Command command, int actionCode, int amperes) implements TypedMessage {

    public static final int LENGTH = 2;
    /** Lowest current a charger accepts (spec §9 D35). */
    public static final int MIN_AMPERES = 6;
    /** Highest rated current of the known chargers; the rated current of the unit (login byte 53) may be lower. */
    public static final int MAX_AMPERES = 32;

    /**
     * @throws IllegalArgumentException if a value does not fit one byte or the command does not carry this payload
     */
    public OutputCurrent {
        Fields.checkCommand(command, Command.OUTPUT_CURRENT, Command.OUTPUT_CURRENT_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        Fields.checkRange(amperes, 0, Fields.U8_MAX, "amperes");
    }

    /**
     * @param amperes {@link #MIN_AMPERES} .. {@link #MAX_AMPERES}; the caller also keeps it at or below the rated
     *            current (login byte 53)
     * @throws IllegalArgumentException if out of range
     */
    public static OutputCurrent set(int amperes) {
        Fields.checkRange(amperes, MIN_AMPERES, MAX_AMPERES, "current");
        return new OutputCurrent(Command.OUTPUT_CURRENT, SettingAction.SET.code(), amperes);
    }

    /**
     * @return the GET request {@code 02 00}
     */
    public static OutputCurrent get() {
        return new OutputCurrent(Command.OUTPUT_CURRENT, SettingAction.GET.code(), 0);
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    public static OutputCurrent decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.ofSetting(command, payload, LENGTH);
        return new OutputCurrent(command, in.u8(0), in.u8(1));
    }

    @Override
    public byte[] encodePayload() {
        return new byte[] { (byte) actionCode, (byte) amperes };
    }
}

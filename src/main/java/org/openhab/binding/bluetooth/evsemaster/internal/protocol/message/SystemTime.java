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

import java.time.LocalDateTime;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * The charger clock (spec §4.12): 0x8101 set/get request and its 0x0101 answer, which chargers also send unsolicited
 * with action 0. The answer to a SET carries the time now set.
 *
 * <pre>
 * offset width field   encoding
 *      0     1 action  {@link SettingAction}: 0 report, 1 set, 2 get
 *      1     4 time    device time (§2.11): the charger's wall clock encoded as UTC+8 epoch seconds; 0 in a GET
 * </pre>
 *
 * 5 bytes. A GET request may be shorter ({@code 02 00}, §9 D13); GET is encoded as {@code 02 00 00 00 00}.
 *
 * @param command {@link Command#SYSTEM_TIME} or {@link Command#SYSTEM_TIME_RESPONSE}
 * @param time charger wall-clock time, whole seconds; null when not set (0 or ffffffff), e.g. in a GET
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record SystemTime(Command command, int actionCode, @Nullable LocalDateTime time) implements TypedMessage {

    public static final int LENGTH = 5;

    /**
     * @throws IllegalArgumentException if the action does not fit a byte, the time cannot be encoded, or the command
     *             is not 0x8101/0x0101
     */
    public SystemTime {
        Fields.checkCommand(command, Command.SYSTEM_TIME, Command.SYSTEM_TIME_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        time = Fields.checkTime(time);
    }

    /**
     * @param wallClock the charger's new wall-clock time (truncated to whole seconds)
     */
    public static SystemTime set(LocalDateTime wallClock) {
        return new SystemTime(Command.SYSTEM_TIME, SettingAction.SET.code(), wallClock);
    }

    public static SystemTime get() {
        return new SystemTime(Command.SYSTEM_TIME, SettingAction.GET.code(), null);
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    public static SystemTime decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.ofSetting(command, payload, LENGTH);
        return new SystemTime(command, in.u8(0), in.time(1));
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u8(actionCode).time(time).toByteArray();
    }
}

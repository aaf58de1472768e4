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

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * The weekly charging plan ("alarm charge strategy", spec §4.15): 0x810E set/get request and its 0x010E answer,
 * which chargers also send unsolicited.
 *
 * <pre>
 * offset width field   encoding
 *      0     1 action  {@link SettingAction}: 1 set, 2 get
 *      1    63 slots   7 × {@link PlanSlot}, Monday first
 * </pre>
 *
 * 64 bytes; a GET request may be shorter (its missing slots read as zeros) and is encoded as {@code 02} + 63 zeros.
 * Longer payloads are accepted.
 *
 * @param command {@link Command#WEEKLY_PLAN} (request) or {@link Command#WEEKLY_PLAN_RESPONSE} (answer)
 * @param slots exactly 7, Monday first
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record WeeklyPlan(Command command, int actionCode, List<PlanSlot> slots) implements TypedMessage {

    public static final int LENGTH = 64;
    private static final int DAYS = 7;

    /**
     * @throws IllegalArgumentException if there are not 7 slots, the action does not fit a byte, or the command is
     *             not 0x810E/0x010E
     */
    public WeeklyPlan {
        Fields.checkCommand(command, Command.WEEKLY_PLAN, Command.WEEKLY_PLAN_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        slots = List.copyOf(slots);
        Fields.checkRange(slots.size(), DAYS, DAYS, "number of slots");
    }

    /**
     * @param slots 7 slots, Monday first
     */
    public static WeeklyPlan set(List<PlanSlot> slots) {
        return new WeeklyPlan(Command.WEEKLY_PLAN, SettingAction.SET.code(), slots);
    }

    public static WeeklyPlan get() {
        return new WeeklyPlan(Command.WEEKLY_PLAN, SettingAction.GET.code(), Collections.nCopies(DAYS, PlanSlot.EMPTY));
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    public PlanSlot slot(DayOfWeek day) {
        return slots.get(day.getValue() - 1);
    }

    public static WeeklyPlan decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.ofSetting(command, payload, LENGTH);
        List<PlanSlot> slots = new ArrayList<>(DAYS);
        for (int day = 0; day < DAYS; day++) {
            slots.add(PlanSlot.read(in, 1 + day * PlanSlot.LENGTH));
        }
        return new WeeklyPlan(command, in.u8(0), slots);
    }

    @Override
    public byte[] encodePayload() {
        PayloadWriter out = new PayloadWriter().u8(actionCode);
        slots.forEach(slot -> slot.write(out));
        return out.toByteArray();
    }
}

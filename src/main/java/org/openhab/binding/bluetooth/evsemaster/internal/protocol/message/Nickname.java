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
 * The nickname, i.e. the advertised BLE name without {@code ACP#} (spec §4.11, §9 D15): 0x8108 set/get request and
 * its 0x0108 answer. Over BLE the charger drops the connection after a rename and re-advertises under the new name.
 *
 * <pre>
 * offset width field   encoding
 *      0     1 action  {@link SettingAction}: 1 set, 2 get
 *      1    32 name    ASCII, 00-padded; SET: "ACP#" + name (every implementation sends the prefix)
 * </pre>
 *
 * Rules: a SET carries {@code ACP#} + at most {@value #MAX_NAME_LENGTH} characters (the app's 15-byte limit), padded
 * with {@code 00}, never with spaces (EVM's spaces were advertised verbatim). GET is {@code 02} + 32 × {@code 00}
 * ({@code 02 00} is accepted too). Decoding cuts at the first {@code 00}, strips a leading {@code ACP#} (whether
 * answers echo it is uncertain) and trailing spaces. Answers of old firmware have a 16-byte field, so answers of at
 * least 17 bytes are accepted.
 *
 * @param command {@link Command#NICKNAME} (request) or {@link Command#NICKNAME_RESPONSE} (answer)
 * @param name the nickname without {@code ACP#}; empty in a GET
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record Nickname(Command command, int actionCode, String name) implements TypedMessage {

    public static final int LENGTH = 33;
    /** Longest name the app allows after the prefix. */
    public static final int MAX_NAME_LENGTH = 11;
    /** Prefix of every advertised name. */
    public static final String PREFIX = "ACP#";
    private static final int FIELD_WIDTH = 32;
    private static final int OLD_FIRMWARE_LENGTH = 17;

    /**
     * @throws IllegalArgumentException if the name does not fit the field, the action does not fit a byte, or the
     *             command is not 0x8108/0x0108
     */
    public Nickname {
        Fields.checkCommand(command, Command.NICKNAME, Command.NICKNAME_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        Fields.checkText(name, FIELD_WIDTH - (isPrefixed(command, actionCode) ? PREFIX.length() : 0), "name");
    }

    /**
     * @param name 0..{@value #MAX_NAME_LENGTH} printable ASCII characters, no trailing space
     * @throws IllegalArgumentException otherwise
     */
    public static Nickname set(String name) {
        if (name.length() > MAX_NAME_LENGTH || !name.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            throw new IllegalArgumentException("a nickname has at most 11 printable ASCII characters: " + name);
        }
        return new Nickname(Command.NICKNAME, SettingAction.SET.code(), name);
    }

    /**
     * @return the GET request {@code 02} + 32 × {@code 00}
     */
    public static Nickname get() {
        return new Nickname(Command.NICKNAME, SettingAction.GET.code(), "");
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    /**
     * @return the local name the charger advertises: {@code ACP#} + name
     */
    public String advertisedName() {
        return PREFIX + name;
    }

    public static Nickname decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = command == Command.NICKNAME ? PayloadReader.ofSetting(command, payload, LENGTH)
                : PayloadReader.of(command, payload, OLD_FIRMWARE_LENGTH);
        String text = in.text(1, Math.min(FIELD_WIDTH, in.length() - 1));
        String name = text.startsWith(PREFIX) ? text.substring(PREFIX.length()).stripTrailing() : text;
        boolean prefixed = isPrefixed(command, in.u8(0));
        int maxLength = FIELD_WIDTH - PREFIX.length();
        // a SET without the prefix would not fit again once the prefix is added: keep what fits
        return new Nickname(command, in.u8(0),
                prefixed && name.length() > maxLength ? name.substring(0, maxLength).stripTrailing() : name);
    }

    @Override
    public byte[] encodePayload() {
        String field = isPrefixed(command, actionCode) ? PREFIX + name : name;
        return new PayloadWriter().u8(actionCode).text(field, FIELD_WIDTH).toByteArray();
    }

    /**
     * @return whether the name field carries the prefix: in SET requests
     */
    private static boolean isPrefixed(Command command, int actionCode) {
        return command == Command.NICKNAME && actionCode == SettingAction.SET.code();
    }
}

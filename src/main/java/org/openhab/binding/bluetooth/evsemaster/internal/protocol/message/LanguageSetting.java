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
 * Language (spec §4.15): 0x810F set/get request and its 0x010F answer. EVM: only affects the phone app.
 *
 * <pre>
 * offset width field     encoding
 *      0     1 action    {@link SettingAction}: 1 set, 2 get
 *      1     1 language  {@link Language}
 * </pre>
 *
 * 2 bytes; a GET request may consist of the action byte alone (its value reads as 0). Longer payloads are accepted.
 *
 * @param command {@link Command#LANGUAGE} (request) or {@link Command#LANGUAGE_RESPONSE} (answer)
 * @param languageCode raw language code (spec §6.11)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record LanguageSetting(Command command, int actionCode, int languageCode) implements TypedMessage {

    public static final int LENGTH = 2;

    /**
     * @throws IllegalArgumentException if a value does not fit one byte or the command does not carry this payload
     */
    public LanguageSetting {
        Fields.checkCommand(command, Command.LANGUAGE, Command.LANGUAGE_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        Fields.checkRange(languageCode, 0, Fields.U8_MAX, "language");
    }

    /**
     * @param language the new value; {@code UNKNOWN} has no code and is rejected
     * @throws IllegalArgumentException for {@code UNKNOWN}
     */
    public static LanguageSetting set(Language language) {
        return new LanguageSetting(Command.LANGUAGE, SettingAction.SET.code(), language.code());
    }

    /**
     * @return the GET request {@code 02 00}
     */
    public static LanguageSetting get() {
        return new LanguageSetting(Command.LANGUAGE, SettingAction.GET.code(), 0);
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    public Language language() {
        return Language.fromCode(languageCode);
    }

    public static LanguageSetting decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.ofSetting(command, payload, LENGTH);
        return new LanguageSetting(command, in.u8(0), in.u8(1));
    }

    @Override
    public byte[] encodePayload() {
        return new byte[] { (byte) actionCode, (byte) languageCode };
    }
}

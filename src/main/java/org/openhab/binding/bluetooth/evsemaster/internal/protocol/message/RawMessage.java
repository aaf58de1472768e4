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

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;

/**
 * A payload that is not decoded: its command is in the table but its layout is unknown (e.g. 0x0162, 0x8109), or the
 * code is not in the command table at all. Keeps the code and the bytes.
 *
 * @param command the u16 command code
 * @param payload the payload bytes (copied in and out)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record RawMessage(int command, byte[] payload) implements Message {

    /**
     * @throws IllegalArgumentException if the command does not fit 16 bits
     */
    public RawMessage {
        Fields.checkRange(command, 0, Fields.U16_MAX, "command");
        payload = payload.clone();
    }

    @Override
    public int commandCode() {
        return command;
    }

    /**
     * @return the command if the code is in the command table, else null
     */
    public @Nullable Command knownCommand() {
        return Command.fromCode(command);
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public byte[] encodePayload() {
        return payload.clone();
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof RawMessage that && command == that.command && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return 31 * command + Arrays.hashCode(payload);
    }

    /**
     * @return the code and the payload length; the bytes are left out, since unknown payloads may hold secrets (e.g.
     *         the BLE password of 0x8109)
     */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "RawMessage[command=0x%04x, %d payload bytes]", command, payload.length);
    }

    /**
     * @return the payload as lowercase hex without separators
     */
    public String payloadHex() {
        return HexFormat.of().formatHex(payload);
    }
}

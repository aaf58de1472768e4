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
 * 0x0106 GetVersionResponse (spec §4.14), charger→client: the firmware versions, answering {@link VersionRequest}.
 *
 * <pre>
 * offset width field             encoding
 *      0    16 hardware version  ASCII, 00-padded (or the running firmware)
 *     16    16 software version  ASCII, 00-padded (or the backup image)
 *     32     4 feature flags     u32, meaning unknown (payload ≥ 36)
 *     36     1 "support new"     u8, e.g. 0b (payload ≥ 37)
 * </pre>
 *
 * 36 bytes (2022 BS20, C05) or 37 (SD); at least 32 are required (§9 D22), longer payloads are accepted.
 * {@link #encodePayload()} writes 32, 36 or 37 bytes depending on which optional fields are present.
 *
 * @param featureFlags u32, null for a 32-byte payload
 * @param supportByte null for a payload shorter than 37 bytes; requires feature flags
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record VersionInfo(String hardwareVersion, String softwareVersion, @Nullable Long featureFlags,
        @Nullable Integer supportByte) implements TypedMessage {

    public static final int MIN_LENGTH = 32;
    private static final int FLAGS_LENGTH = 36;
    private static final int FULL_LENGTH = 37;
    private static final int TEXT_WIDTH = 16;

    /**
     * @throws IllegalArgumentException if a value does not fit its field or a support byte comes without flags
     */
    public VersionInfo {
        Fields.checkText(hardwareVersion, TEXT_WIDTH, "hardware version");
        Fields.checkText(softwareVersion, TEXT_WIDTH, "software version");
        if (featureFlags != null) {
            Fields.checkRange(featureFlags, 0, Fields.U32_MAX, "feature flags");
        }
        if (supportByte != null) {
            Fields.checkRange(supportByte, 0, featureFlags == null ? -1 : Fields.U8_MAX, "support byte");
        }
    }

    public static VersionInfo decode(byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(Command.VERSION_RESPONSE, payload, MIN_LENGTH);
        return new VersionInfo(in.text(0, TEXT_WIDTH), in.text(16, TEXT_WIDTH),
                in.length() < FLAGS_LENGTH ? null : in.u32(32), in.length() < FULL_LENGTH ? null : in.u8(36));
    }

    @Override
    public Command command() {
        return Command.VERSION_RESPONSE;
    }

    @Override
    public byte[] encodePayload() {
        PayloadWriter out = new PayloadWriter().text(hardwareVersion, TEXT_WIDTH).text(softwareVersion, TEXT_WIDTH);
        Long flags = featureFlags;
        Integer support = supportByte;
        if (flags != null) {
            out.u32(flags);
        }
        if (support != null) {
            out.u8(support);
        }
        return out.toByteArray();
    }
}

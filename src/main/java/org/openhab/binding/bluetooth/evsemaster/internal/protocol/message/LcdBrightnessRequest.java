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
 * 0x8162 "maneuver" as EVM uses it for the LCD brightness (spec §4.15, §9 D25, uncertain). The answer 0x0162 has no
 * known layout and stays a {@link RawMessage}.
 *
 * <pre>
 * offset width field       encoding
 *      0     1 (zero)      00
 *      1     1 operation   01 = get, 02 = set
 *      2     1 brightness  u8 percent 0..100 (set), 00 (get)
 *      3     1 (get flag)  01 (get), 00 (set)
 *      4     4 (zero)      00
 * </pre>
 *
 * GET is {@code 00 01 00 01 00 00 00 00}, SET {@code 00 02 pp 00 00 00 00 00}. 8 bytes; longer payloads are
 * accepted. Any operation other than 02 decodes as GET.
 *
 * @param brightnessPercent 0..100 for a SET, null for a GET
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record LcdBrightnessRequest(@Nullable Integer brightnessPercent) implements TypedMessage {

    public static final int LENGTH = 8;
    private static final int GET = 1;
    private static final int SET = 2;
    private static final int MAX_PERCENT = 100;

    /**
     * @throws IllegalArgumentException if the brightness is not 0..100
     */
    public LcdBrightnessRequest {
        if (brightnessPercent != null) {
            Fields.checkRange(brightnessPercent, 0, MAX_PERCENT, "brightness");
        }
    }

    public static LcdBrightnessRequest get() {
        return new LcdBrightnessRequest(null);
    }

    public static LcdBrightnessRequest set(int brightnessPercent) {
        return new LcdBrightnessRequest(brightnessPercent);
    }

    /**
     * @throws ProtocolException if the payload is shorter than 8 bytes or a SET brightness exceeds 100
     */
    public static LcdBrightnessRequest decode(byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(Command.MANEUVER, payload, LENGTH);
        if (in.u8(1) != SET) {
            return get();
        }
        if (in.u8(2) > MAX_PERCENT) {
            throw new ProtocolException("brightness " + in.u8(2) + " above 100 %", 2);
        }
        return set(in.u8(2));
    }

    @Override
    public Command command() {
        return Command.MANEUVER;
    }

    @Override
    public byte[] encodePayload() {
        Integer percent = brightnessPercent;
        PayloadWriter out = new PayloadWriter().u8(0);
        return (percent == null ? out.u8(GET).u8(0).u8(1) : out.u8(SET).u8(percent).u8(0)).zeros(4).toByteArray();
    }
}

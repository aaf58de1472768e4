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

import java.util.Set;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * The charger's self-description (spec §4.1), sent as 0x0001 login announcement while no client is registered and as
 * 0x0002 login response after a correct 0x8002 (same payload).
 *
 * <pre>
 * offset width field              encoding
 *      0     1 device type        u8, selects the phase count (§6.1); observed 1, 11, 12
 *      1    16 brand              ASCII, 00-padded, e.g. BESEN
 *     17    16 model              ASCII, e.g. BS20
 *     33    16 hardware version   ASCII, e.g. C.3252.112A008
 *     49     4 rated power        u32 W
 *     53     1 rated current      u8 A per phase: the upper bound of every current setting
 *     54    16 hotline            ASCII support text, e.g. WWW.EVSE.COM
 * </pre>
 *
 * 70 bytes on BS20s; the longer variants of other brands (118, 119, 151 bytes) are accepted and bytes from 70 on are
 * ignored (§9 D23). EVM's 15-byte brand/model reads are an off-by-one; the fields are 16 bytes.
 *
 * @param command {@link Command#LOGIN_ANNOUNCEMENT} or {@link Command#LOGIN_RESPONSE}
 * @param ratedPowerWatts rated power in W (u32)
 * @param ratedCurrentAmperes rated current in A per phase (u8)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record LoginInfo(Command command, int deviceType, String brand, String model, String hardwareVersion,
        long ratedPowerWatts, int ratedCurrentAmperes, String hotline) implements TypedMessage {

    public static final int LENGTH = 70;
    private static final int TEXT_WIDTH = 16;
    private static final Set<Integer> THREE_PHASE_TYPES = Set.of(10, 11, 12, 13, 14, 15, 22, 23, 24, 25);

    /**
     * @throws IllegalArgumentException if a value does not fit its field or the command is not 0x0001/0x0002
     */
    public LoginInfo {
        Fields.checkCommand(command, Command.LOGIN_ANNOUNCEMENT, Command.LOGIN_RESPONSE);
        Fields.checkRange(deviceType, 0, Fields.U8_MAX, "device type");
        Fields.checkText(brand, TEXT_WIDTH, "brand");
        Fields.checkText(model, TEXT_WIDTH, "model");
        Fields.checkText(hardwareVersion, TEXT_WIDTH, "hardware version");
        Fields.checkRange(ratedPowerWatts, 0, Fields.U32_MAX, "rated power");
        Fields.checkRange(ratedCurrentAmperes, 0, Fields.U8_MAX, "rated current");
        Fields.checkText(hotline, TEXT_WIDTH, "hotline");
    }

    /**
     * @return 3 for the three-phase device types 10–15 and 22–25, else 1 (spec §6.1)
     */
    public int phases() {
        return THREE_PHASE_TYPES.contains(deviceType) ? 3 : 1;
    }

    public static LoginInfo decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.of(command, payload, LENGTH);
        return new LoginInfo(command, in.u8(0), in.text(1, TEXT_WIDTH), in.text(17, TEXT_WIDTH),
                in.text(33, TEXT_WIDTH), in.u32(49), in.u8(53), in.text(54, TEXT_WIDTH));
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u8(deviceType).text(brand, TEXT_WIDTH).text(model, TEXT_WIDTH)
                .text(hardwareVersion, TEXT_WIDTH).u32(ratedPowerWatts).u8(ratedCurrentAmperes)
                .text(hotline, TEXT_WIDTH).toByteArray();
    }
}

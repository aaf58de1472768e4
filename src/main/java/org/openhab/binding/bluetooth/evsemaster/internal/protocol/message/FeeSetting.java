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

import java.math.BigDecimal;
import java.util.Arrays;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Direction;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Charge fee (0x8104 / 0x0104) and service fee (0x8105 / 0x0105), spec §4.15. The answer echoes the request. The app
 * and EVM send SET {@code 01 01 00 00} of both right after 0x8002; the charge fee is probably the rate that 0x0005
 * reports at byte 72.
 *
 * <pre>
 * offset width field      encoding (probable, uncertain)
 *      0     1 action     {@link SettingAction}
 *      1     1 rate type  u8, 01 observed
 *      2     2 fee        u16 × 0.01 currency units per kWh, big-endian
 * </pre>
 *
 * SET and answers: 4 bytes. GET requests: {@code 02 00} (action and rate type; missing bytes read as 0).
 *
 * @param command {@link Command#CHARGE_FEE}, {@link Command#CHARGE_FEE_RESPONSE}, {@link Command#SERVICE_FEE} or
 *            {@link Command#SERVICE_FEE_RESPONSE}
 * @param feePerKwh in currency units per kWh, resolution 0.01, 0..655.35
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record FeeSetting(Command command, int actionCode, int rateType, BigDecimal feePerKwh) implements TypedMessage {

    public static final int LENGTH = 4;
    private static final int GET_LENGTH = 2;
    private static final int DECIMALS = 2;
    private static final BigDecimal MAX_FEE = Fields.scaled(Fields.U16_MAX, DECIMALS);

    /**
     * @throws IllegalArgumentException if a value does not fit its field or the command is not a fee command
     */
    public FeeSetting {
        Fields.checkCommand(command, Command.CHARGE_FEE, Command.CHARGE_FEE_RESPONSE, Command.SERVICE_FEE,
                Command.SERVICE_FEE_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        Fields.checkRange(rateType, 0, Fields.U8_MAX, "rate type");
        feePerKwh = Fields.checkScaled(feePerKwh, MAX_FEE, "fee");
    }

    /**
     * @param command {@link Command#CHARGE_FEE} or {@link Command#SERVICE_FEE}
     * @return the SET the app sends after login: rate type 1, fee 0 ({@code 01 01 00 00})
     */
    public static FeeSetting appDefault(Command command) {
        return new FeeSetting(command, SettingAction.SET.code(), 1, BigDecimal.ZERO);
    }

    /**
     * @param command {@link Command#CHARGE_FEE} or {@link Command#SERVICE_FEE}
     */
    public static FeeSetting get(Command command) {
        return new FeeSetting(command, SettingAction.GET.code(), 0, BigDecimal.ZERO);
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    public static FeeSetting decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.ofSetting(command, payload, LENGTH);
        return new FeeSetting(command, in.u8(0), in.u8(1), in.scaledU16(2, DECIMALS));
    }

    /**
     * @return 4 bytes; 2 bytes (action, rate type) for a GET request, whose fee is not sent
     */
    @Override
    public byte[] encodePayload() {
        byte[] full = new PayloadWriter().u8(actionCode).u8(rateType).scaledU16(feePerKwh, DECIMALS).toByteArray();
        boolean getRequest = direction() == Direction.CLIENT_TO_CHARGER && actionCode == SettingAction.GET.code();
        return getRequest ? Arrays.copyOf(full, GET_LENGTH) : full;
    }
}

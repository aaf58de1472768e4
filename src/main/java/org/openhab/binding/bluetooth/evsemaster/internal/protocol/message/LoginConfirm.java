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
 * 0x8001 LoginConfirm (spec §4.3), client→charger: completes the login after 0x0002; the charger then registers the
 * client and starts its pushes. Not answered.
 *
 * <pre>
 * offset width field  encoding
 *      0     1 value  u8: 01 (app, EVM; canonical) or 00 (EM, EM4GO, ONI)
 * </pre>
 *
 * An empty payload reportedly makes the login fail (ONI), so it is rejected; longer payloads are accepted.
 *
 * @param value the payload byte
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record LoginConfirm(int value) implements TypedMessage {

    private static final int LENGTH = 1;

    /**
     * @throws IllegalArgumentException if the value does not fit one byte
     */
    public LoginConfirm {
        Fields.checkRange(value, 0, Fields.U8_MAX, "value");
    }

    /**
     * The canonical confirmation: {@code 01}.
     */
    public LoginConfirm() {
        this(1);
    }

    public static LoginConfirm decode(byte[] payload) throws ProtocolException {
        return new LoginConfirm(PayloadReader.of(Command.LOGIN_CONFIRM, payload, LENGTH).u8(0));
    }

    @Override
    public Command command() {
        return Command.LOGIN_CONFIRM;
    }

    @Override
    public byte[] encodePayload() {
        return new byte[] { (byte) value };
    }
}

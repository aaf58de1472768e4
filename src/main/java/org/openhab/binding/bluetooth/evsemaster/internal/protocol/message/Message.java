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
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Direction;

/**
 * A decoded datagram payload: either a {@link TypedMessage} (a record per payload layout of spec §4) or a
 * {@link RawMessage} (a command whose payload layout is unknown, or a code outside the command table).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public sealed interface Message permits TypedMessage, RawMessage {

    /**
     * @return the u16 command code of the datagram that carries this message
     */
    int commandCode();

    /**
     * @return the payload bytes (frame offset 21 on), a new array on every call
     */
    byte[] encodePayload();

    /**
     * @return who sends this message, from bit 15 of the command code
     */
    default Direction direction() {
        return Direction.ofCommand(commandCode());
    }
}

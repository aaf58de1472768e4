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

/**
 * 0x0003 Heading (spec §4.4), charger→client: keep-alive, about every 10 s while a client is registered. Answer
 * each one with {@link HeadingResponse}.
 * The payload is empty; any payload is accepted and ignored.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record Heading() implements TypedMessage {

    public static Heading decode(byte[] payload) {
        return new Heading();
    }

    @Override
    public Command command() {
        return Command.HEADING;
    }

    @Override
    public byte[] encodePayload() {
        return new byte[0];
    }
}

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
 * 0x800D request for a status record (spec §4.6, §9 D24), client→charger; answered by 0x000D with the 0x0004
 * layout.
 * The payload is empty; any payload is accepted and ignored.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record StatusRecordRequest() implements TypedMessage {

    public static StatusRecordRequest decode(byte[] payload) {
        return new StatusRecordRequest();
    }

    @Override
    public Command command() {
        return Command.REQUEST_STATUS_RECORD;
    }

    @Override
    public byte[] encodePayload() {
        return new byte[0];
    }
}

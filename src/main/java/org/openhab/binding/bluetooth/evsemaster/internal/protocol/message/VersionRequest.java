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
 * 0x8106 GetVersion (spec §4.14), client→charger; answered by 0x0106.
 * The payload is empty; any payload is accepted and ignored.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record VersionRequest() implements TypedMessage {

    public static VersionRequest decode(byte[] payload) {
        return new VersionRequest();
    }

    @Override
    public Command command() {
        return Command.GET_VERSION;
    }

    @Override
    public byte[] encodePayload() {
        return new byte[0];
    }
}

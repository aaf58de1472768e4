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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Who sent a datagram. Bit 15 of the command code tells (spec §2.5): set for the client (app, this binding), clear
 * for the charger.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum Direction {
    CHARGER_TO_CLIENT,
    CLIENT_TO_CHARGER;

    private static final int CLIENT_BIT = 0x8000;

    /**
     * @param command 16-bit command code
     * @return the direction encoded in bit 15 of the command
     */
    public static Direction ofCommand(int command) {
        return (command & CLIENT_BIT) != 0 ? CLIENT_TO_CHARGER : CHARGER_TO_CLIENT;
    }
}

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
 * Malformed protocol bytes: a datagram or payload that cannot be decoded. The message says what is wrong and, when
 * the problem has a position, at which byte offset.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ProtocolException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Value of {@link #offset()} when the problem has no position. */
    public static final int NO_OFFSET = -1;

    private final int offset;

    /**
     * @param message what is wrong, used as is
     */
    public ProtocolException(String message) {
        super(message);
        this.offset = NO_OFFSET;
    }

    /**
     * @param problem what is wrong, without the position: " at offset N" is appended to form the message
     * @param offset zero-based byte offset of the problem (frame offset for datagrams, payload offset for payloads)
     */
    public ProtocolException(String problem, int offset) {
        super(problem + " at offset " + offset);
        this.offset = offset;
    }

    /**
     * @return the byte offset of the problem, or {@link #NO_OFFSET} (-1) when not applicable
     */
    public int offset() {
        return offset;
    }
}

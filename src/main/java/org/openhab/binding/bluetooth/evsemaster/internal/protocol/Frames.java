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
 * Big-endian u16 access shared by {@link Datagram} and {@link FrameAssembler}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class Frames {

    /** Size of the header plus the length field at the start of every datagram. */
    static final int HEADER_AND_LENGTH = 4;
    /** Size of the checksum plus the tail at the end of every datagram. */
    static final int TRAILER_LENGTH = 4;

    private Frames() {
    }

    static int u16(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }

    static void putU16(byte[] bytes, int offset, int value) {
        bytes[offset] = (byte) (value >>> 8);
        bytes[offset + 1] = (byte) value;
    }
}

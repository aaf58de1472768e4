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

import java.util.Objects;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The one definition of the datagram checksum (spec §2.7): the arithmetic sum of the unsigned bytes from the header up
 * to the last payload byte, reduced to 16 bits. Senders use the sum modulo 65536. Receivers also accept the sum
 * modulo 65535 that several other implementations send; the two differ only when the sum reaches 65535, i.e. for
 * datagrams longer than 260 bytes.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class Checksum {

    private static final int MOD_65536 = 0x10000;
    private static final int MOD_65535 = 0xFFFF;

    private Checksum() {
    }

    /**
     * @param frame the bytes
     * @param from first byte included
     * @param toExclusive end of the range (exclusive)
     * @return the checksum to send: the byte sum modulo 65536
     * @throws IndexOutOfBoundsException if the range is not inside {@code frame}
     */
    public static int of(byte[] frame, int from, int toExclusive) {
        return (int) (sum(frame, from, toExclusive) % MOD_65536);
    }

    /**
     * @param stored the 16-bit checksum read from the datagram
     * @param frame the bytes
     * @param from first byte included
     * @param toExclusive end of the range (exclusive)
     * @return whether {@code stored} equals the byte sum modulo 65536 or modulo 65535
     * @throws IndexOutOfBoundsException if the range is not inside {@code frame}
     */
    public static boolean matches(int stored, byte[] frame, int from, int toExclusive) {
        long sum = sum(frame, from, toExclusive);
        return stored == sum % MOD_65536 || stored == sum % MOD_65535;
    }

    private static long sum(byte[] frame, int from, int toExclusive) {
        Objects.checkFromToIndex(from, toExclusive, frame.length);
        long sum = 0;
        for (int i = from; i < toExclusive; i++) {
            sum += frame[i] & 0xFF;
        }
        return sum;
    }
}

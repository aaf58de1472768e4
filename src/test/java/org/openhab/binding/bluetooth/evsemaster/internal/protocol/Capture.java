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

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * One byte sequence of the test fixtures (see {@link Captures}) with its provenance.
 *
 * @param id identifier: C.. and P.. as in shared/captures/device-captures.md, V-.. for specification vectors
 * @param kind what the bytes are
 * @param description what the bytes contain
 * @param label confidence label as published (GENUINE device output, RECONSTRUCTED, ...)
 * @param provenance public source: repository, file or issue, commit or log time, URL
 * @param transport transport and direction
 * @param decoded field values as published (empty if none)
 * @param notes remarks as published (empty if none)
 * @param expected framing facts as published, DATAGRAM only: length, keyType, serial, password (hex), command,
 *            payloadLength, checksum
 * @param bytes the bytes
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record Capture(String id, Kind kind, String description, String label, String provenance, String transport,
        String decoded, String notes, Map<String, String> expected, byte[] bytes) {

    /**
     * What a fixture's bytes are.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    public enum Kind {
        /** A complete datagram whose checksum verifies. */
        DATAGRAM,
        /** One BLE notification that is not a whole datagram. */
        FRAGMENT,
        /** Payload bytes published without the 25-byte envelope. */
        PAYLOAD
    }

    public Capture {
        expected = Map.copyOf(expected);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * @return the payload: frame bytes 21 .. length-5 of a DATAGRAM, all bytes of a PAYLOAD
     * @throws IllegalStateException for a FRAGMENT
     */
    public byte[] payload() {
        return switch (kind) {
            case DATAGRAM -> Arrays.copyOfRange(bytes, 21, bytes.length - 4);
            case PAYLOAD -> bytes.clone();
            case FRAGMENT -> throw new IllegalStateException(id + " is a fragment, it has no payload");
        };
    }

    /**
     * @return lowercase hex of the bytes
     */
    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * @param key one of the {@code expected} keys
     * @return the published number (decimal or 0x-hex)
     * @throws IllegalArgumentException if there is no such fact
     */
    public int expectedNumber(String key) {
        String value = expected.get(key);
        if (value == null) {
            throw new IllegalArgumentException(id + " has no expected " + key);
        }
        return Integer.decode(value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Capture that && id.equals(that.id) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return id + " (" + description + ")";
    }
}

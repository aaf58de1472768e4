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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Turns BLE notifications (or UDP packets) into complete datagrams. Notifications are consecutive slices of one byte
 * stream: a datagram may be split over several of them and one may hold several datagrams (spec §1.5). This class
 * implements the normative algorithm of §1.5: find {@code 06 01}, read the unsigned 16-bit length, resynchronise one
 * byte further on an impossible length or when the candidate's tail or checksum does not match, wait while a
 * candidate is incomplete. Key type and command are not inspected: {@link Datagram#decode} does that.
 * <p>
 * The result does not depend on how the stream is cut into chunks. Memory is bounded: chunks are consumed in slices
 * so the buffer never holds more than {@link #MAX_BUFFER} bytes, and between calls at most
 * {@code Datagram.MAX_LENGTH - 1}. A pending false header can hold back the datagrams behind it until up to
 * {@code MAX_LENGTH} bytes have arrived; call {@link #clear()} when the link drops or the stream stalls.
 * <p>
 * Never throws. Not thread-safe: the caller serialises access.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class FrameAssembler {

    /** Capacity of the internal buffer: an incomplete candidate plus one slice of a chunk. */
    public static final int MAX_BUFFER = 2 * Datagram.MAX_LENGTH;

    private static final byte HEADER_FIRST = 0x06;
    private static final byte HEADER_SECOND = 0x01;

    private final byte[] buffer = new byte[MAX_BUFFER];
    private int size;

    /**
     * Appends a chunk of the stream and returns the datagrams it completes.
     *
     * @param chunk the next bytes of the stream, any length
     * @return complete datagrams in stream order (header, length, tail and checksum verified), possibly none
     */
    public List<byte[]> feed(byte[] chunk) {
        List<byte[]> frames = new ArrayList<>();
        int consumed = 0;
        while (consumed < chunk.length) {
            int slice = Math.min(chunk.length - consumed, MAX_BUFFER - size);
            System.arraycopy(chunk, consumed, buffer, size, slice);
            size += slice;
            consumed += slice;
            extractFrames(frames);
        }
        return frames;
    }

    /**
     * Drops any partial datagram, e.g. when the link drops.
     */
    public void clear() {
        size = 0;
    }

    /**
     * @return number of bytes held back for the next {@link #feed}
     */
    public int buffered() {
        return size;
    }

    private void extractFrames(List<byte[]> frames) {
        int start = 0;
        while (true) {
            int header = indexOfHeader(start);
            if (header < 0) {
                start = start < size && buffer[size - 1] == HEADER_FIRST ? size - 1 : size;
                break;
            }
            start = header;
            int available = size - start;
            if (available < Frames.HEADER_AND_LENGTH) {
                break;
            }
            int length = Frames.u16(buffer, start + Datagram.LENGTH_OFFSET);
            if (length < Datagram.MIN_LENGTH || length > Datagram.MAX_LENGTH) {
                start++;
            } else if (available < length) {
                break;
            } else if (hasValidTrailer(start, length)) {
                frames.add(Arrays.copyOfRange(buffer, start, start + length));
                start += length;
            } else {
                start++;
            }
        }
        discard(start);
    }

    private int indexOfHeader(int from) {
        for (int i = from; i < size - 1; i++) {
            if (buffer[i] == HEADER_FIRST && buffer[i + 1] == HEADER_SECOND) {
                return i;
            }
        }
        return -1;
    }

    private boolean hasValidTrailer(int start, int length) {
        int checksumOffset = start + length - Frames.TRAILER_LENGTH;
        return Frames.u16(buffer, checksumOffset + 2) == Datagram.TAIL
                && Checksum.matches(Frames.u16(buffer, checksumOffset), buffer, start, checksumOffset);
    }

    private void discard(int count) {
        System.arraycopy(buffer, count, buffer, 0, size - count);
        size -= count;
    }
}

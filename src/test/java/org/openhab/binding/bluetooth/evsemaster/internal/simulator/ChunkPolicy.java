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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * How the charger's outgoing bytes are cut into BLE notifications (spec §1.5). The datagrams the charger emits at one
 * virtual instant form a burst; a policy cuts each burst into notifications:
 * <ul>
 * <li>{@link #wholeDatagrams()}: one notification per datagram (revision A with a large ATT MTU, capture C14);</li>
 * <li>{@link #slices(int)}: each datagram on its own, cut into slices of at most n bytes;</li>
 * <li>{@link #stream(int)}: the burst as one byte stream cut into slices of n bytes, so a notification may hold the
 * end of one datagram and the start of the next (default ATT MTU 23 → 20 bytes, spec §8.3);</li>
 * <li>{@link #pattern(int...)}: the burst as one stream cut with a repeating list of sizes, to reproduce what
 * revision C did (capture C16–C20: a whole datagram plus the start of the next, an 18-byte tail, a 6-byte tail).</li>
 * </ul>
 *
 * @param acrossDatagrams whether a notification may span a datagram boundary
 * @param sizes slice sizes, used in turn and repeated; empty = no cutting
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record ChunkPolicy(boolean acrossDatagrams, int[] sizes) {

    /** Notification payload with the default ATT MTU of 23. */
    public static final int DEFAULT_ATT_PAYLOAD = 20;

    public ChunkPolicy {
        sizes = sizes.clone();
        if (Arrays.stream(sizes).anyMatch(size -> size <= 0)) {
            throw new IllegalArgumentException("slice sizes must be positive");
        }
    }

    public static ChunkPolicy wholeDatagrams() {
        return new ChunkPolicy(false, new int[0]);
    }

    public static ChunkPolicy slices(int size) {
        return new ChunkPolicy(false, new int[] { size });
    }

    public static ChunkPolicy stream(int size) {
        return new ChunkPolicy(true, new int[] { size });
    }

    public static ChunkPolicy pattern(int... sizes) {
        if (sizes.length == 0) {
            throw new IllegalArgumentException("a pattern needs at least one size");
        }
        return new ChunkPolicy(true, sizes);
    }

    /**
     * @param burst the datagrams emitted at one instant, in order
     * @return the notifications carrying exactly these bytes in this order
     */
    public List<byte[]> cut(List<byte[]> burst) {
        List<byte[]> notifications = new ArrayList<>();
        if (acrossDatagrams) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            burst.forEach(stream::writeBytes);
            cutInto(stream.toByteArray(), notifications);
        } else {
            burst.forEach(datagram -> cutInto(datagram, notifications));
        }
        return notifications;
    }

    private void cutInto(byte[] bytes, List<byte[]> notifications) {
        int from = 0;
        int turn = 0;
        while (from < bytes.length) {
            int size = sizes.length == 0 ? bytes.length : sizes[turn++ % sizes.length];
            int to = Math.min(bytes.length, from + size);
            notifications.add(Arrays.copyOfRange(bytes, from, to));
            from = to;
        }
    }

    /**
     * @return the largest notification this policy produces, or 0 if unbounded
     */
    public int maxNotificationLength() {
        return Arrays.stream(sizes).max().orElse(0);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ChunkPolicy that && acrossDatagrams == that.acrossDatagrams
                && Arrays.equals(sizes, that.sizes);
    }

    @Override
    public int hashCode() {
        return 31 * Boolean.hashCode(acrossDatagrams) + Arrays.hashCode(sizes);
    }

    @Override
    public String toString() {
        return "ChunkPolicy[acrossDatagrams=" + acrossDatagrams + ", sizes=" + Arrays.toString(sizes) + "]";
    }

    @Override
    public int[] sizes() {
        return sizes.clone();
    }
}

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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;

/**
 * The charger's outgoing byte stream: collects the datagrams emitted at one virtual instant into a burst, cuts the
 * burst into notifications with the configured {@link ChunkPolicy}, and applies the outbound faults (drop the link at
 * a byte offset or after a datagram, corrupt a datagram, duplicate a notification).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class NotificationPipe {

    private static final int NONE = -1;

    private final ScheduledExecutorService scheduler;
    private final SimulatorConfig config;
    private final Consumer<byte[]> deliver;
    private final Runnable dropLink;
    private final List<byte[]> burst = new ArrayList<>();
    private final List<Datagram> sent = new ArrayList<>();
    private final List<byte[]> notifications = new ArrayList<>();
    private boolean flushScheduled;
    private long bytesUntilDrop = NONE;
    private int datagramsUntilDrop = NONE;
    private int corruptOffset = NONE;
    private boolean duplicateNext;

    /**
     * @param deliver hands one notification to the client
     * @param dropLink makes the charger drop the link (called when a drop fault fires)
     */
    NotificationPipe(ScheduledExecutorService scheduler, SimulatorConfig config, Consumer<byte[]> deliver,
            Runnable dropLink) {
        this.scheduler = scheduler;
        this.config = config;
        this.deliver = deliver;
        this.dropLink = dropLink;
    }

    void send(Datagram datagram) {
        sent.add(datagram);
        byte[] bytes = datagram.encode();
        if (corruptOffset != NONE) {
            int offset = Math.min(corruptOffset, bytes.length - 1);
            bytes[offset] ^= (byte) 0x5A;
            corruptOffset = NONE;
        }
        burst.add(bytes);
        if (!flushScheduled) {
            flushScheduled = true;
            scheduler.execute(this::flush);
        }
    }

    /**
     * Forgets bytes not yet delivered (the link dropped or the charger rebooted).
     */
    void discardPending() {
        burst.clear();
    }

    private void flush() {
        flushScheduled = false;
        if (burst.isEmpty()) {
            return;
        }
        List<byte[]> datagrams = List.copyOf(burst);
        burst.clear();
        long limit = dropLimit(datagrams);
        long position = 0;
        for (byte[] chunk : config.chunkPolicy().cut(datagrams)) {
            if (position + chunk.length > limit) {
                byte[] head = Arrays.copyOf(chunk, (int) (limit - position));
                if (head.length > 0) {
                    emit(head);
                }
                bytesUntilDrop = NONE;
                datagramsUntilDrop = NONE;
                dropLink.run();
                return;
            }
            emit(chunk);
            position += chunk.length;
        }
        if (bytesUntilDrop != NONE) {
            bytesUntilDrop -= position;
        }
        if (datagramsUntilDrop != NONE) {
            datagramsUntilDrop -= datagrams.size();
        }
    }

    /**
     * @return the burst offset at which a pending drop fault cuts the stream, or {@link Long#MAX_VALUE}
     */
    private long dropLimit(List<byte[]> datagrams) {
        long limit = bytesUntilDrop == NONE ? Long.MAX_VALUE : bytesUntilDrop;
        if (datagramsUntilDrop != NONE && datagramsUntilDrop <= datagrams.size()) {
            long end = 0;
            for (int i = 0; i < datagramsUntilDrop; i++) {
                end += datagrams.get(i).length;
            }
            limit = Math.min(limit, end);
        }
        return limit;
    }

    private void emit(byte[] chunk) {
        notifications.add(chunk.clone());
        deliver.accept(chunk.clone());
        if (duplicateNext) {
            duplicateNext = false;
            notifications.add(chunk.clone());
            deliver.accept(chunk.clone());
        }
    }

    void dropAfterBytes(long count) {
        bytesUntilDrop = count;
    }

    void dropAfterDatagrams(int count) {
        datagramsUntilDrop = count;
    }

    void corruptNext(int offset) {
        corruptOffset = offset;
    }

    void duplicateNext() {
        duplicateNext = true;
    }

    List<Datagram> sent() {
        return List.copyOf(sent);
    }

    List<byte[]> notifications() {
        return notifications.stream().map(byte[]::clone).toList();
    }
}

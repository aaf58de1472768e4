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

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.FrameAssembler;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * The charger's side of the write characteristic: a transparent UART bridge whose bytes are reassembled as a stream
 * (spec §1.5, §1.6) and validated in the order of §2.9. Bytes that do not belong to a valid datagram and datagrams
 * with a key type other than 0 are dropped and recorded as ignored input; so is an incomplete datagram that waits
 * more than {@link #STALE_AFTER} for its remaining bytes (a client must not stall in the middle of a datagram).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class InboundStream {

    static final Duration STALE_AFTER = Duration.ofSeconds(2);

    private final ScheduledExecutorService scheduler;
    private final Clock clock;
    private final ClientLog log;
    private final Consumer<Datagram> accept;
    private final FrameAssembler assembler = new FrameAssembler();
    private byte[] buffered = new byte[0];
    private @Nullable ScheduledFuture<?> staleCheck;

    /**
     * @param accept receives each valid datagram, in stream order
     */
    InboundStream(ScheduledExecutorService scheduler, Clock clock, ClientLog log, Consumer<Datagram> accept) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.log = log;
        this.accept = accept;
    }

    void feed(byte[] bytes) {
        byte[] stream = Arrays.copyOf(buffered, buffered.length + bytes.length);
        System.arraycopy(bytes, 0, stream, buffered.length, bytes.length);
        List<byte[]> frames = assembler.feed(bytes);
        int position = 0;
        for (byte[] frame : frames) {
            int start = indexOf(stream, frame, position);
            garbage(stream, position, start);
            position = start + frame.length;
            decode(frame);
        }
        int kept = assembler.buffered();
        garbage(stream, position, stream.length - kept);
        buffered = Arrays.copyOfRange(stream, stream.length - kept, stream.length);
        cancelStaleCheck();
        if (kept > 0) {
            staleCheck = scheduler.schedule(this::discardStale, STALE_AFTER.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    void clear() {
        assembler.clear();
        buffered = new byte[0];
        cancelStaleCheck();
    }

    private void discardStale() {
        if (buffered.length > 0) {
            ignore("incomplete datagram, no more bytes for " + STALE_AFTER.toSeconds() + " s", buffered);
        }
        clear();
    }

    private void cancelStaleCheck() {
        ScheduledFuture<?> check = staleCheck;
        if (check != null) {
            check.cancel(false);
            staleCheck = null;
        }
    }

    private void decode(byte[] frame) {
        Datagram datagram;
        try {
            datagram = Datagram.decode(frame);
        } catch (ProtocolException e) {
            ignore("invalid datagram: " + e.getMessage(), frame);
            return;
        }
        log.add(new ReceivedDatagram(clock.instant(), datagram.command(), datagram.payload(), datagram.serial(),
                ReceivedDatagram.passwordText(datagram.password())));
        accept.accept(datagram);
    }

    private void garbage(byte[] stream, int from, int to) {
        if (to > from) {
            ignore("bytes outside any valid datagram", Arrays.copyOfRange(stream, from, to));
        }
    }

    private void ignore(String reason, byte[] bytes) {
        log.add(new ClientMistake(clock.instant(), true, reason, bytes));
    }

    private static int indexOf(byte[] stream, byte[] frame, int from) {
        for (int i = from; i <= stream.length - frame.length; i++) {
            if (Arrays.equals(stream, i, i + frame.length, frame, 0, frame.length)) {
                return i;
            }
        }
        throw new IllegalStateException("assembled frame not found in the stream");
    }
}

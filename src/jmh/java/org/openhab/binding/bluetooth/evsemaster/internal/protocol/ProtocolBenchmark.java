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
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The codec's hot paths: every status push from the charger is reassembled from notifications and decoded.
 * Run with {@code ./mvnw -Pjmh test-compile exec:exec}; {@code -prof gc} reports the allocation per operation.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class ProtocolBenchmark {

    /** C26 of the device captures: a 40-byte SingleACStatus of a BS20. */
    private static final byte[] STATUS = HexFormat.of().parseHex(
            "06010041001122334455667788ffffffffffff0004010941000000000000000267f45aba5aba0101020c000000000912"
                    + "00000902000003ff00000000000db20f02");
    /** C25 of the device captures: a heading. */
    private static final byte[] HEADING = HexFormat.of()
            .parseHex("06010019001122334455667788ffffffffffff000308810f02");
    private static final int ATT_PAYLOAD = 20;

    private final List<byte[]> notifications = chunks(concat(HEADING, STATUS, HEADING, STATUS), ATT_PAYLOAD);
    private final FrameAssembler assembler = new FrameAssembler();

    /** Frame validation and payload decoding of one status datagram. */
    @Benchmark
    public Message decodeStatusDatagram() throws ProtocolException {
        return Messages.decode(Datagram.decode(STATUS));
    }

    /** Reassembly of four datagrams (130 bytes) arriving as 20-byte notifications; per stream, not per datagram. */
    @Benchmark
    public void reassembleChunkedStream(Blackhole blackhole) {
        for (byte[] notification : notifications) {
            for (byte[] datagram : assembler.feed(notification)) {
                blackhole.consume(datagram);
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] stream = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, stream, offset, part.length);
            offset += part.length;
        }
        return stream;
    }

    private static List<byte[]> chunks(byte[] stream, int size) {
        List<byte[]> chunks = new ArrayList<>();
        for (int offset = 0; offset < stream.length; offset += size) {
            byte[] chunk = new byte[Math.min(size, stream.length - offset)];
            System.arraycopy(stream, offset, chunk, 0, chunk.length);
            chunks.add(chunk);
        }
        return chunks;
    }
}

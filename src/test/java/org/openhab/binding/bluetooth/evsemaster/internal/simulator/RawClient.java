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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.FrameAssembler;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * A bare test client for the simulator: writes raw datagrams built with {@link Datagram}, reassembles the
 * notifications with {@link FrameAssembler} and keeps every decoded datagram with its arrival time.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class RawClient implements SimulatorPeer {

    /**
     * One datagram from the charger.
     *
     * @param at virtual arrival time
     * @param datagram the decoded datagram
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    record Arrival(Instant at, Datagram datagram) {
    }

    static final HexFormat HEX = HexFormat.of();

    final ManualScheduler scheduler;
    final ChargerSimulator simulator;
    private final FrameAssembler assembler = new FrameAssembler();
    private final List<Arrival> arrivals = new ArrayList<>();
    private final List<byte[]> rejected = new ArrayList<>();
    private final byte[] serial;
    private String pin;
    private int drops;
    private boolean answerHeadings;

    RawClient(ManualScheduler scheduler, ChargerSimulator simulator) {
        this.scheduler = scheduler;
        this.simulator = simulator;
        this.serial = simulator.configuration().serial();
        this.pin = simulator.configuration().pin();
        simulator.attach(this);
    }

    @Override
    public void notify(byte[] notification) {
        for (byte[] frame : assembler.feed(notification)) {
            try {
                Datagram datagram = Datagram.decode(frame);
                arrivals.add(new Arrival(scheduler.now(), datagram));
                if (answerHeadings && datagram.command() == ChargerSimulator.HEADING) {
                    scheduler.execute(() -> send(0x8003, new byte[] { 1 }));
                }
            } catch (ProtocolException e) {
                rejected.add(frame);
            }
        }
    }

    @Override
    public void dropLink() {
        drops++;
        assembler.clear();
    }

    /**
     * From now on every heading is answered with 0x8003 {@code 01} right away.
     */
    void answerHeadingsAutomatically() {
        answerHeadings = true;
    }

    void usePin(String newPin) {
        pin = newPin;
    }

    void subscribe() {
        simulator.clientSubscribed();
    }

    void send(int command, byte[] payload) {
        simulator.clientWrote(Datagram.toCharger(serial, pin, command, payload).encode());
    }

    void send(int command, String payloadHex) {
        send(command, HEX.parseHex(payloadHex.replace(" ", "")));
    }

    /**
     * Sends and lets the charger answer.
     */
    void request(int command, String payloadHex) {
        send(command, payloadHex);
        advance(Duration.ofMillis(200));
    }

    void advance(Duration duration) {
        scheduler.advance(duration);
    }

    void advanceSeconds(double seconds) {
        scheduler.advance(Duration.ofMillis(Math.round(seconds * 1000)));
    }

    /**
     * Subscribes, waits for the announcement, logs in and confirms; afterwards the client is registered.
     */
    void login() {
        subscribe();
        advanceSeconds(1.5);
        request(0x8002, "");
        request(0x8001, "01");
        assertThat(simulator.isRegistered(), is(true));
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    List<Arrival> arrivals(int command) {
        return arrivals.stream().filter(arrival -> arrival.datagram().command() == command).toList();
    }

    List<Integer> commands() {
        return arrivals.stream().map(arrival -> arrival.datagram().command()).toList();
    }

    /**
     * @return the payload of the last datagram with this command (fails the test if there is none)
     */
    byte[] last(int command) {
        List<Arrival> matching = arrivals(command);
        assertThat("no datagram 0x" + Integer.toHexString(command) + " received", matching, is(not(empty())));
        return matching.get(matching.size() - 1).datagram().payload();
    }

    String lastHex(int command) {
        return HEX.formatHex(last(command));
    }

    void clear() {
        arrivals.clear();
    }

    int drops() {
        return drops;
    }

    List<byte[]> rejected() {
        return List.copyOf(rejected);
    }

    static int u8(byte[] payload, int offset) {
        return payload[offset] & 0xFF;
    }

    static int u16(byte[] payload, int offset) {
        return ByteBuffer.wrap(payload).getShort(offset) & 0xFFFF;
    }

    static long u32(byte[] payload, int offset) {
        return ByteBuffer.wrap(payload).getInt(offset) & 0xFFFF_FFFFL;
    }
}

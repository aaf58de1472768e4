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
package org.openhab.binding.bluetooth.evsemaster.internal.session;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Message;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;

/**
 * A scripted link for the cases the simulator does not produce (refusals, odd answers, lost answers): it records
 * every written datagram, completes writes at once, and answers the requests a test scripted, 10 ms later on the
 * virtual clock.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class FakeLink implements EvseLink {

    static final byte[] SERIAL = HexFormat.of().parseHex("0102030405060708");
    static final Duration ANSWER_DELAY = Duration.ofMillis(10);

    private final ManualScheduler scheduler;
    private final List<Datagram> written = new ArrayList<>();
    private final Map<Integer, Function<Datagram, @Nullable Message>> responders = new HashMap<>();
    private Consumer<byte[]> session = chunk -> {
    };
    private boolean failWrites;
    private int drops;

    FakeLink(ManualScheduler scheduler) {
        this.scheduler = scheduler;
    }

    void attach(Consumer<byte[]> notifications) {
        this.session = notifications;
    }

    static LoginInfo loginInfo(Command command, int deviceType, int ratedCurrent) {
        return new LoginInfo(command, deviceType, "BESEN", "BS20", "C.3252.112A008", 7360, ratedCurrent,
                "WWW.EVSE.COM");
    }

    /**
     * @param requestCommand e.g. 0x8002
     * @param answer the charger's answer to each such request, or null to leave it unanswered
     */
    void respond(int requestCommand, Function<Datagram, @Nullable Message> answer) {
        responders.put(requestCommand, answer);
    }

    void respond(int requestCommand, Message answer) {
        respond(requestCommand, request -> answer);
    }

    /**
     * Delivers a charger message as one notification, now.
     */
    void deliver(Message message) {
        session.accept(Messages.fromCharger(SERIAL, message).encode());
    }

    void setFailWrites(boolean fail) {
        this.failWrites = fail;
    }

    @Override
    public CompletableFuture<@Nullable Void> write(byte[] bytes) {
        if (failWrites) {
            return CompletableFuture.failedFuture(new IOException("write failed"));
        }
        Datagram datagram;
        try {
            datagram = Datagram.decode(bytes);
        } catch (ProtocolException e) {
            throw new AssertionError("the session wrote an invalid datagram: " + e.getMessage(), e);
        }
        written.add(datagram);
        Function<Datagram, @Nullable Message> responder = responders.get(datagram.command());
        Message answer = responder == null ? null : responder.apply(datagram);
        if (answer != null) {
            byte[] notification = Messages.fromCharger(SERIAL, answer).encode();
            scheduler.schedule(() -> session.accept(notification), ANSWER_DELAY.toNanos(), TimeUnit.NANOSECONDS);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void drop() {
        drops++;
    }

    int drops() {
        return drops;
    }

    List<Datagram> written() {
        return List.copyOf(written);
    }

    List<Integer> commands() {
        return written.stream().map(Datagram::command).toList();
    }

    List<Datagram> written(int command) {
        return written.stream().filter(datagram -> datagram.command() == command).toList();
    }

    void clear() {
        written.clear();
    }
}

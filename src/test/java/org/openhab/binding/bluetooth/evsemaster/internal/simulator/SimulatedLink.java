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

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseLink;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;

/**
 * A simulated BLE link between a client (normally an {@code EvseSession}) and a {@link ChargerSimulator}, on the
 * virtual time of a {@link ManualScheduler}. It takes plain callbacks, so it does not depend on the session's API:
 *
 * <pre>
 * SimulatedLink link = new SimulatedLink(scheduler, simulator);
 * EvseSession session = new EvseSession(link, listener, config, scheduler, scheduler.clock());
 * link.bind(session::onNotification, session::linkUp, session::linkDown);
 * link.connect();
 * scheduler.advance(Duration.ofSeconds(5));
 * </pre>
 *
 * Behaviour: {@link #connect()} succeeds after the connect delay once the charger advertises (retrying while it does
 * not), then the charger sees the subscription and the client gets linkUp. A write reaches the charger after the
 * write delay and its future completes then; it fails with an {@link IOException} when the link is down, when the
 * datagram exceeds the maximum write length, or when the previous write is still in flight (a real GATT client
 * serialises writes; disable with {@link #setRejectOverlappingWrites(boolean)}). Notifications reach the client
 * after the notify delay, in order; a link drop by either side reaches the client after the notifications sent
 * before it, and notifications of an old connection are never delivered on a new one. {@link #drop()} (the client
 * asks to disconnect) tells both sides; the owner then calls {@link #connect()} again, or sets
 * {@link #setAutoReconnect(Duration)}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatedLink implements EvseLink, SimulatorPeer {

    private final ManualScheduler scheduler;
    private final ChargerSimulator simulator;
    private final List<byte[]> writes = new ArrayList<>();
    private final List<String> writeViolations = new ArrayList<>();
    private Consumer<byte[]> onNotification = chunk -> {
    };
    private Runnable onLinkUp = () -> {
    };
    private Runnable onLinkDown = () -> {
    };
    private Duration connectDelay = Duration.ofSeconds(2);
    private Duration writeDelay = Duration.ofMillis(20);
    private Duration notifyDelay = Duration.ofMillis(10);
    private int maxWriteLength = 512;
    private boolean rejectOverlappingWrites = true;
    private @Nullable Duration autoReconnect;
    private boolean up;
    private boolean connecting;
    private int connection;
    private int clientConnection = -1;
    private int connects;
    private int overlappingWrites;
    private @Nullable CompletableFuture<@Nullable Void> inFlight;

    public SimulatedLink(ManualScheduler scheduler, ChargerSimulator simulator) {
        this.scheduler = scheduler;
        this.simulator = simulator;
        simulator.attach(this);
    }

    /**
     * @param notifications receives each notification (e.g. {@code session::onNotification})
     * @param linkUp called when the link is up and notifications are enabled (e.g. {@code session::linkUp})
     * @param linkDown called when the link went down, whoever dropped it (e.g. {@code session::linkDown})
     */
    public void bind(Consumer<byte[]> notifications, Runnable linkUp, Runnable linkDown) {
        this.onNotification = notifications;
        this.onLinkUp = linkUp;
        this.onLinkDown = linkDown;
    }

    /**
     * Connects and subscribes after the connect delay, retrying every connect delay while the charger does not
     * advertise. Does nothing if the link is up or a connect is under way.
     */
    public void connect() {
        if (up || connecting) {
            return;
        }
        connecting = true;
        scheduler.schedule(this::attemptConnect, connectDelay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Same as {@link #connect()}: the owner's reconnect after a drop.
     */
    public void reconnect() {
        connect();
    }

    private void attemptConnect() {
        if (!connecting) {
            return;
        }
        if (!simulator.isAdvertising()) {
            scheduler.schedule(this::attemptConnect, connectDelay.toNanos(), TimeUnit.NANOSECONDS);
            return;
        }
        connecting = false;
        up = true;
        connects++;
        int established = ++connection;
        simulator.clientSubscribed();
        toClient(() -> {
            clientConnection = established;
            onLinkUp.run();
        });
    }

    @Override
    public CompletableFuture<@Nullable Void> write(byte[] datagram) {
        if (!up) {
            return CompletableFuture.failedFuture(new IOException("link is down"));
        }
        if (datagram.length > maxWriteLength) {
            return CompletableFuture.failedFuture(
                    new IOException(datagram.length + " bytes exceed the maximum write of " + maxWriteLength));
        }
        CompletableFuture<@Nullable Void> previous = inFlight;
        if (previous != null && !previous.isDone()) {
            overlappingWrites++;
            if (rejectOverlappingWrites) {
                return CompletableFuture.failedFuture(new IOException("previous write still in progress"));
            }
        }
        byte[] bytes = datagram.clone();
        writes.add(bytes.clone());
        checkOneDatagram(bytes);
        CompletableFuture<@Nullable Void> result = new CompletableFuture<>();
        inFlight = result;
        int writtenOn = connection;
        scheduler.schedule(() -> {
            if (up && connection == writtenOn) {
                simulator.clientWrote(bytes);
                result.complete(null);
            } else {
                result.completeExceptionally(new IOException("link dropped during the write"));
            }
        }, writeDelay.toNanos(), TimeUnit.NANOSECONDS);
        return result;
    }

    private void checkOneDatagram(byte[] bytes) {
        try {
            Datagram.decode(bytes);
        } catch (ProtocolException e) {
            writeViolations.add("write is not exactly one valid datagram: " + e.getMessage());
        }
    }

    /**
     * The client asks to disconnect: the charger sees the disconnect now, the client gets linkDown shortly after.
     */
    @Override
    public void drop() {
        if (up) {
            goDown();
            simulator.clientDisconnected();
        }
        connecting = false;
    }

    @Override
    public void notify(byte[] notification) {
        byte[] chunk = notification.clone();
        int sentOn = connection;
        toClient(() -> {
            if (clientConnection == sentOn) {
                onNotification.accept(chunk);
            }
        });
    }

    @Override
    public void dropLink() {
        if (up) {
            goDown();
        }
    }

    private void goDown() {
        up = false;
        connection++;
        CompletableFuture<@Nullable Void> pending = inFlight;
        if (pending != null) {
            pending.completeExceptionally(new IOException("link dropped during the write"));
        }
        toClient(() -> {
            clientConnection = -1;
            onLinkDown.run();
        });
        Duration reconnect = autoReconnect;
        if (reconnect != null) {
            scheduler.schedule(this::connect, reconnect.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void toClient(Runnable event) {
        scheduler.schedule(event, notifyDelay.toNanos(), TimeUnit.NANOSECONDS);
    }

    public boolean isUp() {
        return up;
    }

    /**
     * @return how many times the link came up
     */
    public int connects() {
        return connects;
    }

    /**
     * @return every datagram the client wrote, in order
     */
    public List<byte[]> writes() {
        return writes.stream().map(byte[]::clone).toList();
    }

    /**
     * @return why writes broke the {@link EvseLink} contract of one whole, valid datagram per call (the bytes still
     *         reach the charger, which reassembles them as a stream)
     */
    public List<String> writeViolations() {
        return List.copyOf(writeViolations);
    }

    /**
     * @return how many writes were issued while the previous one was still in flight
     */
    public int overlappingWrites() {
        return overlappingWrites;
    }

    public void setConnectDelay(Duration delay) {
        this.connectDelay = delay;
    }

    public void setWriteDelay(Duration delay) {
        this.writeDelay = delay;
    }

    public void setNotifyDelay(Duration delay) {
        this.notifyDelay = delay;
    }

    /**
     * @param length largest datagram one write may carry (ATT MTU − 3; default 512)
     */
    public void setMaxWriteLength(int length) {
        this.maxWriteLength = length;
    }

    public void setRejectOverlappingWrites(boolean reject) {
        this.rejectOverlappingWrites = reject;
    }

    /**
     * @param delay reconnect automatically this long after every link drop; null (default) = the owner reconnects
     */
    public void setAutoReconnect(@Nullable Duration delay) {
        this.autoReconnect = delay;
    }
}

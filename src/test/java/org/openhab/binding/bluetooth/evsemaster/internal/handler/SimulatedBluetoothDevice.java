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
package org.openhab.binding.bluetooth.evsemaster.internal.handler;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BaseBluetoothDevice;
import org.openhab.binding.bluetooth.BluetoothAdapter;
import org.openhab.binding.bluetooth.BluetoothAddress;
import org.openhab.binding.bluetooth.BluetoothCharacteristic;
import org.openhab.binding.bluetooth.BluetoothDescriptor;
import org.openhab.binding.bluetooth.BluetoothException;
import org.openhab.binding.bluetooth.BluetoothService;
import org.openhab.binding.bluetooth.ConnectionException;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.ChargerSimulator;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorPeer;
import org.openhab.binding.bluetooth.notification.BluetoothConnectionStatusNotification;
import org.openhab.binding.bluetooth.notification.BluetoothScanNotification;

/**
 * A Bluetooth device, as an adapter hands it to a handler, that is a {@link ChargerSimulator} on the virtual time of
 * a {@link ManualScheduler}, behaving like BlueZ with a real charger (spec §1; delays and switches in
 * {@link #radio()}):
 * <ul>
 * <li>its name is the charger's stored name ({@code ACP#<nickname>}); {@link #advertise(int)} delivers an
 * advertisement while nobody is connected (a disconnected device becomes DISCOVERED, then a scan record follows);</li>
 * <li>{@link #connect()}: CONNECTING at once, CONNECTED after the connect delay, then the services resolve by
 * themselves: SERVICES_DISCOVERED once per connection (or only on the first, to reproduce openHAB #20947). A charger
 * that does not advertise (held by the phone app, or booting) is reported DISCONNECTED after the connect timeout;</li>
 * <li>the GATT table is the one of the simulator's board revision, revision B with its decoy services;</li>
 * <li>notifications can be enabled on any characteristic that can notify ({@code NotSupported} otherwise), but only
 * the revision's notify characteristic carries data: the charger sees the subscription and its notifications reach
 * every listener as {@code onCharacteristicUpdate};</li>
 * <li>writes are accepted only on the revision's write characteristic, one at a time, up to the maximum length; the
 * bytes reach the charger after the operation delay;</li>
 * <li>a link drop by the charger, {@link #loseLink()} or {@link #disconnect()} ends the connection: DISCONNECTED for
 * the listeners, a pending write fails, nothing of the old connection is delivered later.</li>
 * </ul>
 * Listener callbacks and calls into the simulator all run on the thread that advances the scheduler. The public
 * operations may be called from any thread (the base handler connects from its own executor);
 * {@link #requests()} lets a test wait, in real time, for such a call.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatedBluetoothDevice extends BaseBluetoothDevice implements SimulatorPeer {

    private final ManualScheduler scheduler;
    private final ChargerSimulator simulator;
    private final GattProfile profile;
    private final List<BluetoothService> gatt;
    private final Set<UUID> notifying = ConcurrentHashMap.newKeySet();
    private final List<byte[]> delivered = new CopyOnWriteArrayList<>();
    private final RadioSettings radio = new RadioSettings();
    private final RequestLog requests = new RequestLog();
    private @Nullable Future<?> advertising;
    private @Nullable CompletableFuture<@Nullable Void> writeInFlight;
    private boolean servicesKnown;
    /** Generation of the link: every connect attempt and every end of a connection counts it up. */
    private int connection;

    public SimulatedBluetoothDevice(BluetoothAdapter adapter, BluetoothAddress address, ManualScheduler scheduler,
            ChargerSimulator simulator) {
        super(adapter, address);
        this.scheduler = scheduler;
        this.simulator = simulator;
        this.profile = simulator.gattProfile();
        this.gatt = SimulatedGatt.build(simulator.gattServices());
        this.connectionState = ConnectionState.DISCOVERED;
        simulator.attach(this);
    }

    @Override
    public @Nullable String getName() {
        return simulator.advertisedName();
    }

    @Override
    public synchronized ConnectionState getConnectionState() {
        return connectionState;
    }

    // connection

    @Override
    public synchronized boolean connect() {
        try {
            if (connectionState == ConnectionState.CONNECTED || connectionState == ConnectionState.CONNECTING) {
                return false;
            }
            connectionState = ConnectionState.CONNECTING;
            int attempt = ++connection;
            later(Duration.ZERO, () -> stateEvent(attempt, ConnectionState.CONNECTING));
            later(radio.connectDelay(), () -> attemptConnect(attempt));
            return true;
        } finally {
            requests.add(Request.CONNECT);
        }
    }

    private void attemptConnect(int attempt) {
        boolean accepted = !radio.refuseConnections() && simulator.isAdvertising();
        boolean resolve;
        synchronized (this) {
            if (connection != attempt) {
                return;
            }
            if (!accepted) {
                later(radio.connectTimeout().minus(radio.connectDelay()), () -> goDown(attempt));
                return;
            }
            connectionState = ConnectionState.CONNECTED;
            writeInFlight = null;
            resolve = !servicesKnown || radio.servicesEventOnReconnect();
        }
        notifyListeners(BluetoothEventType.CONNECTION_STATE,
                new BluetoothConnectionStatusNotification(ConnectionState.CONNECTED));
        if (resolve) {
            later(radio.discoveryDelay(), () -> resolveServices(attempt));
        }
    }

    private void resolveServices(int link) {
        synchronized (this) {
            if (connection != link) {
                return;
            }
            if (!servicesKnown) {
                gatt.forEach(this::addService);
                servicesKnown = true;
            }
        }
        notifyListeners(BluetoothEventType.SERVICES_DISCOVERED);
    }

    /**
     * The services resolve by themselves after connecting (see the class description); this only reports whether
     * the device is connected, like BlueZ when the services are already known or being resolved.
     */
    @Override
    public synchronized boolean discoverServices() {
        return connectionState == ConnectionState.CONNECTED;
    }

    @Override
    public boolean disconnect() {
        synchronized (this) {
            try {
                if (connectionState != ConnectionState.CONNECTED && connectionState != ConnectionState.CONNECTING) {
                    return false;
                }
                int link = endConnection();
                later(Duration.ZERO, simulator::clientDisconnected);
                later(radio.eventDelay(), () -> goDown(link));
            } finally {
                requests.add(Request.DISCONNECT);
            }
        }
        failWriteInFlight();
        return true;
    }

    /**
     * The charger dropped the link (rename, power cycle, injected fault); it has already forgotten it.
     */
    @Override
    public void dropLink() {
        int link;
        synchronized (this) {
            if (connectionState != ConnectionState.CONNECTED) {
                return;
            }
            link = endConnection();
        }
        later(radio.eventDelay(), () -> goDown(link));
        failWriteInFlight();
    }

    /**
     * The radio link breaks (out of range, adapter reset): both sides notice.
     */
    public void loseLink() {
        later(Duration.ZERO, simulator::clientDisconnected);
        dropLink();
    }

    private synchronized int endConnection() {
        connectionState = ConnectionState.DISCONNECTING;
        notifying.clear();
        return ++connection;
    }

    /** Completes outside the lock: whoever waits for the write may call back into the device. */
    private void failWriteInFlight() {
        CompletableFuture<@Nullable Void> pending;
        synchronized (this) {
            pending = writeInFlight;
            writeInFlight = null;
        }
        if (pending != null) {
            pending.completeExceptionally(new ConnectionException("link lost during the write"));
        }
    }

    private void goDown(int link) {
        synchronized (this) {
            if (connection != link) {
                return;
            }
            connectionState = ConnectionState.DISCONNECTED;
        }
        notifyListeners(BluetoothEventType.CONNECTION_STATE,
                new BluetoothConnectionStatusNotification(ConnectionState.DISCONNECTED));
    }

    private void stateEvent(int link, ConnectionState state) {
        if (isCurrent(link)) {
            notifyListeners(BluetoothEventType.CONNECTION_STATE, new BluetoothConnectionStatusNotification(state));
        }
    }

    private synchronized boolean isCurrent(int link) {
        return connection == link;
    }

    // advertising

    /**
     * Delivers one advertisement if the charger advertises now (nobody connected, not booting): a device that was
     * disconnected becomes DISCOVERED (which makes {@code ConnectedBluetoothHandler} connect), then a scan record
     * with the name and this RSSI follows.
     *
     * @return whether an advertisement was delivered
     */
    public boolean advertise(int rssi) {
        boolean rediscovered;
        synchronized (this) {
            if (!isAdvertising()) {
                return false;
            }
            rediscovered = connectionState == ConnectionState.DISCONNECTED;
            if (rediscovered) {
                connectionState = ConnectionState.DISCOVERED;
            }
        }
        if (rediscovered) {
            notifyListeners(BluetoothEventType.CONNECTION_STATE,
                    new BluetoothConnectionStatusNotification(ConnectionState.DISCOVERED));
        }
        setRssi(rssi);
        BluetoothScanNotification scanRecord = new BluetoothScanNotification();
        scanRecord.setRssi(rssi);
        scanRecord.setDeviceName(simulator.advertisedName());
        notifyListeners(BluetoothEventType.SCAN_RECORD, scanRecord);
        return true;
    }

    /**
     * A connected peripheral stops advertising; so does a charger that someone else is connected to or that boots.
     */
    private synchronized boolean isAdvertising() {
        return connectionState != ConnectionState.CONNECTED && connectionState != ConnectionState.CONNECTING
                && connectionState != ConnectionState.DISCONNECTING && !radio.refuseConnections()
                && simulator.isAdvertising();
    }

    /**
     * @param interval advertise with this RSSI every interval of virtual time (whenever the charger advertises);
     *            null stops it
     */
    public synchronized void setAdvertisingInterval(@Nullable Duration interval, int rssi) {
        Future<?> running = advertising;
        if (running != null) {
            running.cancel(false);
        }
        advertising = interval == null ? null
                : scheduler.scheduleWithFixedDelay(() -> advertise(rssi), interval.toNanos(), interval.toNanos(),
                        TimeUnit.NANOSECONDS);
    }

    // GATT operations

    @Override
    public synchronized CompletableFuture<@Nullable Void> enableNotifications(BluetoothCharacteristic characteristic) {
        try {
            if (connectionState != ConnectionState.CONNECTED) {
                return CompletableFuture.failedFuture(new ConnectionException("not connected"));
            }
            BluetoothCharacteristic known = getCharacteristic(characteristic.getUuid());
            if (known == null || !known.canNotify()) {
                return CompletableFuture.failedFuture(
                        new BluetoothException("org.bluez.Error.NotSupported: " + characteristic.getUuid()));
            }
            CompletableFuture<@Nullable Void> result = new CompletableFuture<>();
            int link = connection;
            later(radio.operationDelay(), () -> subscribe(link, known.getUuid(), result));
            return result;
        } finally {
            requests.add(Request.SUBSCRIBE);
        }
    }

    private void subscribe(int link, UUID uuid, CompletableFuture<@Nullable Void> result) {
        if (!isCurrent(link)) {
            result.completeExceptionally(new ConnectionException("link lost while subscribing"));
            return;
        }
        notifying.add(uuid);
        if (uuid.equals(profile.notifyCharacteristic())) {
            simulator.clientSubscribed();
        }
        result.complete(null);
    }

    @Override
    public CompletableFuture<@Nullable Void> disableNotifications(BluetoothCharacteristic characteristic) {
        notifying.remove(characteristic.getUuid());
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public boolean isNotifying(BluetoothCharacteristic characteristic) {
        return notifying.contains(characteristic.getUuid());
    }

    @Override
    public synchronized CompletableFuture<@Nullable Void> writeCharacteristic(BluetoothCharacteristic characteristic,
            byte[] value) {
        try {
            byte[] bytes = value.clone();
            String refusal = refusal(characteristic, bytes);
            if (refusal != null) {
                return CompletableFuture.failedFuture(new BluetoothException(refusal));
            }
            CompletableFuture<@Nullable Void> result = new CompletableFuture<>();
            writeInFlight = result;
            int link = connection;
            later(radio.operationDelay(), () -> {
                if (isCurrent(link)) {
                    delivered.add(bytes.clone());
                    simulator.clientWrote(bytes);
                    result.complete(null);
                }
            });
            return result;
        } finally {
            requests.add(Request.WRITE);
        }
    }

    private @Nullable String refusal(BluetoothCharacteristic characteristic, byte[] bytes) {
        if (connectionState != ConnectionState.CONNECTED) {
            return "not connected";
        }
        if (!characteristic.getUuid().equals(profile.writeCharacteristic())
                || getCharacteristic(characteristic.getUuid()) == null) {
            return "org.bluez.Error.NotSupported: " + characteristic.getUuid() + " is not the charger's serial bridge";
        }
        if (bytes.length > radio.maxWriteLength()) {
            return "org.bluez.Error.InvalidValueLength: " + bytes.length + " > " + radio.maxWriteLength();
        }
        CompletableFuture<@Nullable Void> previous = writeInFlight;
        if (previous != null && !previous.isDone()) {
            return "org.bluez.Error.InProgress: the previous write has not completed";
        }
        return null;
    }

    /**
     * Nothing is ever read from these characteristics (spec §1.4).
     */
    @Override
    public CompletableFuture<byte[]> readCharacteristic(BluetoothCharacteristic characteristic) {
        return CompletableFuture.failedFuture(new BluetoothException("org.bluez.Error.NotPermitted: read"));
    }

    @Override
    public boolean enableNotifications(BluetoothDescriptor descriptor) {
        return false;
    }

    @Override
    public boolean disableNotifications(BluetoothDescriptor descriptor) {
        return false;
    }

    // the charger side

    @Override
    public void notify(byte[] notification) {
        byte[] chunk = notification.clone();
        int link;
        synchronized (this) {
            link = connection;
        }
        later(radio.eventDelay(), () -> {
            BluetoothCharacteristic characteristic = getCharacteristic(profile.notifyCharacteristic());
            if (isCurrent(link) && characteristic != null && isNotifying(characteristic)) {
                notifyListeners(BluetoothEventType.CHARACTERISTIC_UPDATED, characteristic, chunk);
            }
        });
    }

    private void later(Duration delay, Runnable task) {
        scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    // observation and settings for tests

    public ChargerSimulator simulator() {
        return simulator;
    }

    /**
     * @return the radio's delays and switches, mutable in place
     */
    public RadioSettings radio() {
        return radio;
    }

    /**
     * @return every write that reached the charger, in order
     */
    public List<byte[]> deliveredWrites() {
        return delivered.stream().map(byte[]::clone).toList();
    }

    /**
     * @return what clients asked for so far, from any thread
     */
    public RequestLog requests() {
        return requests;
    }
}

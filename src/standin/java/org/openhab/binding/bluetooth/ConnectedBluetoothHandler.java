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
package org.openhab.binding.bluetooth;

import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothDevice.ConnectionState;
import org.openhab.binding.bluetooth.notification.BluetoothConnectionStatusNotification;
import org.openhab.binding.bluetooth.util.RetryFuture;
import org.openhab.core.common.NamedThreadFactory;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.ConnectedBluetoothHandler} (compile/test only, never
 * shipped): base handler for devices that need a GATT connection. Behaves like the real handler:
 * <ul>
 * <li>{@link #initialize()} creates a per-handler single-thread daemon executor
 * ({@code "bluetooth-connection" + thingTypeUID}) before calling super; unless the thing went OFFLINE there, it reads
 * {@code alwaysConnected} (default true) and {@code idleDisconnectDelay} (ms, default 1000) and, if always connected
 * or services are not yet discovered, runs a reconnect job on that executor every 30 s starting immediately
 * (connect when not CONNECTED; when CONNECTED set ONLINE and discover services if needed).</li>
 * <li>{@link #onConnectionStateChange}: DISCOVERED -> connect, CONNECTED -> discover services if needed (both only when
 * always connected, on the executor); DISCONNECTED -> cancel a pending idle disconnect and, when always connected, set
 * OFFLINE/COMMUNICATION_ERROR.</li>
 * <li>{@link #enableNotifications}, {@link #writeCharacteristic}, {@link #readCharacteristic} run one at a time on the
 * executor: connect and wait (1 s), discover services and wait (10 s) if needed, look up service and characteristic
 * ({@link BluetoothException} if missing), then block on the device operation. The returned future completes on the
 * shared {@code scheduler}; a {@link TimeoutException} sets OFFLINE/COMMUNICATION_ERROR; without
 * {@code alwaysConnected} an idle disconnect is scheduled. Before {@code initialize()} or after {@code dispose()} they
 * fail with {@link IllegalStateException}.</li>
 * <li>{@link #dispose()} cancels the jobs, calls super (removes the listener, disconnects the device) and shuts the
 * executor down.</li>
 * </ul>
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ConnectedBluetoothHandler extends BeaconBluetoothHandler {

    private static final long RECONNECT_INTERVAL_SECONDS = 30;
    private static final long CONNECT_TIMEOUT_SECONDS = 1;
    private static final long SERVICE_DISCOVERY_TIMEOUT_SECONDS = 10;
    private static final int DEFAULT_IDLE_DISCONNECT_DELAY_MS = 1000;

    private final Logger logger = LoggerFactory.getLogger(ConnectedBluetoothHandler.class);

    private @Nullable Future<?> reconnectJob;
    private @Nullable Future<?> pendingDisconnect;

    private boolean alwaysConnected;
    private int idleDisconnectDelay = DEFAULT_IDLE_DISCONNECT_DELAY_MS;

    // starts as the shared scheduler so the field is never null; "still the scheduler" means "not initialized"
    private ScheduledExecutorService connectionTaskExecutor = scheduler;

    public ConnectedBluetoothHandler(Thing thing) {
        super(thing);
    }

    @Override
    public void initialize() {
        // super.initialize() registers the listener, whose callbacks may already need the executor
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1,
                new NamedThreadFactory("bluetooth-connection" + thing.getThingTypeUID(), true));
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        connectionTaskExecutor = executor;

        super.initialize();
        if (thing.getStatus() == ThingStatus.OFFLINE) {
            return;
        }

        Object alwaysConnectedValue = getConfig().get(BluetoothBindingConstants.CONFIGURATION_ALWAYS_CONNECTED);
        alwaysConnected = !Boolean.FALSE.equals(alwaysConnectedValue);
        Object idleDelayValue = getConfig().get(BluetoothBindingConstants.CONFIGURATION_IDLE_DISCONNECT_DELAY);
        idleDisconnectDelay = idleDelayValue instanceof Number delay ? delay.intValue()
                : DEFAULT_IDLE_DISCONNECT_DELAY_MS;

        // without alwaysConnected the job only runs until the first successful connect (to discover services)
        if (alwaysConnected || !device.isServicesDiscovered()) {
            reconnectJob = connectionTaskExecutor.scheduleWithFixedDelay(this::keepConnected, 0,
                    RECONNECT_INTERVAL_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void keepConnected() {
        try {
            if (device.getConnectionState() != ConnectionState.CONNECTED) {
                // the resulting state change arrives through onConnectionStateChange
                if (!device.connect()) {
                    logger.debug("Failed to connect to {}", address);
                } else if (!alwaysConnected) {
                    cancel(reconnectJob, false);
                    reconnectJob = null;
                }
            } else {
                updateStatus(ThingStatus.ONLINE);
                discoverServicesIfNeeded();
            }
        } catch (RuntimeException e) {
            // as in openHAB: an exception must not silently end the periodic job
            logger.warn("Unexpected error occurred", e);
        }
    }

    private void discoverServicesIfNeeded() {
        if (!device.isServicesDiscovered() && !device.discoverServices()) {
            logger.debug("Error while discovering services");
        }
    }

    @Override
    @SuppressWarnings("PMD.CompareObjectsWithEquals")
    public void dispose() {
        cancel(reconnectJob, true);
        reconnectJob = null;
        cancel(pendingDisconnect, true);
        pendingDisconnect = null;

        super.dispose();

        if (connectionTaskExecutor != scheduler) {
            connectionTaskExecutor.shutdownNow();
        }
    }

    private static void cancel(@Nullable Future<?> future, boolean interrupt) {
        if (future != null) {
            future.cancel(interrupt);
        }
    }

    /** Starts connecting on the connection executor. */
    public void connect() {
        connectionTaskExecutor.execute(() -> {
            if (!device.connect()) {
                logger.debug("Failed to connect to {}", address);
            }
        });
    }

    /** Disconnects on the connection executor. */
    public void disconnect() {
        connectionTaskExecutor.execute(device::disconnect);
    }

    private void scheduleDisconnect() {
        cancel(pendingDisconnect, false);
        pendingDisconnect = connectionTaskExecutor.schedule(device::disconnect, idleDisconnectDelay,
                TimeUnit.MILLISECONDS);
    }

    private void connectAndWait() throws ConnectionException, TimeoutException, InterruptedException {
        ConnectionState state = device.getConnectionState();
        if (state == ConnectionState.CONNECTED) {
            return;
        }
        if (state != ConnectionState.CONNECTING && !device.connect()) {
            throw new ConnectionException("Failed to start connecting");
        }
        if (!device.awaitConnection(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new TimeoutException("Connection attempt timeout.");
        }
        if (!device.isServicesDiscovered()) {
            device.discoverServices();
            if (!device.awaitServiceDiscovery(SERVICE_DISCOVERY_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new TimeoutException("Service discovery timeout");
            }
        }
    }

    private BluetoothCharacteristic connectAndGetCharacteristic(UUID serviceUUID, UUID characteristicUUID)
            throws BluetoothException, TimeoutException, InterruptedException {
        connectAndWait();
        BluetoothService service = device.getServices(serviceUUID);
        if (service == null) {
            throw new BluetoothException("Service with uuid " + serviceUUID + " could not be found");
        }
        BluetoothCharacteristic characteristic = service.getCharacteristic(characteristicUUID);
        if (characteristic == null) {
            throw new BluetoothException("Characteristic with uuid " + characteristicUUID + " could not be found");
        }
        return characteristic;
    }

    @SuppressWarnings("PMD.CompareObjectsWithEquals")
    private <T> CompletableFuture<T> executeWithConnection(UUID serviceUUID, UUID characteristicUUID,
            Function<BluetoothCharacteristic, CompletableFuture<T>> operation) {
        if (connectionTaskExecutor == scheduler) {
            return CompletableFuture
                    .failedFuture(new IllegalStateException("connectionTaskExecutor has not been initialized"));
        }
        if (connectionTaskExecutor.isShutdown()) {
            return CompletableFuture.failedFuture(new IllegalStateException("connectionTaskExecutor is shut down"));
        }
        // blocking on the device operation keeps the single connection thread busy, so operations never overlap
        Callable<T> task = () -> operation.apply(connectAndGetCharacteristic(serviceUUID, characteristicUUID)).get();
        // completing on the scheduler keeps callers' follow-up stages off the connection thread
        return RetryFuture.callWithRetry(task, connectionTaskExecutor).whenCompleteAsync(this::afterOperation,
                scheduler);
    }

    private void afterOperation(@Nullable Object result, @Nullable Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException || cause instanceof ExecutionException) {
            cause = cause.getCause();
        }
        if (cause instanceof InterruptedException) {
            return;
        }
        if (cause instanceof TimeoutException) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, cause.getMessage());
        }
        if (!alwaysConnected) {
            scheduleDisconnect();
        }
    }

    public CompletableFuture<@Nullable Void> enableNotifications(UUID serviceUUID, UUID characteristicUUID) {
        return executeWithConnection(serviceUUID, characteristicUUID, device::enableNotifications);
    }

    /**
     * @param enableNotification true to enable notifications on the characteristic before writing
     */
    public CompletableFuture<@Nullable Void> writeCharacteristic(UUID serviceUUID, UUID characteristicUUID, byte[] data,
            boolean enableNotification) {
        CompletableFuture<@Nullable Void> future = executeWithConnection(serviceUUID, characteristicUUID,
                characteristic -> enableNotification
                        ? device.enableNotifications(characteristic)
                                .thenCompose(ignored -> device.writeCharacteristic(characteristic, data))
                        : device.writeCharacteristic(characteristic, data));
        if (logger.isDebugEnabled()) {
            future = future.whenComplete((ignored, failure) -> {
                if (failure == null) {
                    logger.debug("Characteristic {} from {} has written value {}", characteristicUUID, address,
                            HexFormat.of().formatHex(data));
                }
            });
        }
        return future;
    }

    public CompletableFuture<byte[]> readCharacteristic(UUID serviceUUID, UUID characteristicUUID) {
        CompletableFuture<byte[]> future = executeWithConnection(serviceUUID, characteristicUUID,
                device::readCharacteristic);
        if (logger.isDebugEnabled()) {
            future = future.whenComplete((data, failure) -> {
                if (failure == null) {
                    logger.debug("Characteristic {} from {} has been read - value {}", characteristicUUID, address,
                            HexFormat.of().formatHex(data));
                }
            });
        }
        return future;
    }

    /**
     * A signal means ONLINE only while connected (when always connected; otherwise the status is left alone); no
     * signal means OFFLINE/COMMUNICATION_ERROR.
     */
    @Override
    protected void updateStatusBasedOnRssi(boolean receivedSignal) {
        if (!receivedSignal) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        } else if (alwaysConnected) {
            if (device.getConnectionState() == ConnectionState.CONNECTED) {
                updateStatus(ThingStatus.ONLINE);
            } else {
                updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.NONE, "Device is not connected.");
            }
        }
    }

    @Override
    public void onConnectionStateChange(BluetoothConnectionStatusNotification connectionNotification) {
        super.onConnectionStateChange(connectionNotification);
        switch (connectionNotification.getConnectionState()) {
            case DISCOVERED -> {
                if (alwaysConnected) {
                    connectionTaskExecutor.submit(this::connectIfNotConnected);
                }
            }
            case CONNECTED -> {
                if (alwaysConnected) {
                    connectionTaskExecutor.submit(this::discoverServicesIfNeeded);
                }
            }
            case DISCONNECTED -> {
                cancel(pendingDisconnect, false);
                if (alwaysConnected) {
                    updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
                }
            }
            default -> {
                // DISCOVERING, CONNECTING and DISCONNECTING need no reaction
            }
        }
    }

    private void connectIfNotConnected() {
        if (device.getConnectionState() != ConnectionState.CONNECTED && !device.connect()) {
            logger.debug("Error connecting to device after discovery.");
        }
    }

    @Override
    public void onCharacteristicUpdate(BluetoothCharacteristic characteristic, byte[] value) {
        super.onCharacteristicUpdate(characteristic, value);
        if (logger.isDebugEnabled()) {
            logger.debug("Received update {} to characteristic {} of device {}", HexFormat.of().formatHex(value),
                    characteristic.getUuid(), address);
        }
    }

    @Override
    public void onDescriptorUpdate(BluetoothDescriptor descriptor, byte[] value) {
        super.onDescriptorUpdate(descriptor, value);
        if (logger.isDebugEnabled()) {
            logger.debug("Received update {} to descriptor {} of device {}", HexFormat.of().formatHex(value),
                    descriptor.getUuid(), address);
        }
    }

    /** Without {@code alwaysConnected} the device was only connected to discover services, so disconnect again. */
    @Override
    public void onServicesDiscovered() {
        super.onServicesDiscovered();
        if (!alwaysConnected && device.getConnectionState() == ConnectionState.CONNECTED) {
            disconnect();
        }
    }
}

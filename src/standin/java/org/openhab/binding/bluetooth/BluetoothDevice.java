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

import java.util.Collection;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.notification.BluetoothConnectionStatusNotification;
import org.openhab.binding.bluetooth.notification.BluetoothScanNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothDevice} (compile/test only, never shipped):
 * the abstract Bluetooth (LE) device an adapter hands out. Listener management and event dispatch
 * ({@link #notifyListeners}) behave like the real class: listeners are called synchronously on the calling thread and
 * a failing listener is logged and does not stop delivery to the others.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BluetoothDevice {

    private final Logger logger = LoggerFactory.getLogger(BluetoothDevice.class);

    /**
     * Connection states of a device.
     */
    public enum ConnectionState {
        /** Still being discovered, not usable yet. */
        DISCOVERING,
        /** Discovered; initial notification that the device is available. */
        DISCOVERED,
        /** Not connected. */
        DISCONNECTED,
        /** A connection attempt is in progress. */
        CONNECTING,
        /** Connected. */
        CONNECTED,
        /** A disconnection is in progress. */
        DISCONNECTING
    }

    /**
     * Event kinds dispatched by {@link BluetoothDevice#notifyListeners(BluetoothEventType, Object...)}.
     */
    protected enum BluetoothEventType {
        CONNECTION_STATE,
        SCAN_RECORD,
        CHARACTERISTIC_UPDATED,
        DESCRIPTOR_UPDATED,
        SERVICES_DISCOVERED,
        ADAPTER_CHANGED
    }

    protected final BluetoothAdapter adapter;

    protected final BluetoothAddress address;

    public BluetoothDevice(BluetoothAdapter adapter, BluetoothAddress address) {
        this.address = address;
        this.adapter = adapter;
    }

    public abstract @Nullable String getName();

    public abstract @Nullable Integer getManufacturerId();

    /** @return the last reported transmit power in dBm, or null */
    public abstract @Nullable Integer getTxPower();

    /** @return the last received signal strength in dBm, or null */
    public abstract @Nullable Integer getRssi();

    public BluetoothAddress getAddress() {
        return address;
    }

    public BluetoothAdapter getAdapter() {
        return adapter;
    }

    /** @return the service with that uuid, or null if the device does not provide it */
    public abstract @Nullable BluetoothService getServices(UUID uuid);

    public abstract Collection<BluetoothService> getServices();

    public abstract boolean supportsService(UUID uuid);

    public abstract ConnectionState getConnectionState();

    /**
     * Starts connecting (asynchronously); the outcome arrives via
     * {@link BluetoothDeviceListener#onConnectionStateChange}.
     *
     * @return true if the connection process was started, false e.g. when already connected
     */
    public abstract boolean connect();

    /**
     * Starts disconnecting; the outcome arrives via {@link BluetoothDeviceListener#onConnectionStateChange}.
     *
     * @return true if the disconnection process was started, false e.g. when not connected
     */
    public abstract boolean disconnect();

    /**
     * Starts GATT service discovery; completion is signalled by {@link BluetoothDeviceListener#onServicesDiscovered}.
     *
     * @return true if discovery was started
     */
    public abstract boolean discoverServices();

    /**
     * Looks a characteristic up in the already known services (does not query the device).
     *
     * @return the characteristic, or null if no known service provides it
     */
    public @Nullable BluetoothCharacteristic getCharacteristic(UUID uuid) {
        for (BluetoothService service : getServices()) {
            if (service.providesCharacteristic(uuid)) {
                return service.getCharacteristic(uuid);
            }
        }
        return null;
    }

    /** @return a future completing with the value read, or exceptionally */
    public abstract CompletableFuture<byte[]> readCharacteristic(BluetoothCharacteristic characteristic);

    /** @return a future completing with null once written, or exceptionally */
    public abstract CompletableFuture<@Nullable Void> writeCharacteristic(BluetoothCharacteristic characteristic,
            byte[] value);

    public abstract boolean isNotifying(BluetoothCharacteristic characteristic);

    /** Notifications then arrive as {@link BluetoothDeviceListener#onCharacteristicUpdate} events. */
    public abstract CompletableFuture<@Nullable Void> enableNotifications(BluetoothCharacteristic characteristic);

    public abstract CompletableFuture<@Nullable Void> disableNotifications(BluetoothCharacteristic characteristic);

    public abstract boolean enableNotifications(BluetoothDescriptor descriptor);

    public abstract boolean disableNotifications(BluetoothDescriptor descriptor);

    /** @return true if added, false if a service with that uuid was already known */
    protected abstract boolean addService(BluetoothService service);

    /** @return the service whose handle range contains the handle, or null */
    protected @Nullable BluetoothService getServiceByHandle(int handle) {
        for (BluetoothService service : getServices()) {
            if (service.getHandleStart() <= handle && handle <= service.getHandleEnd()) {
                return service;
            }
        }
        return null;
    }

    protected @Nullable BluetoothCharacteristic getCharacteristicByHandle(int handle) {
        BluetoothService service = getServiceByHandle(handle);
        return service == null ? null : service.getCharacteristicByHandle(handle);
    }

    public final void addListener(BluetoothDeviceListener listener) {
        getListeners().add(listener);
    }

    public final void removeListener(BluetoothDeviceListener listener) {
        getListeners().remove(listener);
    }

    public final boolean hasListeners() {
        return !getListeners().isEmpty();
    }

    /** Releases resources held by the device. */
    protected abstract void dispose();

    protected abstract Collection<BluetoothDeviceListener> getListeners();

    public abstract boolean awaitConnection(long timeout, TimeUnit unit) throws InterruptedException;

    public abstract boolean awaitServiceDiscovery(long timeout, TimeUnit unit) throws InterruptedException;

    public abstract boolean isServicesDiscovered();

    /**
     * Delivers an event to every listener, synchronously on the calling thread.
     *
     * @param event the event kind
     * @param args SCAN_RECORD: notification; CONNECTION_STATE: notification; CHARACTERISTIC_UPDATED: characteristic
     *            and byte[]; DESCRIPTOR_UPDATED: descriptor and byte[]; ADAPTER_CHANGED: adapter; SERVICES_DISCOVERED:
     *            none
     */
    protected void notifyListeners(BluetoothEventType event, Object... args) {
        for (BluetoothDeviceListener listener : getListeners()) {
            try {
                dispatch(listener, event, args);
            } catch (RuntimeException e) {
                // as in openHAB: one failing listener must not keep the event from the others
                logger.error("Failed to inform listener '{}': {}", listener, e.getMessage(), e);
            }
        }
    }

    private static void dispatch(BluetoothDeviceListener listener, BluetoothEventType event, Object... args) {
        switch (event) {
            case SCAN_RECORD -> listener.onScanRecordReceived((BluetoothScanNotification) args[0]);
            case CONNECTION_STATE ->
                listener.onConnectionStateChange((BluetoothConnectionStatusNotification) args[0]);
            case SERVICES_DISCOVERED -> listener.onServicesDiscovered();
            case CHARACTERISTIC_UPDATED ->
                listener.onCharacteristicUpdate((BluetoothCharacteristic) args[0], (byte[]) args[1]);
            case DESCRIPTOR_UPDATED -> listener.onDescriptorUpdate((BluetoothDescriptor) args[0], (byte[]) args[1]);
            case ADAPTER_CHANGED -> listener.onAdapterChanged((BluetoothAdapter) args[0]);
        }
    }
}

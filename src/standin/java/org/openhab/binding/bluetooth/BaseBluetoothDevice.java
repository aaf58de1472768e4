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

import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BaseBluetoothDevice} (compile/test only, never shipped):
 * the shared base of adapter-specific devices. Keeps name, manufacturer, RSSI, tx power and services, holds the
 * listeners in a copy-on-write set, and implements {@link #awaitConnection} / {@link #awaitServiceDiscovery} on top of
 * the {@code CONNECTION_STATE} and {@code SERVICES_DISCOVERED} events passed to {@link #notifyListeners}. Once an
 * instance has seen {@code SERVICES_DISCOVERED}, {@link #isServicesDiscovered()} stays true, as in the real class.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseBluetoothDevice extends BluetoothDevice {

    protected ConnectionState connectionState = ConnectionState.DISCOVERING;

    protected @Nullable Integer manufacturer = null;

    /** Long name if known, otherwise the short name. */
    protected @Nullable String name;

    protected final Map<UUID, BluetoothService> supportedServices = new ConcurrentHashMap<>();

    protected @Nullable Integer rssi = null;

    protected @Nullable Integer txPower = null;

    protected final transient ZonedDateTime createTime = ZonedDateTime.now();

    protected @Nullable ZonedDateTime lastSeenTime = null;

    private final Set<BluetoothDeviceListener> listeners = new CopyOnWriteArraySet<>();

    private final Lock stateLock = new ReentrantLock();
    private final Condition connectionChanged = stateLock.newCondition();
    private final Condition servicesResolved = stateLock.newCondition();

    private volatile boolean servicesDiscovered = false;

    public BaseBluetoothDevice(BluetoothAdapter adapter, BluetoothAddress address) {
        super(adapter, address);
    }

    public @Nullable ZonedDateTime getLastSeenTime() {
        return lastSeenTime;
    }

    /** Records activity on this device now. */
    public void updateLastSeenTime() {
        lastSeenTime = ZonedDateTime.now();
    }

    @Override
    public @Nullable String getName() {
        return name;
    }

    public void setManufacturerId(int manufacturer) {
        this.manufacturer = manufacturer;
    }

    @Override
    public @Nullable Integer getManufacturerId() {
        return manufacturer;
    }

    @Override
    public @Nullable BluetoothService getServices(UUID uuid) {
        return supportedServices.get(uuid);
    }

    @Override
    public Collection<BluetoothService> getServices() {
        return supportedServices.values();
    }

    public void setTxPower(int txPower) {
        this.txPower = txPower;
    }

    @Override
    public @Nullable Integer getTxPower() {
        return txPower;
    }

    /**
     * @return true if the value differs from the previous one (or there was none)
     */
    public boolean setRssi(int rssi) {
        Integer previous = this.rssi;
        this.rssi = rssi;
        return previous == null || previous != rssi;
    }

    @Override
    public @Nullable Integer getRssi() {
        return rssi;
    }

    public void setName(String name) {
        this.name = name;
    }

    @Override
    public boolean supportsService(UUID uuid) {
        return supportedServices.containsKey(uuid);
    }

    @Override
    public ConnectionState getConnectionState() {
        return connectionState;
    }

    @Override
    protected boolean addService(BluetoothService service) {
        return supportedServices.putIfAbsent(service.getUuid(), service) == null;
    }

    @Override
    protected Collection<BluetoothDeviceListener> getListeners() {
        return listeners;
    }

    /** Nothing to release in the base class. */
    @Override
    protected void dispose() {
    }

    @Override
    public boolean isServicesDiscovered() {
        return servicesDiscovered;
    }

    @Override
    public boolean awaitConnection(long timeout, TimeUnit unit) throws InterruptedException {
        stateLock.lock();
        try {
            long remainingNanos = unit.toNanos(timeout);
            while (getConnectionState() != ConnectionState.CONNECTED) {
                if (remainingNanos <= 0L) {
                    return false;
                }
                remainingNanos = connectionChanged.awaitNanos(remainingNanos);
            }
            return true;
        } finally {
            stateLock.unlock();
        }
    }

    @Override
    public boolean awaitServiceDiscovery(long timeout, TimeUnit unit) throws InterruptedException {
        stateLock.lock();
        try {
            long remainingNanos = unit.toNanos(timeout);
            while (!servicesDiscovered) {
                if (remainingNanos <= 0L) {
                    return false;
                }
                remainingNanos = servicesResolved.awaitNanos(remainingNanos);
            }
            return true;
        } finally {
            stateLock.unlock();
        }
    }

    /**
     * Updates the last-seen time (scan record, characteristic/descriptor update, services discovered), wakes
     * {@link #awaitConnection} / {@link #awaitServiceDiscovery} waiters, then dispatches to the listeners.
     */
    @Override
    protected void notifyListeners(BluetoothEventType event, Object... args) {
        if (event != BluetoothEventType.CONNECTION_STATE && event != BluetoothEventType.ADAPTER_CHANGED) {
            updateLastSeenTime();
        }
        if (event == BluetoothEventType.SERVICES_DISCOVERED) {
            signal(servicesResolved, true);
        } else if (event == BluetoothEventType.CONNECTION_STATE) {
            signal(connectionChanged, false);
        }
        super.notifyListeners(event, args);
    }

    private void signal(Condition condition, boolean markServicesDiscovered) {
        stateLock.lock();
        try {
            if (markServicesDiscovered) {
                servicesDiscovered = true;
            }
            condition.signalAll();
        } finally {
            stateLock.unlock();
        }
    }

    @Override
    public String toString() {
        Integer manufacturerId = manufacturer;
        String company = BluetoothCompanyIdentifiers.get(manufacturerId);
        String manufacturerText = company == null ? String.valueOf(manufacturerId)
                : manufacturerId + " (" + company + ")";
        return "BluetoothDevice [address=" + address + ", manufacturer=" + manufacturerText + ", name=" + name
                + ", rssi=" + rssi + "]";
    }
}

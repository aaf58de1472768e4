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
import java.util.Collections;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.DelegateBluetoothDevice} (compile/test only, never
 * shipped): a device forwarding everything to another device. Without a delegate, queries answer "nothing"
 * (null, false, empty, {@link ConnectionState#DISCOVERED}) and future-returning operations fail with
 * {@link IllegalStateException}, as in the real class.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class DelegateBluetoothDevice extends BluetoothDevice {

    private static final String NO_DELEGATE = "Delegate is null";

    public DelegateBluetoothDevice(BluetoothAdapter adapter, BluetoothAddress address) {
        super(adapter, address);
    }

    protected abstract @Nullable BluetoothDevice getDelegate();

    @Override
    public @Nullable String getName() {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? null : delegate.getName();
    }

    @Override
    public @Nullable Integer getManufacturerId() {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? null : delegate.getManufacturerId();
    }

    @Override
    public @Nullable Integer getRssi() {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? null : delegate.getRssi();
    }

    @Override
    public @Nullable Integer getTxPower() {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? null : delegate.getTxPower();
    }

    @Override
    public @Nullable BluetoothService getServices(UUID uuid) {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? null : delegate.getServices(uuid);
    }

    @Override
    public Collection<BluetoothService> getServices() {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? Collections.emptySet() : delegate.getServices();
    }

    @Override
    public boolean supportsService(UUID uuid) {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.supportsService(uuid);
    }

    @Override
    public ConnectionState getConnectionState() {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? ConnectionState.DISCOVERED : delegate.getConnectionState();
    }

    @Override
    public boolean connect() {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.connect();
    }

    @Override
    public boolean disconnect() {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.disconnect();
    }

    @Override
    public boolean discoverServices() {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.discoverServices();
    }

    @Override
    public CompletableFuture<byte[]> readCharacteristic(BluetoothCharacteristic characteristic) {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? CompletableFuture.failedFuture(new IllegalStateException(NO_DELEGATE))
                : delegate.readCharacteristic(characteristic);
    }

    @Override
    public CompletableFuture<@Nullable Void> writeCharacteristic(BluetoothCharacteristic characteristic, byte[] value) {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? CompletableFuture.failedFuture(new IllegalStateException(NO_DELEGATE))
                : delegate.writeCharacteristic(characteristic, value);
    }

    @Override
    public boolean isNotifying(BluetoothCharacteristic characteristic) {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.isNotifying(characteristic);
    }

    @Override
    public CompletableFuture<@Nullable Void> enableNotifications(BluetoothCharacteristic characteristic) {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? CompletableFuture.failedFuture(new IllegalStateException(NO_DELEGATE))
                : delegate.enableNotifications(characteristic);
    }

    @Override
    public CompletableFuture<@Nullable Void> disableNotifications(BluetoothCharacteristic characteristic) {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? CompletableFuture.failedFuture(new IllegalStateException(NO_DELEGATE))
                : delegate.disableNotifications(characteristic);
    }

    @Override
    public boolean enableNotifications(BluetoothDescriptor descriptor) {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.enableNotifications(descriptor);
    }

    @Override
    public boolean disableNotifications(BluetoothDescriptor descriptor) {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.disableNotifications(descriptor);
    }

    @Override
    protected boolean addService(BluetoothService service) {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.addService(service);
    }

    @Override
    protected Collection<BluetoothDeviceListener> getListeners() {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? Collections.emptySet() : delegate.getListeners();
    }

    @Override
    public @Nullable BluetoothCharacteristic getCharacteristic(UUID uuid) {
        BluetoothDevice delegate = getDelegate();
        return delegate == null ? null : delegate.getCharacteristic(uuid);
    }

    @Override
    public boolean awaitConnection(long timeout, TimeUnit unit) throws InterruptedException {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.awaitConnection(timeout, unit);
    }

    @Override
    public boolean awaitServiceDiscovery(long timeout, TimeUnit unit) throws InterruptedException {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.awaitServiceDiscovery(timeout, unit);
    }

    @Override
    public boolean isServicesDiscovered() {
        BluetoothDevice delegate = getDelegate();
        return delegate != null && delegate.isServicesDiscovered();
    }

    @Override
    protected void dispose() {
        BluetoothDevice delegate = getDelegate();
        if (delegate != null) {
            delegate.dispose();
        }
    }
}

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

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothCharacteristic;
import org.openhab.binding.bluetooth.BluetoothDevice;
import org.openhab.binding.bluetooth.BluetoothService;
import org.openhab.binding.bluetooth.ConnectedBluetoothHandler;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseLink;

/**
 * The session's link over the connection helpers of {@link ConnectedBluetoothHandler}: they serialise every GATT
 * operation on the handler's connection thread, connect on demand and complete on the shared scheduler, so the link
 * needs no thread or queue of its own. Which characteristics it uses depends on the charger's board revision, chosen
 * from the discovered services by {@link #select(Collection)} (spec §1.2–1.4).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class GattLink implements EvseLink {

    private final ConnectedBluetoothHandler handler;
    private final Supplier<@Nullable BluetoothDevice> device;
    private final AtomicInteger writesStarted = new AtomicInteger();
    private final AtomicInteger writesSucceeded = new AtomicInteger();
    private final AtomicInteger writesFailed = new AtomicInteger();
    private final AtomicInteger subscriptionsStarted = new AtomicInteger();
    private volatile @Nullable GattProfile profile;

    /**
     * @param handler the owner, whose connection helpers enable notifications and drop the link
     * @param device the owner's current device; null while it has none
     */
    GattLink(ConnectedBluetoothHandler handler, Supplier<@Nullable BluetoothDevice> device) {
        this.handler = handler;
        this.device = device;
    }

    /**
     * Chooses the board revision from the services of the connected charger.
     *
     * @return the revision now in use, or null if the charger offers none of the known layouts
     */
    @Nullable
    GattProfile select(Collection<BluetoothService> services) {
        Map<UUID, List<GattProfile.Characteristic>> layout = new LinkedHashMap<>();
        for (BluetoothService service : services) {
            layout.put(service.getUuid(), service.getCharacteristics().stream().map(GattLink::describe).toList());
        }
        GattProfile selected = GattProfile.select(layout);
        profile = selected;
        return selected;
    }

    private static GattProfile.Characteristic describe(BluetoothCharacteristic characteristic) {
        return new GattProfile.Characteristic(characteristic.getUuid(), characteristic.canWrite(),
                characteristic.canNotify()
                        || characteristic.hasPropertyEnabled(BluetoothCharacteristic.PROPERTY_INDICATE));
    }

    @Nullable
    GattProfile profile() {
        return profile;
    }

    /**
     * @return whether notifications of this characteristic carry the charger's byte stream
     */
    boolean isNotifyCharacteristic(UUID characteristic) {
        GattProfile current = profile;
        return current != null && current.notifyCharacteristic().equals(characteristic);
    }

    /**
     * Subscribes to the charger's notifications; harmless when already subscribed.
     */
    CompletableFuture<@Nullable Void> enableNotifications() {
        GattProfile current = profile;
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no board revision selected"));
        }
        subscriptionsStarted.incrementAndGet();
        return handler.enableNotifications(current.notifyService(), current.notifyCharacteristic());
    }

    /**
     * Writes straight to the device, not through {@link ConnectedBluetoothHandler#writeCharacteristic}: that helper
     * logs every written value as hex at DEBUG, and every datagram carries the PIN. The session already sends one
     * datagram at a time, which is the serialisation the helper would add.
     */
    @Override
    public CompletableFuture<@Nullable Void> write(byte[] datagram) {
        GattProfile current = profile;
        BluetoothDevice bluetooth = device.get();
        if (current == null || bluetooth == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no board revision selected"));
        }
        BluetoothService service = bluetooth.getServices(current.writeService());
        BluetoothCharacteristic characteristic = service == null ? null
                : service.getCharacteristic(current.writeCharacteristic());
        if (characteristic == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("write characteristic not found"));
        }
        CompletableFuture<@Nullable Void> written = new CompletableFuture<>();
        writesStarted.incrementAndGet();
        bluetooth.writeCharacteristic(characteristic, datagram).whenComplete((ignored, failure) -> {
            if (failure == null) {
                written.complete(null);
            } else {
                written.completeExceptionally(failure);
            }
            // counted only now: a write that the session chains on the completion has already started
            (failure == null ? writesSucceeded : writesFailed).incrementAndGet();
        });
        return written;
    }

    @Override
    public void drop() {
        handler.disconnect();
    }

    /**
     * @return how many writes were handed to the device so far
     */
    int writesStarted() {
        return writesStarted.get();
    }

    /**
     * @return how many of them completed successfully, counted once the session has reacted to the completion
     */
    int writesSucceeded() {
        return writesSucceeded.get();
    }

    /**
     * @return how many of them failed, counted once the session has reacted to the failure
     */
    int writesFailed() {
        return writesFailed.get();
    }

    @Override
    public String toString() {
        return "GattLink[profile=" + profile + ", writes started=" + writesStarted + ", succeeded=" + writesSucceeded
                + ", failed=" + writesFailed + ", subscriptions=" + subscriptionsStarted + "]";
    }

    /**
     * @return how many subscriptions were handed to the connection helper so far
     */
    int subscriptionsStarted() {
        return subscriptionsStarted.get();
    }
}

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

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothAdapter;
import org.openhab.binding.bluetooth.BluetoothAddress;
import org.openhab.binding.bluetooth.BluetoothDevice;
import org.openhab.binding.bluetooth.BluetoothDiscoveryListener;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.BaseBridgeHandler;
import org.openhab.core.types.Command;

/**
 * The bridge handler of a simulated Bluetooth adapter, as {@code BeaconBluetoothHandler.initialize()} finds it
 * through the Thing's bridge: it hands out the {@link SimulatedBluetoothDevice}s added to it.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatedBluetoothAdapter extends BaseBridgeHandler implements BluetoothAdapter {

    /** The adapter's own address. */
    public static final BluetoothAddress OWN_ADDRESS = new BluetoothAddress("00:1A:7D:DA:71:13");

    private final Map<BluetoothAddress, BluetoothDevice> devices = new ConcurrentHashMap<>();
    private final Set<BluetoothDiscoveryListener> discoveryListeners = new CopyOnWriteArraySet<>();
    private volatile boolean scanning;

    public SimulatedBluetoothAdapter(Bridge bridge) {
        super(bridge);
    }

    /**
     * @param device from now on returned by {@link #getDevice(BluetoothAddress)} for its address
     */
    public void addDevice(BluetoothDevice device) {
        devices.put(device.getAddress(), device);
    }

    @Override
    public void initialize() {
        updateStatus(ThingStatus.ONLINE);
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        // an adapter has no channels
    }

    @Override
    public ThingUID getUID() {
        return getThing().getUID();
    }

    @Override
    public void addDiscoveryListener(BluetoothDiscoveryListener listener) {
        discoveryListeners.add(listener);
    }

    @Override
    public void removeDiscoveryListener(@Nullable BluetoothDiscoveryListener listener) {
        discoveryListeners.remove(listener);
    }

    public Set<BluetoothDiscoveryListener> discoveryListeners() {
        return Set.copyOf(discoveryListeners);
    }

    @Override
    public void scanStart() {
        scanning = true;
    }

    @Override
    public void scanStop() {
        scanning = false;
    }

    public boolean isScanning() {
        return scanning;
    }

    @Override
    public @Nullable BluetoothAddress getAddress() {
        return OWN_ADDRESS;
    }

    /**
     * @throws IllegalArgumentException for an address without a simulated device: a real adapter would hand out an
     *             unseen device that never connects, here that is a mistake in the test setup
     */
    @Override
    public BluetoothDevice getDevice(BluetoothAddress address) {
        BluetoothDevice device = devices.get(address);
        if (device == null) {
            throw new IllegalArgumentException("no simulated device with address " + address);
        }
        return device;
    }

    @Override
    public @Nullable String getLocation() {
        return getThing().getLocation();
    }

    @Override
    public @Nullable String getLabel() {
        return getThing().getLabel();
    }

    @Override
    public boolean hasHandlerForDevice(BluetoothAddress address) {
        BluetoothDevice device = devices.get(address);
        return device != null && device.hasListeners();
    }
}

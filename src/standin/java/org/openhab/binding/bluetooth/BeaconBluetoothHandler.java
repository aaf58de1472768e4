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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import javax.measure.quantity.Power;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothDevice.ConnectionState;
import org.openhab.binding.bluetooth.notification.BluetoothConnectionStatusNotification;
import org.openhab.binding.bluetooth.notification.BluetoothScanNotification;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.Units;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.BaseThingHandler;
import org.openhab.core.thing.binding.BridgeHandler;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.UnDefType;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BeaconBluetoothHandler} (compile/test only, never
 * shipped): handler for devices in beacon mode and base of {@link ConnectedBluetoothHandler}.
 * <p>
 * Behaves like the real handler: {@link #initialize()} parses the {@code address} configuration (upper-case MAC,
 * otherwise OFFLINE/CONFIGURATION_ERROR), requires a bridge whose handler is a {@link BluetoothAdapter} (otherwise
 * OFFLINE/CONFIGURATION_ERROR), obtains the device from the adapter, registers itself as listener, adds the dynamic
 * {@code rssi} channel (plus adapter channels for delegating devices) and sets UNKNOWN. {@link #dispose()} removes
 * the listener and disconnects the device.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class BeaconBluetoothHandler extends BaseThingHandler implements BluetoothDeviceListener {

    @NonNullByDefault({} /* non-null once initialized */)
    protected BluetoothAdapter adapter;

    @NonNullByDefault({} /* non-null once initialized */)
    protected BluetoothAddress address;

    @NonNullByDefault({} /* non-null once initialized */)
    protected BluetoothDevice device;

    protected final ReentrantLock deviceLock;

    private @Nullable Instant lastActivity;

    public BeaconBluetoothHandler(Thing thing) {
        super(thing);
        deviceLock = new ReentrantLock();
    }

    @Override
    public void initialize() {
        try {
            address = new BluetoothAddress(getConfig().get(BluetoothBindingConstants.CONFIGURATION_ADDRESS).toString());
        } catch (IllegalArgumentException e) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, e.getLocalizedMessage());
            return;
        }

        Bridge bridge = getBridge();
        if (bridge == null) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, "Not associated with any bridge");
            return;
        }
        BridgeHandler bridgeHandler = bridge.getHandler();
        if (!(bridgeHandler instanceof BluetoothAdapter bluetoothAdapter)) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    "Associated with an unsupported bridge");
            return;
        }
        adapter = bluetoothAdapter;

        deviceLock.lock();
        try {
            device = adapter.getDevice(address);
            device.addListener(this);
        } finally {
            deviceLock.unlock();
        }

        addMissingDynamicChannels();
        updateStatus(ThingStatus.UNKNOWN);
    }

    private void addMissingDynamicChannels() {
        ThingBuilder builder = editThing();
        boolean changed = false;
        for (Channel channel : createDynamicChannels()) {
            // only add what is missing, never replace existing channels
            if (getThing().getChannel(channel.getUID()) == null) {
                builder.withChannel(channel);
                changed = true;
            }
        }
        if (changed) {
            updateThing(builder.build());
        }
    }

    private Channel buildChannel(String channelId, String itemType) {
        return ChannelBuilder.create(new ChannelUID(getThing().getUID(), channelId), itemType).build();
    }

    /**
     * @return the channels every Bluetooth thing gets: {@code rssi}, plus {@code adapterUID} and
     *         {@code adapterLocation} when the device is a {@link DelegateBluetoothDevice} (roaming)
     */
    protected List<Channel> createDynamicChannels() {
        List<Channel> channels = new ArrayList<>();
        channels.add(buildChannel(BluetoothBindingConstants.CHANNEL_TYPE_RSSI, "Number:Power"));
        if (device instanceof DelegateBluetoothDevice) {
            channels.add(buildChannel(BluetoothBindingConstants.CHANNEL_TYPE_ADAPTER, "String"));
            channels.add(buildChannel(BluetoothBindingConstants.CHANNEL_TYPE_ADAPTER_LOCATION, "String"));
        }
        return channels;
    }

    @Override
    public void dispose() {
        deviceLock.lock();
        try {
            BluetoothDevice current = device;
            if (current != null) {
                current.removeListener(this);
                current.disconnect();
                device = null;
            }
        } finally {
            deviceLock.unlock();
        }
    }

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        if (command != RefreshType.REFRESH) {
            return;
        }
        switch (channelUID.getId()) {
            case BluetoothBindingConstants.CHANNEL_TYPE_RSSI -> updateRSSI();
            case BluetoothBindingConstants.CHANNEL_TYPE_ADAPTER -> updateAdapter();
            case BluetoothBindingConstants.CHANNEL_TYPE_ADAPTER_LOCATION -> updateAdapterLocation();
            default -> {
                // other channels belong to subclasses
            }
        }
    }

    /** Publishes the device's current RSSI and updates the status accordingly. */
    protected void updateRSSI() {
        BluetoothDevice current = device;
        if (current != null) {
            updateRSSI(current.getRssi());
        }
    }

    private void updateRSSI(@Nullable Integer rssi) {
        if (rssi != null && rssi != 0) {
            updateState(BluetoothBindingConstants.CHANNEL_TYPE_RSSI,
                    new QuantityType<Power>(rssi, Units.DECIBEL_MILLIWATTS));
            updateStatusBasedOnRssi(true);
        } else {
            updateState(BluetoothBindingConstants.CHANNEL_TYPE_RSSI, UnDefType.NULL);
            updateStatusBasedOnRssi(false);
        }
    }

    protected void updateAdapter() {
        BluetoothDevice current = device;
        if (current != null) {
            String adapterId = current.getAdapter().getUID().getId();
            updateState(BluetoothBindingConstants.CHANNEL_TYPE_ADAPTER, new StringType(adapterId));
        }
    }

    protected void updateAdapterLocation() {
        BluetoothDevice current = device;
        if (current != null) {
            String location = current.getAdapter().getLocation();
            if (location == null || location.isBlank()) {
                updateState(BluetoothBindingConstants.CHANNEL_TYPE_ADAPTER_LOCATION, UnDefType.NULL);
            } else {
                updateState(BluetoothBindingConstants.CHANNEL_TYPE_ADAPTER_LOCATION, new StringType(location));
            }
        }
    }

    /**
     * Beacon logic: ONLINE while a signal is received, OFFLINE/COMMUNICATION_ERROR otherwise. Connected handlers
     * override this.
     */
    protected void updateStatusBasedOnRssi(boolean receivedSignal) {
        if (receivedSignal) {
            updateStatus(ThingStatus.ONLINE);
        } else {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR);
        }
    }

    /** Records that the device showed activity. */
    protected void onActivity() {
        lastActivity = Instant.now();
    }

    /** A record without RSSI ({@link Integer#MIN_VALUE}) sets ONLINE directly, as in openHAB. */
    @Override
    public void onScanRecordReceived(BluetoothScanNotification scanNotification) {
        onActivity();
        int rssi = scanNotification.getRssi();
        if (rssi == Integer.MIN_VALUE) {
            updateStatus(ThingStatus.ONLINE);
        } else {
            updateRSSI(rssi);
        }
    }

    /** Every state except DISCONNECTED counts as activity. */
    @Override
    public void onConnectionStateChange(BluetoothConnectionStatusNotification connectionNotification) {
        if (connectionNotification.getConnectionState() != ConnectionState.DISCONNECTED) {
            onActivity();
        }
    }

    @Override
    public void onServicesDiscovered() {
        onActivity();
    }

    @Override
    public void onCharacteristicUpdate(BluetoothCharacteristic characteristic, byte[] value) {
        onActivity();
    }

    @Override
    public void onDescriptorUpdate(BluetoothDescriptor bluetoothDescriptor, byte[] value) {
        onActivity();
    }

    @Override
    public void onAdapterChanged(BluetoothAdapter adapter) {
        updateAdapter();
        updateAdapterLocation();
    }
}

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

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.BluetoothAdapter;
import org.openhab.binding.bluetooth.BluetoothCharacteristic;
import org.openhab.binding.bluetooth.BluetoothDescriptor;
import org.openhab.binding.bluetooth.BluetoothDevice.ConnectionState;
import org.openhab.binding.bluetooth.BluetoothDeviceListener;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.FrameAssembler;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;
import org.openhab.binding.bluetooth.notification.BluetoothConnectionStatusNotification;
import org.openhab.binding.bluetooth.notification.BluetoothScanNotification;

/**
 * A {@link BluetoothDeviceListener} for tests that writes down every event with its virtual time and reassembles the
 * notifications into datagrams, as a handler would.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class RecordingDeviceListener implements BluetoothDeviceListener {

    /**
     * One datagram reassembled from notifications.
     *
     * @param at virtual time of the notification that completed it
     * @param datagram the decoded datagram
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    record Arrival(Instant at, Datagram datagram) {
    }

    private final ManualScheduler scheduler;
    private final FrameAssembler assembler = new FrameAssembler();
    private final List<String> events = new ArrayList<>();
    private final List<Arrival> arrivals = new ArrayList<>();
    private final List<String> characteristics = new ArrayList<>();

    RecordingDeviceListener(ManualScheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public void onScanRecordReceived(BluetoothScanNotification scanNotification) {
        events.add("SCAN_RECORD " + scanNotification.getDeviceName() + " " + scanNotification.getRssi());
    }

    @Override
    public void onConnectionStateChange(BluetoothConnectionStatusNotification connectionNotification) {
        events.add(connectionNotification.getConnectionState().name());
        if (connectionNotification.getConnectionState() == ConnectionState.DISCONNECTED) {
            assembler.clear();
        }
    }

    @Override
    public void onServicesDiscovered() {
        events.add("SERVICES_DISCOVERED");
    }

    @Override
    public void onCharacteristicUpdate(BluetoothCharacteristic characteristic, byte[] value) {
        characteristics.add(characteristic.getUuid().toString());
        for (byte[] frame : assembler.feed(value)) {
            try {
                arrivals.add(new Arrival(scheduler.now(), Datagram.decode(frame)));
            } catch (ProtocolException e) {
                throw new AssertionError("the charger sent an invalid datagram: " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void onDescriptorUpdate(BluetoothDescriptor bluetoothDescriptor, byte[] value) {
        events.add("DESCRIPTOR_UPDATED");
    }

    @Override
    public void onAdapterChanged(BluetoothAdapter adapter) {
        events.add("ADAPTER_CHANGED");
    }

    /**
     * @return the connection, discovery and scan events, in order (notifications are in {@link #arrivals()})
     */
    List<String> events() {
        return List.copyOf(events);
    }

    List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    List<Integer> commands() {
        return arrivals.stream().map(arrival -> arrival.datagram().command()).toList();
    }

    /**
     * @return the UUID of the characteristic of every notification, in order
     */
    List<String> notifiedCharacteristics() {
        return List.copyOf(characteristics);
    }
}

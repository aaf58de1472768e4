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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.bluetooth.BluetoothCharacteristic;
import org.openhab.binding.bluetooth.BluetoothDevice.ConnectionState;
import org.openhab.binding.bluetooth.BluetoothException;
import org.openhab.binding.bluetooth.BluetoothService;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.ChargerSimulator;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;

/**
 * Proves that {@link SimulatedBluetoothDevice} behaves like a BLE charger seen through openHAB's Bluetooth API:
 * connection states, GATT table per board revision, subscription, writes, link drops (spec §1).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class SimulatedBluetoothDeviceTest {

    private static final UUID FFF0 = shortUuid("fff0");
    private static final UUID FFF1 = shortUuid("fff1");
    private static final UUID FFF2 = shortUuid("fff2");
    private static final UUID FD02 = shortUuid("fd02");

    private HandlerRig rig = new HandlerRig(new SimulatorConfig());
    private SimulatedBluetoothDevice device = rig.device();
    private RecordingDeviceListener listener = new RecordingDeviceListener(rig.scheduler());

    @BeforeEach
    void listen() {
        device.addListener(listener);
    }

    private void use(SimulatorConfig config) {
        rig = new HandlerRig(config);
        device = rig.device();
        listener = new RecordingDeviceListener(rig.scheduler());
        device.addListener(listener);
    }

    @Test
    void advertisesTheChargersNameAndShowsNoServicesBeforeConnecting() {
        assertThat(device.getName(), is("ACP#EVSE0708"));
        assertThat(device.getConnectionState(), is(ConnectionState.DISCOVERED));
        assertThat(device.getServices(), is(empty()));
        assertThat(rig.adapter().getDevice(HandlerRig.ADDRESS), is(sameInstance(device)));
        assertThat(rig.adapter().getUID(), is(HandlerRig.ADAPTER_UID));
    }

    @Test
    void connectReportsConnectingThenConnectedThenTheResolvedServices() throws InterruptedException {
        assertThat(device.connect(), is(true));
        assertThat(device.connect(), is(false));
        rig.advance(Duration.ZERO);
        assertThat(listener.events(), contains("CONNECTING"));

        rig.advance(Duration.ofSeconds(2));
        assertThat(listener.events(), contains("CONNECTING", "CONNECTED"));
        assertThat(device.getConnectionState(), is(ConnectionState.CONNECTED));
        assertThat(device.awaitConnection(0, TimeUnit.SECONDS), is(true));
        assertThat(device.isServicesDiscovered(), is(false));

        rig.advance(Duration.ofMillis(500));
        assertThat(listener.events(), contains("CONNECTING", "CONNECTED", "SERVICES_DISCOVERED"));
        assertThat(device.isServicesDiscovered(), is(true));
        assertThat(device.discoverServices(), is(true));
        rig.advance(Duration.ofSeconds(5));
        assertThat(listener.events(), hasSize(3));
    }

    @ParameterizedTest
    @EnumSource(GattProfile.class)
    void exposesTheGattTableOfTheBoardRevision(GattProfile profile) {
        use(new SimulatorConfig().gattProfile(profile));
        connect();

        assertThat(serviceUuids(), is(rig.simulator().gattServices().keySet()));
        assertThat(GattProfile.select(asSeenByAClient()), is(profile));
        BluetoothCharacteristic notify = characteristic(profile.notifyCharacteristic());
        assertThat(notify.getDescriptor(SimulatedGatt.CLIENT_CHARACTERISTIC_CONFIGURATION), is(notNullValue()));
        assertThat(characteristic(profile.writeCharacteristic()).getProperties(), is(SimulatedGatt.WRITE_PROPERTIES));
    }

    @Test
    void revisionBOffersTheDecoyServicesOfARealBs20() {
        connect();

        assertThat(serviceUuids(), hasItems(FFF0, shortUuid("fd00")));
        assertThat(characteristic(FFF1).canNotify(), is(false));
        assertThat(characteristic(FFF1).canWrite(), is(true));
        assertThat(characteristic(FD02).canNotify(), is(true));
    }

    @Test
    void subscribingBringsTheAnnouncementWithinASecond() {
        connect();
        BluetoothCharacteristic notify = characteristic(GattProfile.REVISION_B.notifyCharacteristic());
        Instant subscribed = rig.scheduler().now();

        CompletableFuture<@Nullable Void> subscription = device.enableNotifications(notify);
        rig.advance(Duration.ofMillis(1100));

        assertThat(subscription.isDone() && !subscription.isCompletedExceptionally(), is(true));
        assertThat(device.isNotifying(notify), is(true));
        assertThat(listener.commands(), contains(ChargerSimulator.ANNOUNCEMENT));
        assertThat(Duration.between(subscribed, listener.arrivals().get(0).at()),
                is(lessThanOrEqualTo(Duration.ofMillis(1100))));
        assertThat(listener.notifiedCharacteristics(), everyItem(is(notify.getUuid().toString())));
    }

    @Test
    void onlyCharacteristicsThatCanNotifyCanBeSubscribedAndOnlyOneCarriesData() {
        connect();

        assertFails(device.enableNotifications(characteristic(FFF1)), "NotSupported");
        CompletableFuture<@Nullable Void> decoy = device.enableNotifications(characteristic(FD02));
        rig.advance(Duration.ofSeconds(10));

        assertThat(decoy.isDone() && !decoy.isCompletedExceptionally(), is(true));
        assertThat(rig.simulator().isLinked(), is(false));
        assertThat(listener.arrivals(), is(empty()));
    }

    @Test
    void loginRequestWrittenToTheWriteCharacteristicIsAnsweredWithLoginResponse() {
        subscribe();
        rig.advance(Duration.ofMillis(1500));
        byte[] request = Datagram.toCharger(new SimulatorConfig().serial(), "123456", Command.REQUEST_LOGIN.code(),
                new LoginRequest().encodePayload()).encode();

        CompletableFuture<@Nullable Void> write = device
                .writeCharacteristic(characteristic(GattProfile.REVISION_B.writeCharacteristic()), request);
        rig.advance(Duration.ofSeconds(1));

        assertThat(write.isDone() && !write.isCompletedExceptionally(), is(true));
        assertThat(device.deliveredWrites(), contains(request));
        assertThat(rig.simulator().log().receivedCommands(), contains(Command.REQUEST_LOGIN.code()));
        assertThat(listener.commands(), contains(ChargerSimulator.ANNOUNCEMENT, ChargerSimulator.LOGIN_RESPONSE));
    }

    @Test
    void writesGoOnlyToTheRevisionsWriteCharacteristic() {
        subscribe();

        assertFails(device.writeCharacteristic(characteristic(GattProfile.REVISION_B.notifyCharacteristic()),
                new byte[] { 1 }), "serial bridge");
        assertFails(device.writeCharacteristic(characteristic(FFF2), new byte[] { 1 }), "serial bridge");
        rig.advance(Duration.ofSeconds(1));

        assertThat(device.deliveredWrites(), is(empty()));
        assertThat(rig.simulator().log().received(), is(empty()));
    }

    @Test
    void writesNeedAConnectionFitTheMaximumAndWaitForThePreviousOne() {
        BluetoothCharacteristic write = new BluetoothCharacteristic(GattProfile.REVISION_B.writeCharacteristic(), 1);
        assertFails(device.writeCharacteristic(write, new byte[] { 1 }), "not connected");

        subscribe();
        write = characteristic(GattProfile.REVISION_B.writeCharacteristic());
        device.radio().maxWriteLength(20);

        assertFails(device.writeCharacteristic(write, new byte[21]), "InvalidValueLength");
        CompletableFuture<@Nullable Void> first = device.writeCharacteristic(write, new byte[] { 1 });
        assertFails(device.writeCharacteristic(write, new byte[] { 2 }), "InProgress");
        rig.advance(Duration.ofMillis(20));
        CompletableFuture<@Nullable Void> third = device.writeCharacteristic(write, new byte[] { 3 });
        rig.advance(Duration.ofMillis(20));

        assertThat(first.isDone() && third.isDone(), is(true));
        assertThat(device.deliveredWrites(), contains(new byte[] { 1 }, new byte[] { 3 }));
        assertThat(device.requests().count(Request.WRITE), is(5));
    }

    @Test
    void chargerDroppingTheLinkIsReportedAsDisconnected() {
        subscribe();
        rig.advance(Duration.ofSeconds(2));
        int announcements = listener.arrivals().size();

        rig.simulator().faults().dropLinkNow();
        rig.advance(Duration.ofMillis(10));

        assertThat(listener.events(), contains("CONNECTING", "CONNECTED", "SERVICES_DISCOVERED", "DISCONNECTED"));
        assertThat(device.getConnectionState(), is(ConnectionState.DISCONNECTED));
        assertThat(device.isNotifying(characteristic(GattProfile.REVISION_B.notifyCharacteristic())), is(false));
        rig.advance(Duration.ofSeconds(30));
        assertThat(listener.arrivals(), hasSize(announcements));
    }

    @Test
    void disconnectTellsTheChargerAndTheListeners() {
        subscribe();

        assertThat(device.disconnect(), is(true));
        assertThat(device.disconnect(), is(false));
        rig.advance(Duration.ofMillis(10));

        assertThat(rig.simulator().isLinked(), is(false));
        assertThat(listener.events().get(listener.events().size() - 1), is("DISCONNECTED"));
        assertThat(device.requests().count(Request.DISCONNECT), is(2));
    }

    @Test
    void lostRadioLinkEndsTheConnectionOnBothSides() {
        subscribe();

        device.loseLink();
        rig.advance(Duration.ofMillis(10));

        assertThat(rig.simulator().isLinked(), is(false));
        assertThat(device.getConnectionState(), is(ConnectionState.DISCONNECTED));
    }

    @Test
    void notificationsOfAnOldConnectionAreNeverDelivered() {
        device.radio().eventDelay(Duration.ofMillis(500));
        subscribe();
        rig.advance(Duration.ofMillis(1100));
        assertThat(rig.simulator().notifications(), is(not(empty())));

        device.loseLink();
        device.radio().eventDelay(Duration.ofMillis(10));
        rig.advance(Duration.ofSeconds(1));
        device.connect();
        rig.advance(Duration.ofSeconds(5));

        assertThat(listener.arrivals(), is(empty()));
    }

    @Test
    void refusedConnectionIsReportedAsDisconnectedAfterTheTimeout() {
        device.radio().refuseConnections(true);

        device.connect();
        rig.advance(Duration.ofMillis(9999));
        assertThat(listener.events(), contains("CONNECTING"));
        rig.advance(Duration.ofMillis(1));

        assertThat(listener.events(), contains("CONNECTING", "DISCONNECTED"));
        assertThat(rig.simulator().isLinked(), is(false));
        device.radio().refuseConnections(false);
        connect();
        assertThat(device.getConnectionState(), is(ConnectionState.CONNECTED));
    }

    @ParameterizedTest
    @ValueSource(booleans = { true, false })
    void reconnectResolvesTheServicesAgainUnlessBlueZForgets(boolean servicesEventOnReconnect) {
        device.radio().servicesEventOnReconnect(servicesEventOnReconnect);
        subscribe();
        rig.advance(Duration.ofMillis(1100));
        device.loseLink();
        rig.advance(Duration.ofSeconds(1));

        subscribe();
        rig.advance(Duration.ofMillis(1100));

        long resolutions = listener.events().stream().filter("SERVICES_DISCOVERED"::equals).count();
        assertThat(resolutions, is(servicesEventOnReconnect ? 2L : 1L));
        assertThat(listener.commands(), contains(ChargerSimulator.ANNOUNCEMENT, ChargerSimulator.ANNOUNCEMENT));
    }

    @Test
    void advertisementRediscoversADisconnectedCharger() {
        assertThat(device.advertise(-60), is(true));
        connect();
        assertThat(device.advertise(-61), is(false));
        device.loseLink();
        rig.advance(Duration.ofSeconds(1));

        device.setAdvertisingInterval(Duration.ofSeconds(2), -70);
        rig.advance(Duration.ofSeconds(4));

        assertThat(listener.events(),
                contains("SCAN_RECORD ACP#EVSE0708 -60", "CONNECTING", "CONNECTED", "SERVICES_DISCOVERED",
                        "DISCONNECTED", "DISCOVERED", "SCAN_RECORD ACP#EVSE0708 -70", "SCAN_RECORD ACP#EVSE0708 -70"));
        assertThat(device.getRssi(), is(-70));
        device.setAdvertisingInterval(null, 0);
    }

    private void connect() {
        device.connect();
        rig.advance(Duration.ofMillis(2500));
        assertThat(device.isServicesDiscovered(), is(true));
    }

    private void subscribe() {
        connect();
        device.enableNotifications(characteristic(GattProfile.REVISION_B.notifyCharacteristic()));
        rig.advance(Duration.ofMillis(20));
        assertThat(rig.simulator().isLinked(), is(true));
    }

    private BluetoothCharacteristic characteristic(UUID uuid) {
        BluetoothCharacteristic characteristic = device.getCharacteristic(uuid);
        if (characteristic == null) {
            throw new AssertionError("no characteristic " + uuid);
        }
        return characteristic;
    }

    private Set<UUID> serviceUuids() {
        return device.getServices().stream().map(BluetoothService::getUuid).collect(Collectors.toSet());
    }

    private Map<UUID, List<GattProfile.Characteristic>> asSeenByAClient() {
        Map<UUID, List<GattProfile.Characteristic>> services = new HashMap<>();
        for (BluetoothService service : device.getServices()) {
            services.put(service.getUuid(), service.getCharacteristics().stream()
                    .map(c -> new GattProfile.Characteristic(c.getUuid(), c.canWrite(), c.canNotify())).toList());
        }
        return services;
    }

    private static void assertFails(CompletableFuture<?> future, String reason) {
        ExecutionException failure = assertThrows(ExecutionException.class, future::get);
        Throwable cause = failure.getCause();
        assertThat(cause, is(instanceOf(BluetoothException.class)));
        assertThat(cause == null ? null : cause.getMessage(), containsString(reason));
    }

    private static UUID shortUuid(String shortUuid) {
        return UUID.fromString("0000" + shortUuid + "-0000-1000-8000-00805f9b34fb");
    }
}

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
import static org.mockito.Mockito.verify;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.BluetoothCharacteristic;
import org.openhab.binding.bluetooth.ConnectedBluetoothHandler;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Datagram;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.FrameAssembler;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.LoginRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.ChargerSimulator;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.types.Command;

/**
 * Runs the real {@link ConnectedBluetoothHandler} base class (stand-in) against the {@link HandlerRig}, with a probe
 * subclass that subscribes in {@code onServicesDiscovered}: the rig must carry a handler from initialisation to the
 * charger's announcement, through link drops, refused connections and the base class's own helper methods.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class HandlerRigTest {

    private final HandlerRig rig = new HandlerRig(new SimulatorConfig());

    @AfterEach
    void disposeHandler() {
        rig.dispose();
    }

    @Test
    void baseHandlerConnectsAndReceivesTheAnnouncement() {
        ProbeHandler handler = rig.attach(new ProbeHandler(rig.thing()));

        handler.initialize();
        rig.awaitConnectRequests(1);
        rig.advance(Duration.ofSeconds(4));

        assertThat(handler.commands(), contains(ChargerSimulator.ANNOUNCEMENT));
        assertThat(rig.status().getStatus(), is(ThingStatus.UNKNOWN));
        assertThat(rig.thing().getChannel("rssi"), is(notNullValue()));
        verify(rig.callback()).statusUpdated(rig.thing(),
                new ThingStatusInfo(ThingStatus.UNKNOWN, ThingStatusDetail.NONE, null));
    }

    @Test
    void chargerDroppingTheLinkTurnsTheThingOffline() {
        connectedProbe();

        rig.simulator().faults().dropLinkNow();
        rig.advance(Duration.ofMillis(10));

        assertThat(rig.status().getStatus(), is(ThingStatus.OFFLINE));
        assertThat(rig.status().getStatusDetail(), is(ThingStatusDetail.COMMUNICATION_ERROR));
    }

    @Test
    void advertisementAfterALostLinkMakesTheBaseHandlerReconnect() {
        ProbeHandler handler = connectedProbe();
        rig.device().loseLink();
        rig.advance(Duration.ofSeconds(1));

        rig.device().advertise(-70);
        rig.awaitConnectRequests(2);
        rig.advance(Duration.ofSeconds(4));

        assertThat(handler.commands(), contains(ChargerSimulator.ANNOUNCEMENT, ChargerSimulator.ANNOUNCEMENT));
    }

    @Test
    void chargerHeldByThePhoneAppKeepsTheThingOffline() {
        rig.device().radio().refuseConnections(true);
        ProbeHandler handler = rig.attach(new ProbeHandler(rig.thing()));

        handler.initialize();
        rig.awaitConnectRequests(1);
        rig.advance(Duration.ofSeconds(10));

        assertThat(rig.status().getStatus(), is(ThingStatus.OFFLINE));
        assertThat(rig.status().getStatusDetail(), is(ThingStatusDetail.COMMUNICATION_ERROR));
        assertThat(rig.simulator().isLinked(), is(false));
        assertThat(handler.commands(), is(empty()));
    }

    @Test
    void baseHandlerHelpersWriteFromTheirOwnThread() throws InterruptedException, ExecutionException, TimeoutException {
        ProbeHandler handler = connectedProbe();
        SimulatorConfig charger = rig.simulator().configuration();
        byte[] login = Datagram.toCharger(charger.serial(), charger.pin(),
                org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command.REQUEST_LOGIN.code(),
                new LoginRequest().encodePayload()).encode();

        CompletableFuture<@Nullable Void> written = handler.writeCharacteristic(GattProfile.REVISION_B.writeService(),
                GattProfile.REVISION_B.writeCharacteristic(), login, false);
        rig.awaitRequests(Request.WRITE, 1);
        rig.advance(Duration.ofSeconds(1));

        written.get(5, TimeUnit.SECONDS);
        assertThat(handler.commands(), contains(ChargerSimulator.ANNOUNCEMENT, ChargerSimulator.LOGIN_RESPONSE));
    }

    @Test
    void configurationReachesTheThing() {
        rig.configure("watchdogTimeout", 20);

        assertThat(rig.thing().getConfiguration().get("watchdogTimeout"), is(BigDecimal.valueOf(20)));
        assertThat(rig.thing().getConfiguration().get("address"), is(HandlerRig.ADDRESS.toString()));
        assertThat(rig.thing().getConfiguration().get("password"), is("123456"));
        assertThat(rig.thing().getBridgeUID(), is(HandlerRig.ADAPTER_UID));
    }

    private ProbeHandler connectedProbe() {
        ProbeHandler handler = rig.attach(new ProbeHandler(rig.thing()));
        handler.initialize();
        rig.awaitConnectRequests(1);
        rig.advance(Duration.ofSeconds(4));
        assertThat(handler.commands(), contains(ChargerSimulator.ANNOUNCEMENT));
        return handler;
    }

    /**
     * The smallest connected handler: subscribes to the charger's notify characteristic whenever services are
     * discovered and reassembles what arrives.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private static final class ProbeHandler extends ConnectedBluetoothHandler {

        private final FrameAssembler assembler = new FrameAssembler();
        private final List<Integer> commands = new CopyOnWriteArrayList<>();

        ProbeHandler(Thing thing) {
            super(thing);
        }

        @Override
        public void onServicesDiscovered() {
            super.onServicesDiscovered();
            BluetoothCharacteristic notify = device.getCharacteristic(GattProfile.REVISION_B.notifyCharacteristic());
            if (notify != null) {
                device.enableNotifications(notify);
            }
        }

        @Override
        public void onCharacteristicUpdate(BluetoothCharacteristic characteristic, byte[] value) {
            super.onCharacteristicUpdate(characteristic, value);
            for (byte[] frame : assembler.feed(value)) {
                try {
                    commands.add(Datagram.decode(frame).command());
                } catch (ProtocolException e) {
                    throw new AssertionError("invalid datagram from the charger", e);
                }
            }
        }

        @Override
        public void handleCommand(ChannelUID channelUID, Command command) {
            // the probe has no channels of its own
        }

        List<Integer> commands() {
            return List.copyOf(commands);
        }
    }
}

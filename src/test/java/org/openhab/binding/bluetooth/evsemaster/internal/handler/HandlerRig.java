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

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;
import static org.openhab.binding.bluetooth.BluetoothBindingConstants.*;
import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.mockito.invocation.InvocationOnMock;
import org.openhab.binding.bluetooth.BluetoothAddress;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.ChargerSimulator;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.ThingHandler;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.BridgeBuilder;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.State;

/**
 * Everything a handler test needs around one simulated charger: a {@link ManualScheduler}, the
 * {@link ChargerSimulator}, a {@link SimulatedBluetoothDevice} behind a {@link SimulatedBluetoothAdapter} that is the
 * handler of the ONLINE bridge {@code bluetooth:bluez:hci0}, the charger Thing below it (configured with the
 * charger's address and PIN) and a Mockito {@link ThingHandlerCallback} that answers like the framework: it finds the
 * bridge, reports every channel as linked, applies status updates to the Thing, follows {@code updateThing} and
 * builds channels (UID and channel type only: there is no channel type registry);
 * statuses and states are also kept in order ({@link #statusHistory()}, {@link #states(String)}). The test builds
 * the handler itself, so the rig does not depend on its constructor:
 *
 * <pre>
 * HandlerRig rig = new HandlerRig(new SimulatorConfig());
 * EvseHandler handler = rig.attach(new EvseHandler(rig.thing()));
 * handler.initialize();
 * rig.awaitConnectRequests(1); // ConnectedBluetoothHandler connects from its own thread
 * rig.advance(Duration.ofSeconds(10));
 * verify(rig.callback()).statusUpdated(rig.thing(),
 *         new ThingStatusInfo(ThingStatus.ONLINE, ThingStatusDetail.NONE, null));
 * rig.dispose();
 * </pre>
 *
 * Verify with exact arguments ({@code ThingStatusInfo} and states compare by value) or read the recorded history:
 * under {@code @NonNullByDefault}, Mockito's argument matchers make ecj warn ("unsafe interpretation of method
 * return type"), which fails the build.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class HandlerRig {

    public static final ThingTypeUID ADAPTER_TYPE = new ThingTypeUID(BINDING_ID, "bluez");
    public static final ThingUID ADAPTER_UID = new ThingUID(ADAPTER_TYPE, "hci0");
    public static final BluetoothAddress ADDRESS = new BluetoothAddress("A4:C1:38:0B:7E:39");
    public static final ThingUID THING_UID = new ThingUID(THING_TYPE_EVSE, ADAPTER_UID, "a4c1380b7e39");

    /** Real time to wait for a call from a handler's own thread before the test fails. */
    private static final Duration REAL_TIME_LIMIT = Duration.ofSeconds(5);

    private final ManualScheduler scheduler = new ManualScheduler();
    private final ChargerSimulator simulator;
    private final Bridge bridge;
    private final SimulatedBluetoothAdapter adapter;
    private final SimulatedBluetoothDevice device;
    @NonNullByDefault({})
    private final ThingHandlerCallback callback;
    private final List<ThingStatusInfo> statusHistory = new CopyOnWriteArrayList<>();
    private final List<Map.Entry<ChannelUID, State>> stateHistory = new CopyOnWriteArrayList<>();
    private volatile Thing thing;
    private volatile @Nullable ThingHandler handler;

    public HandlerRig(SimulatorConfig config) {
        simulator = new ChargerSimulator(scheduler, config);
        bridge = BridgeBuilder.create(ADAPTER_TYPE, ADAPTER_UID).withLabel("Bluetooth Adapter").build();
        adapter = new SimulatedBluetoothAdapter(bridge);
        bridge.setHandler(adapter);
        bridge.setStatusInfo(ThingStatusInfoBuilder.create(ThingStatus.ONLINE).build());
        device = new SimulatedBluetoothDevice(adapter, ADDRESS, scheduler, simulator);
        adapter.addDevice(device);

        Map<String, Object> configuration = new HashMap<>();
        configuration.put(CONFIGURATION_ADDRESS, ADDRESS.toString());
        configuration.put(CONFIG_PASSWORD, config.pin());
        thing = ThingBuilder.create(THING_TYPE_EVSE, THING_UID).withBridge(ADAPTER_UID).withLabel("EVSE Master Charger")
                .withConfiguration(new Configuration(configuration)).build();
        callback = mock(ThingHandlerCallback.class, withSettings().defaultAnswer(this::answerAsTheFramework));
    }

    private @Nullable Object answerAsTheFramework(InvocationOnMock call) {
        Object[] arguments = call.getArguments();
        return switch (call.getMethod().getName()) {
            case "getBridge" -> bridge.getUID().equals(arguments[0]) ? bridge : null;
            case "isChannelLinked" -> true;
            case "statusUpdated" -> {
                ThingStatusInfo status = (ThingStatusInfo) arguments[1];
                ((Thing) arguments[0]).setStatusInfo(status);
                statusHistory.add(status);
                yield null;
            }
            case "thingUpdated" -> {
                followUpdatedThing((Thing) arguments[0]);
                yield null;
            }
            case "stateUpdated" -> {
                stateHistory.add(Map.entry((ChannelUID) arguments[0], (State) arguments[1]));
                yield null;
            }
            // without the channel type registry only UID and type are known
            case "createChannelBuilder" ->
                ChannelBuilder.create((ChannelUID) arguments[0]).withType((ChannelTypeUID) arguments[1]);
            case "editChannel" -> editChannel((Thing) arguments[0], (ChannelUID) arguments[1]);
            case "createChannelBuilders" -> List.of();
            default -> null;
        };
    }

    private static ChannelBuilder editChannel(Thing owner, ChannelUID channelUID) {
        Channel channel = owner.getChannel(channelUID);
        if (channel == null) {
            throw new IllegalArgumentException("no channel " + channelUID);
        }
        return ChannelBuilder.create(channel);
    }

    private void followUpdatedThing(Thing updated) {
        // editThing() copies neither status nor handler; the framework keeps both for the new instance
        Thing previous = thing;
        updated.setStatusInfo(previous.getStatusInfo());
        updated.setHandler(previous.getHandler());
        thing = updated;
    }

    /**
     * Puts a configuration parameter of the charger Thing (before the handler initialises).
     */
    public HandlerRig configure(String key, @Nullable Object value) {
        thing.getConfiguration().put(key, value);
        return this;
    }

    /**
     * Gives the handler the callback and makes it the Thing's handler.
     *
     * @return the handler
     */
    public <H extends ThingHandler> H attach(H newHandler) {
        newHandler.setCallback(callback);
        thing.setHandler(newHandler);
        handler = newHandler;
        return newHandler;
    }

    /**
     * Disposes the attached handler (which stops its connection thread), if any.
     */
    public void dispose() {
        ThingHandler current = handler;
        if (current != null) {
            current.dispose();
        }
    }

    /**
     * Moves virtual time on; every device event, charger timer and virtual-time task runs on this thread.
     */
    public void advance(Duration duration) {
        scheduler.advance(duration);
    }

    /**
     * Waits (real time, at most 5 s) until {@code connect()} has been called on the device {@code count} times in
     * total, e.g. by the reconnect job that {@code ConnectedBluetoothHandler.initialize()} starts on its own thread.
     *
     * @throws AssertionError if that does not happen in time
     */
    public void awaitConnectRequests(int count) {
        awaitRequests(Request.CONNECT, count);
    }

    /**
     * Waits (real time, at most 5 s) until the device has been asked for the operation {@code count} times in total.
     * Needed wherever a handler acts from a thread of its own: the base class's connection thread connects, and its
     * {@code writeCharacteristic/enableNotifications(UUID, UUID, ...)} helpers run there too. Device work done on
     * the thread that advances the scheduler needs no waiting.
     *
     * @throws AssertionError if that does not happen in time
     */
    public void awaitRequests(Request request, int count) {
        try {
            if (!device.requests().await(request, count, REAL_TIME_LIMIT)) {
                throw new AssertionError(
                        "expected " + count + " " + request + " requests, got " + device.requests().count(request));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for " + request, e);
        }
    }

    /**
     * @return the charger Thing as the handler currently has it
     */
    public Thing thing() {
        return thing;
    }

    public ThingStatusInfo status() {
        return thing.getStatusInfo();
    }

    /**
     * @return every status the handler reported, in order
     */
    public List<ThingStatusInfo> statusHistory() {
        return List.copyOf(statusHistory);
    }

    /**
     * @param channelId the channel id (with group prefix {@code group#} if the channel is in a group)
     * @return every state the handler reported for that channel of the charger Thing, in order
     */
    public List<State> states(String channelId) {
        return stateHistory.stream().filter(update -> update.getKey().getId().equals(channelId))
                .map(Map.Entry::getValue).toList();
    }

    /**
     * @return the Mockito mock the handler reports to, for {@code verify}
     */
    @NonNullByDefault({})
    public ThingHandlerCallback callback() {
        return callback;
    }

    public ManualScheduler scheduler() {
        return scheduler;
    }

    public ChargerSimulator simulator() {
        return simulator;
    }

    public SimulatedBluetoothDevice device() {
        return device;
    }

    public SimulatedBluetoothAdapter adapter() {
        return adapter;
    }

    public Bridge bridge() {
        return bridge;
    }
}

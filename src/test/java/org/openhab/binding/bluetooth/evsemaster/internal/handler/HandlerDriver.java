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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothBindingConstants;
import org.openhab.binding.bluetooth.evsemaster.internal.handler.RequestLog.Request;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ManualScheduler;
import org.openhab.binding.bluetooth.evsemaster.internal.simulator.SimulatorConfig;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.binding.builder.ChannelBuilder;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.State;

/**
 * Drives an {@link EvseHandler} on a {@link HandlerRig} in virtual time. The handler's writes and subscriptions run
 * on the connection thread of its Bluetooth base class and complete on the shared thread pool, in real time; so
 * virtual time only moves on when every operation the handler started has reached the simulated device and every
 * completed write has come back to the session ({@link #settle()}), and then only up to the next due task. That
 * keeps the conversation in the order and at the virtual times of a real one.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class HandlerDriver {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final Duration REAL_TIME_LIMIT = Duration.ofSeconds(5);
    private static final long PAUSE_NANOS = 50_000;
    private static final long ACTOR_WAIT_MILLIS = 20;
    private static final String THING_TYPES = "/OH-INF/thing/thing-types.xml";
    private static final Pattern CHANNEL = Pattern.compile("<channel id=\"([^\"]+)\" typeId=\"([^\"]+)\"");

    private final HandlerRig rig;
    private final EvseHandler handler;
    private final GattLink link;

    HandlerDriver(SimulatorConfig config) {
        this(config, HaBrokerConnectionPort::new);
    }

    /**
     * @param mqttPorts creates the MQTT client of the Home Assistant mirror (only used if a broker is configured)
     */
    HandlerDriver(SimulatorConfig config, HomeAssistantLink.PortFactory mqttPorts) {
        rig = new HandlerRig(config.zone(ZONE));
        // the framework creates a Thing with the channels of its type
        rig.callback().thingUpdated(ThingBuilder.create(rig.thing()).withChannels(thingTypeChannels()).build());
        ManualScheduler scheduler = rig.scheduler();
        handler = rig.attach(new EvseHandler(rig.thing(), () -> ZONE, scheduler, scheduler.clock(), mqttPorts));
        link = handler.link();
    }

    /**
     * @return the channels of {@code thing-types.xml}, with id and channel type
     */
    static List<Channel> thingTypeChannels() {
        String xml;
        try (InputStream in = HandlerDriver.class.getResourceAsStream(THING_TYPES)) {
            if (in == null) {
                throw new AssertionError("no " + THING_TYPES);
            }
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + THING_TYPES, e);
        }
        List<Channel> channels = new ArrayList<>();
        Matcher channel = CHANNEL.matcher(xml);
        while (channel.find()) {
            channels.add(ChannelBuilder.create(new ChannelUID(HandlerRig.THING_UID, channel.group(1)))
                    .withType(new ChannelTypeUID(BluetoothBindingConstants.BINDING_ID, channel.group(2))).build());
        }
        return channels;
    }

    HandlerRig rig() {
        return rig;
    }

    EvseHandler handler() {
        return handler;
    }

    /**
     * Initialises the handler and runs until the Thing is ONLINE.
     */
    HandlerDriver online() {
        handler.initialize();
        rig.awaitConnectRequests(1);
        runUntil(() -> rig.status().getStatus() == ThingStatus.ONLINE, Duration.ofSeconds(30));
        // the reads after the login
        run(Duration.ofSeconds(2));
        return this;
    }

    /**
     * Moves virtual time on by {@code duration}, task by task, settling the handler's real-time work in between.
     */
    void run(Duration duration) {
        Instant end = rig.scheduler().now().plus(duration);
        while (true) {
            settle();
            Duration left = Duration.between(rig.scheduler().now(), end);
            if (left.isNegative() || left.isZero()) {
                return;
            }
            Duration next = rig.scheduler().nextTaskDelay();
            rig.advance(next == null || next.compareTo(left) > 0 ? left : next);
        }
    }

    /**
     * Runs until the condition holds.
     *
     * @throws AssertionError if it does not hold within {@code limit} of virtual time
     */
    void runUntil(BooleanSupplier condition, Duration limit) {
        Instant end = rig.scheduler().now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (!rig.scheduler().now().isBefore(end)) {
                throw new AssertionError("condition not reached within " + limit + "; status " + rig.status());
            }
            Duration next = rig.scheduler().nextTaskDelay();
            Duration left = Duration.between(rig.scheduler().now(), end);
            rig.advance(next == null || next.compareTo(left) > 0 ? left : next);
            settle();
        }
    }

    /**
     * Runs until the future is done and returns its outcome. The future may be completed by another thread (a rule
     * action waiting for the charger), so before each step of virtual time that thread gets some real time to act.
     */
    <T> @Nullable T complete(CompletableFuture<T> future) throws ExecutionException {
        Instant end = rig.scheduler().now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                return future.get(ACTOR_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            } catch (TimeoutException e) {
                // the other thread waits for the charger: move virtual time on
            }
            if (!rig.scheduler().now().isBefore(end)) {
                throw new AssertionError("not done within 60 s of virtual time; status " + rig.status());
            }
            settle();
            Duration next = rig.scheduler().nextTaskDelay();
            Duration left = Duration.between(rig.scheduler().now(), end);
            rig.advance(next == null || next.compareTo(left) > 0 ? left : next);
            settle();
        }
    }

    /**
     * Waits in real time until the handler's Bluetooth operations are either parked at the device (waiting for
     * virtual time) or back in the session.
     */
    void settle() {
        Instant deadline = Instant.now().plus(REAL_TIME_LIMIT);
        while (!settled()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the handler's Bluetooth operations did not settle: " + link);
            }
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    private boolean settled() {
        RequestLog requests = rig.device().requests();
        // a write that failed before reaching the device (link released, executor stopped) counts as arrived
        return link.writesStarted() <= requests.count(Request.WRITE) + link.writesFailed()
                && link.subscriptionsStarted() == requests.count(Request.SUBSCRIBE)
                && link.writesSucceeded() == rig.device().deliveredWrites().size();
    }

    /**
     * @return the states the handler reported for the channel, in order
     */
    List<State> states(String channelId) {
        return rig.states(channelId);
    }

    /**
     * @return the last state the handler reported for the channel
     * @throws AssertionError if it reported none
     */
    State state(String channelId) {
        List<State> states = rig.states(channelId);
        if (states.isEmpty()) {
            throw new AssertionError("no state for channel " + channelId);
        }
        return states.get(states.size() - 1);
    }

    void dispose() {
        rig.dispose();
    }
}

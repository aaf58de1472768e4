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
package org.openhab.binding.bluetooth.evsemaster.internal.homeassistant;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Mirrors one charger into Home Assistant over MQTT: one retained device-based discovery message, retained states
 * published on change, an availability topic that is {@code online} only while the charger is logged in (the
 * connection's will sets it {@code offline}), a complete refresh when Home Assistant announces itself, and
 * validated commands handed to a {@link CommandSink}.
 * <p>
 * Inputs are channel-level: {@link #update(String, String)} takes a channel id and the state in Home Assistant's
 * form (see {@link Components}). Nothing is published before {@link #setDevice} told who the charger is; values
 * given before are kept. All methods are thread-safe and return fast; timers run on the injected scheduler.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class HaMirror {

    /** The state payload Home Assistant reads as "unknown". */
    public static final String UNKNOWN = "None";
    public static final String ONLINE = "online";
    public static final String OFFLINE = "offline";
    static final int QOS = 1;
    /** Home Assistant recommends a random delay before answering its birth message. */
    static final Duration BIRTH_DELAY_MIN = Duration.ofSeconds(1);
    static final Duration BIRTH_DELAY_SPREAD = Duration.ofSeconds(4);
    static final Duration RESUBSCRIBE_DELAY = Duration.ofSeconds(1);

    private final MirrorConfig config;
    private final MqttPort port;
    private final ScheduledExecutorService scheduler;
    private final String originVersion;
    private final Map<String, String> values = new HashMap<>();
    private final RetainedPublisher publisher;
    private final MirrorSubscriptions subscriptions;
    private final BirthRefresh birthRefresh;
    private final CommandIntake intake;
    private final MirrorRemoval removal;
    private @Nullable DeviceInfo device;
    private List<Component> components = List.of();
    private @Nullable Topics topics;
    private boolean available;
    private boolean connected;
    private boolean closed;
    private boolean portStopped;

    /**
     * @param config the mirror settings; must be enabled
     * @param port the MQTT client
     * @param scheduler runs the birth-message delay and the republishing after a (re)connect
     * @param commands receives validated commands (only called if commands are allowed)
     * @param random draws the birth-message delay
     * @param originVersion the binding's version for the discovery origin
     */
    public HaMirror(MirrorConfig config, MqttPort port, ScheduledExecutorService scheduler, CommandSink commands,
            Random random, String originVersion) {
        if (!config.enabled()) {
            throw new IllegalArgumentException("the mirror is off (no broker host)");
        }
        this.config = config;
        this.port = port;
        this.scheduler = scheduler;
        this.originVersion = originVersion;
        this.publisher = new RetainedPublisher(port);
        this.subscriptions = new MirrorSubscriptions(port, scheduler, config.commandsAllowed(), () -> resubscribe());
        this.birthRefresh = new BirthRefresh(scheduler, random, () -> refresh());
        this.intake = new CommandIntake(config.commandsAllowed(), commands, target -> publishState(target, true));
        this.removal = new MirrorRemoval(port, () -> stopPort());
    }

    /**
     * Tells the mirror who the charger is. The first call connects to the broker; later calls update the discovery
     * message if anything changed (the charger's id stays the one of the first call).
     */
    public synchronized void setDevice(DeviceInfo info) {
        DeviceInfo current = device;
        if (closed || info.equals(current)) {
            return;
        }
        DeviceInfo next = current != null && info.name().isBlank() ? info.withName(current.name()) : info;
        device = next;
        components = Components.forDevice(next, config.commandsAllowed());
        if (current == null) {
            Topics newTopics = Topics.of(config, next.id());
            topics = newTopics;
            port.start(new MqttPort.Will(newTopics.availability(), OFFLINE, QOS, true), new PortListener());
        } else if (connected) {
            publishConfig();
        }
    }

    /**
     * @param channelId a channel id of {@link Components}; other ids are ignored
     * @param value the state in Home Assistant's form, {@link #UNKNOWN} if undefined
     */
    public synchronized void update(String channelId, String value) {
        if (closed || value.equals(values.put(channelId, value))) {
            return;
        }
        DeviceInfo current = device;
        if ("name".equals(channelId) && current != null && !UNKNOWN.equals(value) && !value.equals(current.name())) {
            setDevice(current.withName(value));
        }
        component(channelId).ifPresent(component -> publishState(component, false));
    }

    /**
     * @param snapshot channel ids and states, as for {@link #update(String, String)}
     */
    public synchronized void update(Map<String, String> snapshot) {
        snapshot.forEach(this::update);
    }

    /**
     * @param loggedIn whether the charger's session is logged in
     */
    public synchronized void setAvailable(boolean loggedIn) {
        if (available != loggedIn) {
            available = loggedIn;
            publishAvailability();
        }
    }

    /**
     * Ends the mirror for now (Thing disabled or disposed): the charger turns unavailable in Home Assistant, the
     * connection closes cleanly. Home Assistant keeps the device.
     *
     * @return completes when the connection is closed
     */
    public synchronized CompletableFuture<@Nullable Void> stop() {
        closed = true;
        birthRefresh.cancel();
        Topics current = topics;
        CompletableFuture<Boolean> offline = connected && current != null && !removal.requested() && !portStopped
                ? port.publish(current.availability(), OFFLINE, QOS, true)
                : CompletableFuture.completedFuture(false);
        return offline.handle((sent, error) -> true).thenCompose(done -> stopPort()).handle((done, error) -> null);
    }

    /**
     * Removes the charger from Home Assistant (Thing removed or mirror turned off): empty retained discovery, state
     * and availability messages, then a clean disconnect. Done at once when connected, else on the next connect.
     *
     * @return completes when the removal was published and the connection closed
     */
    public synchronized CompletableFuture<@Nullable Void> remove() {
        closed = true;
        birthRefresh.cancel();
        return removal.request(topics, connected);
    }

    private synchronized void onConnected() {
        Topics current = topics;
        connected = true;
        if (current == null || portStopped) {
            return;
        }
        if (removal.requested()) {
            removal.publish(current);
            return;
        }
        if (closed) {
            return;
        }
        // availability goes online only once commands can arrive
        subscriptions.subscribe(current).whenComplete((done, error) -> scheduler.execute(this::refresh));
    }

    private synchronized void resubscribe() {
        Topics current = topics;
        if (connected && !closed && current != null) {
            subscriptions.subscribe(current);
        }
    }

    private synchronized void onConnectionLost() {
        connected = false;
    }

    private void onMessage(String topic, String payload) {
        @Nullable
        Runnable handOver;
        synchronized (this) {
            Topics current = topics;
            DeviceInfo currentDevice = device;
            if (closed || current == null || currentDevice == null) {
                return;
            }
            if (topic.equals(current.homeAssistantStatus())) {
                if (ONLINE.equals(payload)) {
                    birthRefresh.schedule();
                }
                return;
            }
            handOver = intake.accept(current, currentDevice, components, topic, payload);
        }
        if (handOver != null) {
            handOver.run();
        }
    }

    private synchronized void refresh() {
        birthRefresh.forget();
        if (connected && !closed) {
            publishAll();
        }
    }

    private void publishAll() {
        publisher.forget();
        publishConfig();
        publishAvailability();
        components.forEach(component -> publishState(component, false));
    }

    private void publishConfig() {
        Topics current = topics;
        DeviceInfo currentDevice = device;
        if (current != null && currentDevice != null) {
            publisher.send(current.config(),
                    DiscoveryPayload.build(currentDevice, components, current, originVersion, QOS));
        }
    }

    private void publishAvailability() {
        Topics current = topics;
        if (connected && !closed && current != null) {
            publisher.send(current.availability(), available ? ONLINE : OFFLINE);
        }
    }

    /**
     * @param force publish even if unchanged, {@link #UNKNOWN} if no value is known
     */
    private void publishState(Component component, boolean force) {
        Topics current = topics;
        String value = values.get(component.channelId());
        if (!connected || current == null || component.platform() == Platform.BUTTON || value == null && !force) {
            return;
        }
        publisher.publishState(current.state(component), value == null ? UNKNOWN : value, force);
    }

    private synchronized CompletableFuture<Boolean> stopPort() {
        if (portStopped || topics == null) {
            return CompletableFuture.completedFuture(true);
        }
        portStopped = true;
        return port.stop();
    }

    private Optional<Component> component(String channelId) {
        return components.stream().filter(component -> component.channelId().equals(channelId)).findFirst();
    }

    /**
     * Forwards the adapter's callbacks; the (re)connect work runs on the scheduler.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private class PortListener implements MqttPort.Listener {

        @Override
        public void connected() {
            scheduler.execute(HaMirror.this::onConnected);
        }

        @Override
        public void connectionLost() {
            onConnectionLost();
        }

        @Override
        public void messageArrived(String topic, String payload) {
            onMessage(topic, payload);
        }
    }
}

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private final Logger logger = LoggerFactory.getLogger(HaMirror.class);
    private final MirrorConfig config;
    private final MqttPort port;
    private final ScheduledExecutorService scheduler;
    private final CommandSink commands;
    private final Random random;
    private final String originVersion;
    private final Map<String, String> values = new HashMap<>();
    /** Last payload per state topic since the last (re)connect or refresh. */
    private final Map<String, String> published = new HashMap<>();
    private final CompletableFuture<@Nullable Void> removed = new CompletableFuture<>();
    private @Nullable DeviceInfo device;
    private List<Component> components = List.of();
    private @Nullable Topics topics;
    private @Nullable ScheduledFuture<?> pendingRefresh;
    private boolean available;
    private boolean connected;
    private boolean closed;
    private boolean removalRequested;
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
        this.commands = commands;
        this.random = random;
        this.originVersion = originVersion;
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
        cancelRefresh();
        Topics current = topics;
        CompletableFuture<Boolean> offline = connected && current != null && !removalRequested && !portStopped
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
        cancelRefresh();
        if (topics == null) {
            removed.complete(null);
        } else if (!removalRequested) {
            removalRequested = true;
            if (connected) {
                publishRemoval();
            }
        }
        return removed;
    }

    private synchronized void onConnected() {
        Topics current = topics;
        connected = true;
        if (current == null || portStopped) {
            return;
        }
        if (removalRequested) {
            publishRemoval();
            return;
        }
        if (closed) {
            return;
        }
        // availability goes online only once commands can arrive
        subscribe(current).whenComplete((done, error) -> scheduler.execute(this::refresh));
    }

    /**
     * Subscribes to Home Assistant's status and the command topics; tries again while a subscription fails.
     *
     * @return completes when the broker answered every subscription
     */
    private CompletableFuture<@Nullable Void> subscribe(Topics current) {
        List<CompletableFuture<Boolean>> subscriptions = new ArrayList<>();
        subscriptions.add(port.subscribe(current.homeAssistantStatus(), QOS));
        if (config.commandsAllowed()) {
            subscriptions.add(port.subscribe(current.commandFilter(), QOS));
        }
        return CompletableFuture.allOf(subscriptions.toArray(CompletableFuture[]::new)).handle((done, error) -> {
            if (error != null || subscriptions.stream().anyMatch(subscribed -> !subscribed.join())) {
                logger.debug("Subscribing failed, trying again: {}", error == null ? "refused" : error.getMessage());
                scheduler.schedule(this::resubscribe, RESUBSCRIBE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            }
            return null;
        });
    }

    private synchronized void resubscribe() {
        Topics current = topics;
        if (connected && !closed && current != null) {
            subscribe(current);
        }
    }

    private synchronized void onConnectionLost() {
        connected = false;
    }

    private void onMessage(String topic, String payload) {
        String command = null;
        Component target = null;
        synchronized (this) {
            Topics current = topics;
            DeviceInfo currentDevice = device;
            if (closed || current == null || currentDevice == null) {
                return;
            }
            if (topic.equals(current.homeAssistantStatus())) {
                if (ONLINE.equals(payload)) {
                    scheduleRefresh();
                }
                return;
            }
            String key = current.commandKey(topic);
            target = key == null ? null : commandable(key);
            if (target == null || !config.commandsAllowed()) {
                logger.debug("Ignoring a message on {}", topic);
                return;
            }
            command = CommandValidator.validate(target, payload, currentDevice);
            if (command == null) {
                logger.debug("Ignoring invalid Home Assistant command '{}' for {}", payload, target.channelId());
                publishState(target, true);
                return;
            }
        }
        commands.command(target.channelId(), command);
    }

    private void scheduleRefresh() {
        cancelRefresh();
        long delayMillis = BIRTH_DELAY_MIN.toMillis() + random.nextInt((int) BIRTH_DELAY_SPREAD.toMillis() + 1);
        pendingRefresh = scheduler.schedule(this::refresh, delayMillis, TimeUnit.MILLISECONDS);
    }

    private synchronized void refresh() {
        pendingRefresh = null;
        if (connected && !closed) {
            publishAll();
        }
    }

    private void cancelRefresh() {
        ScheduledFuture<?> refresh = pendingRefresh;
        if (refresh != null) {
            refresh.cancel(false);
            pendingRefresh = null;
        }
    }

    private void publishAll() {
        published.clear();
        publishConfig();
        publishAvailability();
        components.forEach(component -> publishState(component, false));
    }

    private void publishConfig() {
        Topics current = topics;
        DeviceInfo currentDevice = device;
        if (current != null && currentDevice != null) {
            send(current.config(), DiscoveryPayload.build(currentDevice, components, current, originVersion, QOS));
        }
    }

    private void publishAvailability() {
        Topics current = topics;
        if (connected && !closed && current != null) {
            send(current.availability(), available ? ONLINE : OFFLINE);
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
        String payload = value == null ? UNKNOWN : value;
        String topic = current.state(component);
        if (force || !payload.equals(published.get(topic))) {
            published.put(topic, payload);
            send(topic, payload);
        }
    }

    private void publishRemoval() {
        Topics current = topics;
        if (current == null) {
            return;
        }
        List<CompletableFuture<Boolean>> sent = new ArrayList<>();
        sent.add(port.publish(current.config(), "", QOS, true));
        Components.all().forEach(component -> sent.add(port.publish(current.state(component), "", QOS, true)));
        sent.add(port.publish(current.availability(), "", QOS, true));
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).handle((done, error) -> true)
                .thenCompose(done -> stopPort()).whenComplete((done, error) -> removed.complete(null));
    }

    private synchronized CompletableFuture<Boolean> stopPort() {
        if (portStopped || topics == null) {
            return CompletableFuture.completedFuture(true);
        }
        portStopped = true;
        return port.stop();
    }

    private void send(String topic, String payload) {
        port.publish(topic, payload, QOS, true).whenComplete((sent, error) -> {
            if (error != null || !Boolean.TRUE.equals(sent)) {
                logger.debug("Publishing to {} failed: {}", topic, error == null ? "not sent" : error.getMessage());
            }
        });
    }

    private Optional<Component> component(String channelId) {
        return components.stream().filter(component -> component.channelId().equals(channelId)).findFirst();
    }

    private @Nullable Component commandable(String key) {
        return components.stream().filter(component -> component.key().equals(key))
                .filter(component -> component.platform().commandable()).findFirst().orElse(null);
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

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

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.Components;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.DeviceInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.HaMirror;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.InvalidMirrorParameterException;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MirrorConfig;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MqttPort;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerIdentity;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.StringType;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects one charger handler to its {@link HaMirror}: owns the mirror's life (start, stop, removal) with the
 * settings {@link MirrorSettings} reads, hands it the channel states as {@link HaPayloads} converts them, and carries
 * out Home Assistant's commands through the handler. Thread-safe; nothing here blocks except {@link #remove()}, which
 * waits a bounded time.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class HomeAssistantLink {

    /** How long a removal may wait for the broker before the connection is closed anyway. */
    static final Duration REMOVAL_TIMEOUT = Duration.ofSeconds(5);
    private static final String CLIENT_ID_PREFIX = "openhab-evsemaster-";

    /**
     * Creates the MQTT client of a mirror: {@link HaBrokerConnectionPort} in openHAB, another adapter in tests.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    @FunctionalInterface
    interface PortFactory {
        MqttPort create(MirrorConfig config, String clientId);
    }

    /**
     * Sets the charger clock, for the clock-sync button.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    @FunctionalInterface
    interface ClockSync {
        CompletableFuture<?> syncClock();
    }

    private final Logger logger = LoggerFactory.getLogger(HomeAssistantLink.class);
    private final PortFactory ports;
    private final ScheduledExecutorService scheduler;
    private final BiConsumer<String, Command> commands;
    private final ClockSync clockSync;
    private volatile @Nullable HaMirror mirror;
    private volatile MirrorConfig config = MirrorConfig.off();
    private volatile ZoneId zone = ZoneOffset.UTC;
    private volatile String name = "";

    /**
     * @param scheduler runs the mirror's timers
     * @param commands carries out a Home Assistant command like an openHAB command on the channel
     */
    HomeAssistantLink(PortFactory ports, ScheduledExecutorService scheduler, BiConsumer<String, Command> commands,
            ClockSync clockSync) {
        this.ports = ports;
        this.scheduler = scheduler;
        this.commands = commands;
        this.clockSync = clockSync;
    }

    /**
     * Creates the mirror if the settings turn it on; it connects once the charger's identity is known.
     *
     * @param raw the Thing configuration, valid as {@link MirrorSettings#invalidParameter(Configuration)} says
     * @param thingId makes the MQTT client id unique
     * @param newZone the zone of date-times without one of their own
     */
    synchronized void start(Configuration raw, String thingId, ZoneId newZone) {
        MirrorConfig newConfig = MirrorSettings.mirrorConfig(raw);
        config = newConfig;
        zone = newZone;
        if (newConfig.enabled() && mirror == null) {
            logger.debug("Mirroring Thing {} to Home Assistant: {}", thingId, newConfig);
            mirror = new HaMirror(newConfig, ports.create(newConfig, CLIENT_ID_PREFIX + thingId), scheduler,
                    this::onMirrorCommand, new Random(), bindingVersion());
        }
    }

    void identify(ChargerIdentity identity, String address) {
        HaMirror current = mirror;
        if (current != null) {
            current.setDevice(DeviceInfo.of(identity, address, name));
        }
    }

    void setAvailable(boolean loggedIn) {
        HaMirror current = mirror;
        if (current != null) {
            current.setAvailable(loggedIn);
        }
    }

    void update(String channelId, State state) {
        if (EvseBindingConstants.CHANNEL_NAME.equals(channelId) && state instanceof StringType text) {
            name = text.toString();
        }
        HaMirror current = mirror;
        if (current != null) {
            current.update(channelId, HaPayloads.toHomeAssistant(channelId, state, zone));
        }
    }

    /**
     * Ends the mirror without waiting: the charger turns unavailable, Home Assistant keeps it.
     */
    synchronized void stop() {
        HaMirror current = mirror;
        mirror = null;
        if (current != null) {
            current.stop();
        }
    }

    /**
     * Removes the charger from Home Assistant, waiting at most {@link #REMOVAL_TIMEOUT} for the broker; then the
     * connection is closed in any case.
     */
    synchronized void remove() {
        HaMirror current = mirror;
        mirror = null;
        if (current == null) {
            return;
        }
        try {
            current.remove().get(REMOVAL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            logger.debug("The charger could not be removed from Home Assistant: {}", e.getMessage());
            current.stop();
        } catch (InterruptedException e) {
            current.stop();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Removes the charger from Home Assistant if the new configuration turns the mirror off or points it elsewhere
     * (broker or topics); an invalid one changes nothing here.
     */
    void reconfigure(Configuration raw) {
        MirrorConfig current = config;
        MirrorConfig next;
        try {
            next = MirrorSettings.mirrorConfig(raw);
        } catch (InvalidMirrorParameterException e) {
            return;
        }
        if (mirror != null && (!next.enabled() || !next.host().equals(current.host()) || next.port() != current.port()
                || !next.discoveryPrefix().equals(current.discoveryPrefix())
                || !next.baseTopic().equals(current.baseTopic()))) {
            remove();
        }
    }

    private void onMirrorCommand(String channelId, String payload) {
        if (Components.SYNC_CLOCK.equals(channelId)) {
            clockSync.syncClock().whenComplete((time, failure) -> {
                if (failure != null) {
                    logger.debug("Clock sync from Home Assistant failed: {}", failure.getMessage());
                }
            });
            return;
        }
        Command command = HaPayloads.toCommand(channelId, payload);
        if (command != null) {
            commands.accept(channelId, command);
        }
    }

    private static String bindingVersion() {
        @Nullable
        Bundle bundle = FrameworkUtil.getBundle(HomeAssistantLink.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }
}

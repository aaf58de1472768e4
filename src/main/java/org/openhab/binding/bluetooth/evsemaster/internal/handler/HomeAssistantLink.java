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

import static org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MirrorConfig.*;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;

import javax.measure.Unit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.Component;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.Components;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.DeviceInfo;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.HaMirror;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.InvalidMirrorParameterException;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MirrorConfig;
import org.openhab.binding.bluetooth.evsemaster.internal.homeassistant.MqttPort;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerIdentity;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.library.types.DateTimeType;
import org.openhab.core.library.types.DecimalType;
import org.openhab.core.library.types.OnOffType;
import org.openhab.core.library.types.QuantityType;
import org.openhab.core.library.types.StringType;
import org.openhab.core.library.unit.SIUnits;
import org.openhab.core.library.unit.Units;
import org.openhab.core.types.Command;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects one charger handler to its {@link HaMirror}: reads the mirror settings from the Thing configuration, owns
 * the mirror's life (start, stop, removal), turns channel states into Home Assistant payloads in the units of
 * {@link Components}, and turns Home Assistant's commands into openHAB commands for the handler. Thread-safe; nothing
 * here blocks except {@link #remove()}, which waits a bounded time.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class HomeAssistantLink {

    /** How long a removal may wait for the broker before the connection is closed anyway. */
    static final Duration REMOVAL_TIMEOUT = Duration.ofSeconds(5);
    private static final String CLIENT_ID_PREFIX = "openhab-evsemaster-";
    private static final Map<String, Unit<?>> UNITS = Map.of("W", Units.WATT, "V", Units.VOLT, "A", Units.AMPERE, "kWh",
            Units.KILOWATT_HOUR, "s", Units.SECOND, "°C", SIUnits.CELSIUS, "dBm", Units.DECIBEL_MILLIWATTS, "%",
            Units.PERCENT);

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
     * @param raw the Thing configuration
     * @return the name of the first invalid mirror parameter, null if all are valid
     */
    static @Nullable String invalidParameter(Configuration raw) {
        try {
            mirrorConfig(raw);
            return null;
        } catch (InvalidMirrorParameterException e) {
            return e.parameter();
        }
    }

    /**
     * @param raw the Thing configuration
     * @return the mirror settings; off if no broker host is set
     * @throws InvalidMirrorParameterException naming the first invalid parameter
     */
    static MirrorConfig mirrorConfig(Configuration raw) {
        return new MirrorConfig(text(raw, PARAM_HOST, ""), integer(raw, PARAM_PORT, DEFAULT_PORT), flag(raw, PARAM_TLS),
                text(raw, PARAM_USERNAME, ""), text(raw, PARAM_PASSWORD, ""),
                text(raw, PARAM_DISCOVERY_PREFIX, DEFAULT_DISCOVERY_PREFIX),
                text(raw, PARAM_BASE_TOPIC, DEFAULT_BASE_TOPIC), flag(raw, PARAM_COMMANDS_ALLOWED));
    }

    /**
     * Creates the mirror if the settings turn it on; it connects once the charger's identity is known.
     *
     * @param raw the Thing configuration, valid as {@link #invalidParameter(Configuration)} says
     * @param thingId makes the MQTT client id unique
     * @param newZone the zone of date-times without one of their own
     */
    synchronized void start(Configuration raw, String thingId, ZoneId newZone) {
        MirrorConfig newConfig = mirrorConfig(raw);
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
            current.update(channelId, toHomeAssistant(channelId, state, zone));
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
            next = mirrorConfig(raw);
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
        Command command = toCommand(channelId, payload);
        if (command != null) {
            commands.accept(channelId, command);
        }
    }

    /**
     * @param payload a command the mirror validated
     * @return the openHAB command, null for a channel that takes none
     */
    static @Nullable Command toCommand(String channelId, String payload) {
        return switch (channelId) {
            case EvseBindingConstants.CHANNEL_CHARGING -> OnOffType.from(payload);
            case EvseBindingConstants.CHANNEL_OUTPUT_CURRENT ->
                new QuantityType<>(new BigDecimal(payload), Units.AMPERE);
            case EvseBindingConstants.CHANNEL_NAME, EvseBindingConstants.CHANNEL_LANGUAGE,
                    EvseBindingConstants.CHANNEL_TEMPERATURE_UNIT ->
                new StringType(payload);
            default -> null;
        };
    }

    /**
     * @param zone the zone of date-times without one of their own
     * @return the state in Home Assistant's form: numbers in the unit of the channel's component, {@code ON}/
     *         {@code OFF}, option names, ISO-8601 with offset, {@link HaMirror#UNKNOWN} if undefined
     */
    static String toHomeAssistant(String channelId, State state, ZoneId zone) {
        if (state instanceof UnDefType) {
            return HaMirror.UNKNOWN;
        }
        if (state instanceof QuantityType<?> quantity) {
            Unit<?> unit = unitOf(channelId);
            QuantityType<?> converted = unit == null ? quantity : quantity.toUnit(unit);
            return converted == null ? HaMirror.UNKNOWN : converted.toBigDecimal().toPlainString();
        }
        if (state instanceof DecimalType number) {
            return number.toBigDecimal().toPlainString();
        }
        if (state instanceof DateTimeType dateTime) {
            return dateTime.getZonedDateTime(zone).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return state.toString();
    }

    private static @Nullable Unit<?> unitOf(String channelId) {
        String symbol = Components.all().stream().filter(component -> component.channelId().equals(channelId))
                .map(Component::unit).findFirst().orElse(null);
        return symbol == null ? null : UNITS.get(symbol);
    }

    private static String text(Configuration raw, String key, String fallback) {
        @Nullable
        Object value = raw.get(key);
        return value == null ? fallback : value.toString();
    }

    private static int integer(Configuration raw, String key, int fallback) {
        @Nullable
        Object value = raw.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return new BigDecimal(value.toString().trim()).intValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidMirrorParameterException(key, "is not a whole number");
        }
    }

    private static boolean flag(Configuration raw, String key) {
        @Nullable
        Object value = raw.get(key);
        if (value == null || value instanceof Boolean || "true".equals(value) || "false".equals(value)) {
            return Boolean.TRUE.equals(value) || "true".equals(value);
        }
        throw new InvalidMirrorParameterException(key, "is not true or false");
    }

    private static String bindingVersion() {
        @Nullable
        Bundle bundle = FrameworkUtil.getBundle(HomeAssistantLink.class);
        return bundle == null ? "unknown" : bundle.getVersion().toString();
    }
}

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

import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothBindingConstants;
import org.openhab.binding.bluetooth.BluetoothCharacteristic;
import org.openhab.binding.bluetooth.BluetoothDevice;
import org.openhab.binding.bluetooth.ConnectedBluetoothHandler;
import org.openhab.binding.bluetooth.evsemaster.internal.EvseConfiguration;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.AcStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeRecord;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStartResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargeStopResult;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ChargingStatus;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.ErrorFlag;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.SystemTime;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargeRequest;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerIdentity;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerSettings;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandException;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandFailure;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandOutcome;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseSession;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionListener;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionReason;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionState;
import org.openhab.binding.bluetooth.notification.BluetoothConnectionStatusNotification;
import org.openhab.binding.bluetooth.notification.BluetoothScanNotification;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.ThingHandlerService;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.UnDefType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The handler of one EVSE Master charger: {@link ConnectedBluetoothHandler} keeps the Bluetooth link, an
 * {@link EvseSession} talks to the charger over it, and this class only connects the two to openHAB. It creates no
 * thread: link events are passed on at once, writes go through the base class's connection helpers
 * ({@link GattLink}), and timers run on the handler's scheduler.
 * <p>
 * The Thing is ONLINE only while the session is logged in. The base class's own statuses (ONLINE on a bare
 * connection or an advertisement, OFFLINE without a reason when the link drops) are therefore replaced by the
 * session's, except while the base class starts up (an invalid address or bridge).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class EvseHandler extends ConnectedBluetoothHandler implements SessionListener {

    private static final ChannelTypeUID VOLTAGE_TYPE = new ChannelTypeUID(BluetoothBindingConstants.BINDING_ID,
            "evsemaster-voltage");
    private static final ChannelTypeUID CURRENT_TYPE = new ChannelTypeUID(BluetoothBindingConstants.BINDING_ID,
            "evsemaster-current");
    private static final Map<String, String> PHASE_LABELS = Map.of(CHANNEL_VOLTAGE_L2, "Voltage L2", CHANNEL_VOLTAGE_L3,
            "Voltage L3", CHANNEL_CURRENT_L2, "Current L2", CHANNEL_CURRENT_L3, "Current L3");
    private static final DateTimeFormatter RELEASE_END = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Logger logger = LoggerFactory.getLogger(EvseHandler.class);
    private final TimeZoneProvider timeZoneProvider;
    private final ScheduledExecutorService timerScheduler;
    private final Clock clock;
    private final GattLink link = new GattLink(this, () -> device);
    private final HomeAssistantLink homeAssistant;
    private final Map<String, State> lastStates = new ConcurrentHashMap<>();
    private final AtomicBoolean linkArmed = new AtomicBoolean();
    /** Guards starting and stopping the base class: initialize, dispose and the link release. */
    private final Object lifecycle = new Object();
    private volatile @Nullable EvseSession session;
    private volatile @Nullable ChargerSettings settings;
    private volatile @Nullable Instant releasedUntil;
    private volatile @Nullable ScheduledFuture<?> releaseEnd;
    private volatile ZoneId zone = ZoneOffset.UTC;
    private volatile boolean bluetoothStarting;
    private volatile boolean statusFromSession;

    public EvseHandler(Thing thing, TimeZoneProvider timeZoneProvider) {
        super(thing);
        this.timeZoneProvider = timeZoneProvider;
        this.timerScheduler = scheduler;
        this.clock = Clock.systemUTC();
        this.homeAssistant = newHomeAssistantLink(HaBrokerConnectionPort::new);
    }

    /**
     * @param timerScheduler runs the session's timers and the end of a link release
     * @param clock the host clock of the session and the link release
     * @param mqttPorts creates the MQTT client of the Home Assistant mirror
     */
    EvseHandler(Thing thing, TimeZoneProvider timeZoneProvider, ScheduledExecutorService timerScheduler, Clock clock,
            HomeAssistantLink.PortFactory mqttPorts) {
        super(thing);
        this.timeZoneProvider = timeZoneProvider;
        this.timerScheduler = timerScheduler;
        this.clock = clock;
        this.homeAssistant = newHomeAssistantLink(mqttPorts);
    }

    /** Home Assistant's commands take the way of openHAB's. */
    private HomeAssistantLink newHomeAssistantLink(HomeAssistantLink.PortFactory mqttPorts) {
        return new HomeAssistantLink(mqttPorts, scheduler,
                (channelId, command) -> handleCommand(new ChannelUID(getThing().getUID(), channelId), command),
                this::syncClock);
    }

    @Override
    public void initialize() {
        String invalid = EvseConfiguration.invalidParameter(getConfig());
        if (invalid == null) {
            invalid = HomeAssistantLink.invalidParameter(getConfig());
        }
        if (invalid != null) {
            logger.debug("Thing {} has an invalid value of configuration parameter {}", thing.getUID(), invalid);
            super.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                    TEXT_INVALID_PARAMETER + " [\"" + invalid + "\"]");
            return;
        }
        EvseConfiguration config = getConfigAs(EvseConfiguration.class);
        zone = timeZoneProvider.getTimeZone();
        homeAssistant.start(getConfig(), thing.getUID().getId(), zone);
        session = new EvseSession(link, this, config.toSessionConfig(zone), timerScheduler, clock);
        startBluetooth();
    }

    @Override
    public void dispose() {
        homeAssistant.stop();
        synchronized (lifecycle) {
            statusFromSession = false;
            cancelRelease();
            EvseSession current = session;
            session = null;
            if (current != null) {
                current.close();
            }
            super.dispose();
        }
        settings = null;
        lastStates.clear();
    }

    /**
     * Removes the charger from Home Assistant too; dispose follows. REMOVED goes past {@link #updateStatus}, which
     * would keep it from the framework once the session decides the status.
     */
    @Override
    public void handleRemoval() {
        homeAssistant.remove();
        super.updateStatus(ThingStatus.REMOVED, ThingStatusDetail.NONE, null);
    }

    /** A configuration that turns the mirror off or moves it removes the charger from Home Assistant first. */
    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        Configuration next = editConfiguration();
        configurationParameters.forEach((key, value) -> next.put(key, value));
        homeAssistant.reconfigure(next);
        super.handleConfigurationUpdate(configurationParameters);
    }

    @Override
    public Collection<Class<? extends ThingHandlerService>> getServices() {
        return List.of(EvseActions.class);
    }

    // the Bluetooth link

    @Override
    public void onConnectionStateChange(BluetoothConnectionStatusNotification connectionNotification) {
        super.onConnectionStateChange(connectionNotification);
        switch (connectionNotification.getConnectionState()) {
            case CONNECTED -> {
                // BlueZ does not always report the services again on a reconnect (openHAB #20947)
                BluetoothDevice current = device;
                if (current != null && current.isServicesDiscovered()) {
                    armLink();
                }
            }
            case DISCONNECTED -> linkLost();
            default -> {
                // connecting and discovery need no reaction
            }
        }
    }

    @Override
    public void onServicesDiscovered() {
        super.onServicesDiscovered();
        armLink();
    }

    @Override
    public void onCharacteristicUpdate(BluetoothCharacteristic characteristic, byte[] value) {
        // Not super: ConnectedBluetoothHandler logs every received value as hex at DEBUG, and the answer to a PIN
        // change may echo the new PIN. The session logs datagrams at TRACE with secrets masked.
        onActivity();
        EvseSession current = session;
        if (current != null && link.isNotifyCharacteristic(characteristic.getUuid())) {
            current.onNotification(value);
        }
    }

    /**
     * Picks the board revision and (re-)enables notifications: on every connection and every service discovery, as
     * either may be the only event of a reconnect. The session hears of the link once per connection, before the
     * subscription, so that nothing the charger sends right after it is lost.
     */
    private void armLink() {
        EvseSession current = session;
        BluetoothDevice bluetooth = device;
        if (current == null || bluetooth == null || releasedUntil != null) {
            return;
        }
        GattProfile profile = link.select(bluetooth.getServices());
        if (profile == null) {
            logger.debug("{} offers none of the known GATT layouts", address);
            super.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, TEXT_UNSUPPORTED_GATT);
            return;
        }
        if (linkArmed.compareAndSet(false, true)) {
            logger.debug("Connected to {}, GATT layout {}", address, profile);
            current.linkUp();
        }
        link.enableNotifications().whenComplete((ignored, failure) -> {
            if (failure != null) {
                logger.debug("Enabling notifications of {} failed: {}", address, failure.getMessage());
            }
        });
    }

    /**
     * The base class dereferences the device at once, which is gone while the link is released or after dispose.
     */
    @Override
    public void disconnect() {
        if (device == null) {
            return;
        }
        try {
            super.disconnect();
        } catch (RejectedExecutionException e) {
            logger.debug("Not disconnecting {}: the connection thread is stopped", address);
        }
    }

    private void linkLost() {
        linkArmed.set(false);
        EvseSession current = session;
        if (current == null || releasedUntil != null) {
            return;
        }
        boolean wasLinked = current.state().isLinked();
        current.linkDown();
        if (!wasLinked && current.state() == SessionState.DISCONNECTED && thing.getStatus() != ThingStatus.OFFLINE) {
            // a connection attempt failed; the session did not use the link, so it reports nothing
            super.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, TEXT_LINK_LOST);
        }
    }

    // the Thing status follows the session

    /**
     * Keeps the base class from setting ONLINE (on a bare connection or an advertisement) and, once the session
     * decides the status, from replacing it with a connection-level OFFLINE; this class reports through
     * {@code super.updateStatus}.
     */
    @Override
    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        if (status != ThingStatus.ONLINE && (bluetoothStarting || !statusFromSession)) {
            super.updateStatus(status, statusDetail, description);
        } else {
            logger.trace("Status {} {} of the Bluetooth base handler ignored", status, statusDetail);
        }
    }

    /** The base class would set ONLINE for a scan record without RSSI. */
    @Override
    public void onScanRecordReceived(BluetoothScanNotification scanNotification) {
        if (scanNotification.getRssi() == Integer.MIN_VALUE) {
            onActivity();
        } else {
            super.onScanRecordReceived(scanNotification);
        }
    }

    /** A signal says nothing about the login: the status follows the session. */
    @Override
    protected void updateStatusBasedOnRssi(boolean receivedSignal) {
    }

    @Override
    public void onStateChanged(SessionState state, SessionReason reason) {
        logger.debug("Session with {} is {} ({})", address, state, reason);
        homeAssistant.setAvailable(state == SessionState.LOGGED_IN);
        if (releasedUntil != null) {
            return;
        }
        switch (state) {
            case LOGGED_IN -> super.updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
            case WRONG_PASSWORD ->
                super.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, TEXT_WRONG_PASSWORD);
            case DISCONNECTED, LOGGING_IN -> {
                String description = describe(reason);
                if (description != null) {
                    super.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, description);
                }
            }
            default -> {
                // while (re)connecting the status stays until a failure is known
            }
        }
    }

    private static @Nullable String describe(SessionReason reason) {
        return switch (reason) {
            case LINK_LOST -> TEXT_LINK_LOST;
            case LOGIN_TIMEOUT -> TEXT_LOGIN_TIMEOUT;
            case DEAD_LINK -> TEXT_DEAD_LINK;
            case REGISTRATION_LOST -> TEXT_REGISTRATION_LOST;
            case RENAMED -> TEXT_RENAMED;
            default -> null;
        };
    }

    // what the session reports

    @Override
    public void onIdentity(ChargerIdentity identity) {
        GattProfile profile = link.profile();
        if (profile != null) {
            updateProperties(ChannelStates.properties(identity, profile));
        }
        updatePhaseChannels(identity.phases() > 1);
        homeAssistant.identify(identity, String.valueOf(address));
    }

    @Override
    public void onStatus(AcStatus status) {
        publish(ChannelStates.ofStatus(status));
    }

    @Override
    public void onChargingSession(ChargingStatus status) {
        publish(ChannelStates.ofChargingSession(status, zone));
    }

    @Override
    public void onSettings(ChargerSettings newSettings) {
        settings = newSettings;
        publish(ChannelStates.ofSettings(newSettings));
    }

    @Override
    public void onClock(LocalDateTime deviceTime, Duration offset) {
        publish(ChannelStates.ofClock(deviceTime, offset, zone));
    }

    @Override
    public void onCommandOutcome(CommandOutcome outcome) {
        publish(ChannelStates.ofCommandOutcome(outcome));
    }

    @Override
    public void onErrors(Set<ErrorFlag> active, Set<ErrorFlag> raised, Set<ErrorFlag> cleared) {
        logger.debug("Errors of {}: raised {}, cleared {}", address, raised, cleared);
        publish(ChannelStates.ofErrors(active));
    }

    @Override
    public void onChargeRecord(ChargeRecord record) {
        logger.debug("Charge record of {}: {}", address, record);
    }

    /** Every channel state goes to Home Assistant as well. */
    @Override
    protected void updateState(ChannelUID channelUID, State state) {
        homeAssistant.update(channelUID.getId(), state);
        super.updateState(channelUID, state);
    }

    private void publish(Map<String, State> states) {
        states.forEach((channelId, state) -> {
            lastStates.put(channelId, state);
            if (thing.getChannel(channelId) != null) {
                updateState(channelId, state);
            }
        });
    }

    private void updatePhaseChannels(boolean threePhase) {
        ThingBuilder builder = editThing();
        boolean changed = false;
        for (String channelId : THREE_PHASE_CHANNELS) {
            Channel channel = thing.getChannel(channelId);
            if (!threePhase && channel != null) {
                builder.withoutChannel(channel.getUID());
                changed = true;
            } else if (threePhase && channel == null) {
                Channel added = phaseChannel(channelId);
                if (added != null) {
                    builder.withChannel(added);
                    changed = true;
                }
            }
        }
        if (changed) {
            logger.debug("{} has {} phase(s): updating the L2/L3 channels", address, threePhase ? 3 : 1);
            updateThing(builder.build());
        }
    }

    private @Nullable Channel phaseChannel(String channelId) {
        ThingHandlerCallback callback = getCallback();
        if (callback == null) {
            return null;
        }
        ChannelTypeUID type = channelId.startsWith("voltage") ? VOLTAGE_TYPE : CURRENT_TYPE;
        return callback.createChannelBuilder(new ChannelUID(thing.getUID(), channelId), type)
                .withLabel(PHASE_LABELS.getOrDefault(channelId, channelId)).build();
    }

    // commands

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channelId = channelUID.getId();
        if (command instanceof RefreshType) {
            State last = lastStates.get(channelId);
            if (last != null) {
                updateState(channelUID, last);
            } else {
                super.handleCommand(channelUID, command);
            }
            return;
        }
        EvseSession current = session;
        ChargerSettings known = settings;
        CompletableFuture<?> call = current == null ? null
                : CommandMapper.toSessionCall(current, channelId, command,
                        known == null ? null : known.outputCurrentAmperes());
        if (call == null) {
            logger.debug("Ignoring command {} on channel {}", command, channelId);
            return;
        }
        call.whenComplete((result, failure) -> {
            if (failure != null) {
                CommandException problem = CommandException.unwrap(failure);
                logger.debug("{} on channel {} refused: {}", command, channelId,
                        problem != null ? problem.getMessage() : failure.getMessage());
                updateState(channelUID, lastStates.getOrDefault(channelId, UnDefType.UNDEF));
            }
        });
    }

    // rule actions

    /**
     * @param startAt a reservation up to 24 h ahead; null or not in the future: now
     */
    CompletableFuture<ChargeStartResult> startCharging(int amperes, @Nullable ZonedDateTime startAt,
            @Nullable Duration maxDuration, @Nullable BigDecimal maxEnergyKwh) {
        EvseSession current = session;
        if (current == null) {
            return notInitialized();
        }
        LocalDateTime reservation = startAt == null || !startAt.toInstant().isAfter(clock.instant()) ? null
                : startAt.withZoneSameInstant(zone).toLocalDateTime();
        return current.startCharging(new ChargeRequest(amperes, reservation, maxDuration, maxEnergyKwh, false));
    }

    CompletableFuture<ChargeStopResult> stopCharging() {
        EvseSession current = session;
        return current == null ? notInitialized() : current.stopCharging();
    }

    CompletableFuture<SystemTime> syncClock() {
        EvseSession current = session;
        return current == null ? notInitialized() : current.syncClock();
    }

    /**
     * Changes the charger PIN and, once the charger confirmed it, stores it as the Thing's {@code password}.
     *
     * @param newPin exactly six digits
     * @return whether the new PIN could be stored in the Thing configuration (not for Things from files)
     */
    CompletableFuture<Boolean> changePin(String newPin) {
        EvseSession current = session;
        if (current == null) {
            return notInitialized();
        }
        return current.changePin(newPin).thenApply(answer -> storePin(newPin));
    }

    private boolean storePin(String newPin) {
        Configuration configuration = editConfiguration();
        configuration.put(CONFIG_PASSWORD, newPin);
        try {
            updateConfiguration(configuration);
            return true;
        } catch (IllegalStateException e) {
            logger.debug("The new PIN of {} could not be stored in the Thing configuration: {}", address,
                    e.getMessage());
            return false;
        }
    }

    /**
     * @return the user's time zone, in which device times are given
     */
    ZoneId zone() {
        return zone;
    }

    /**
     * Disconnects and stays away for the given time, so that the vendor app can connect (the charger accepts one
     * Bluetooth client); then reconnects by itself. A new release replaces a running one.
     *
     * @return the end of the release
     */
    ZonedDateTime releaseLink(Duration duration) {
        EvseSession current = session;
        if (current == null) {
            throw new IllegalStateException("the Thing is not initialized");
        }
        Instant until = clock.instant().plus(duration);
        synchronized (lifecycle) {
            cancelRelease();
            releasedUntil = until;
            linkArmed.set(false);
            // the session stops its timers first, so that none of them asks the stopped base class to disconnect
            current.linkDown();
            releaseEnd = timerScheduler.schedule(this::endRelease, duration.toMillis(), TimeUnit.MILLISECONDS);
            // stops the base class's reconnect job and disconnects
            super.dispose();
        }
        ZonedDateTime end = until.atZone(zone);
        logger.debug("Link to {} released until {}", address, end);
        super.updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                TEXT_LINK_RELEASED + " [\"" + RELEASE_END.format(end) + "\"]");
        return end;
    }

    private void endRelease() {
        synchronized (lifecycle) {
            if (releasedUntil == null || session == null) {
                return;
            }
            releasedUntil = null;
            releaseEnd = null;
            logger.debug("Link release of {} ended, reconnecting", address);
            startBluetooth();
        }
    }

    private void cancelRelease() {
        ScheduledFuture<?> pending = releaseEnd;
        if (pending != null) {
            pending.cancel(false);
        }
        releaseEnd = null;
        releasedUntil = null;
    }

    private void startBluetooth() {
        synchronized (lifecycle) {
            linkArmed.set(false);
            bluetoothStarting = true;
            try {
                super.initialize();
            } finally {
                bluetoothStarting = false;
            }
            statusFromSession = thing.getStatus() != ThingStatus.OFFLINE;
        }
    }

    /**
     * @return the link to the charger, for tests that follow its operations
     */
    GattLink link() {
        return link;
    }

    private static <T> CompletableFuture<T> notInitialized() {
        return CompletableFuture
                .failedFuture(new CommandException(CommandFailure.NOT_LOGGED_IN, "the Thing is not initialized"));
    }
}

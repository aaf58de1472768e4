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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
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
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerIdentity;
import org.openhab.binding.bluetooth.evsemaster.internal.session.ChargerSettings;
import org.openhab.binding.bluetooth.evsemaster.internal.session.CommandOutcome;
import org.openhab.binding.bluetooth.evsemaster.internal.session.EvseSession;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionListener;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionReason;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionState;
import org.openhab.binding.bluetooth.notification.BluetoothConnectionStatusNotification;
import org.openhab.binding.bluetooth.notification.BluetoothScanNotification;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.i18n.TimeZoneProvider;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.binding.ThingHandlerService;
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
 * The Thing is ONLINE only while the session is logged in; {@link StatusPolicy} decides the status,
 * {@link LinkRelease} lets the vendor app connect for a while, {@link ChannelBook} keeps the channels and
 * {@link SessionRequests} passes commands and rule actions to the session.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class EvseHandler extends ConnectedBluetoothHandler implements SessionListener {

    private final Logger logger = LoggerFactory.getLogger(EvseHandler.class);
    private final TimeZoneProvider timeZoneProvider;
    private final ScheduledExecutorService timerScheduler;
    private final Clock clock;
    private final GattLink link = new GattLink(this, () -> device);
    private final HomeAssistantLink homeAssistant;
    private final ChannelBook channels = new ChannelBook();
    private final StatusPolicy status = new StatusPolicy(
            (thingStatus, detail, description) -> super.updateStatus(thingStatus, detail, description));
    private final SessionRequests requests;
    private final LinkRelease release;
    private final LinkArming arming = new LinkArming(link, status);
    /** Guards starting and stopping the base class: initialize, dispose and the link release. */
    private final Object lifecycle = new Object();
    private volatile @Nullable EvseSession session;
    private volatile ZoneId zone = ZoneOffset.UTC;

    public EvseHandler(Thing thing, TimeZoneProvider timeZoneProvider) {
        this(thing, timeZoneProvider, null, Clock.systemUTC(), HaBrokerConnectionPort::new);
    }

    /**
     * @param timerScheduler runs the session's timers and the end of a link release; null: the handler's scheduler
     * @param clock the host clock of the session and the link release
     * @param mqttPorts creates the MQTT client of the Home Assistant mirror
     */
    EvseHandler(Thing thing, TimeZoneProvider timeZoneProvider, @Nullable ScheduledExecutorService timerScheduler,
            Clock clock, HomeAssistantLink.PortFactory mqttPorts) {
        super(thing);
        this.timeZoneProvider = timeZoneProvider;
        this.timerScheduler = timerScheduler != null ? timerScheduler : scheduler;
        this.clock = clock;
        // Home Assistant's commands take the way of openHAB's
        this.homeAssistant = new HomeAssistantLink(mqttPorts, scheduler,
                (channelId, command) -> handleCommand(new ChannelUID(getThing().getUID(), channelId), command),
                () -> syncClock());
        this.requests = new SessionRequests(() -> session, clock);
        this.release = new LinkRelease(this.timerScheduler, clock, lifecycle, status, () -> session != null,
                () -> startBluetooth(), () -> super.dispose());
    }

    @Override
    public void initialize() {
        if (status.rejectsConfiguration(getConfig(), thing.getUID())) {
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
            status.stopped();
            release.cancel();
            EvseSession current = session;
            session = null;
            if (current != null) {
                current.close();
            }
            super.dispose();
        }
        requests.settingsChanged(null);
        channels.clear();
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

    private void armLink() {
        EvseSession current = session;
        BluetoothDevice bluetooth = device;
        if (current != null && bluetooth != null && !release.active()) {
            arming.arm(current, bluetooth, address);
        }
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
        EvseSession current = session;
        if (current == null || release.active()) {
            arming.reset();
        } else {
            arming.lost(current, () -> thing.getStatus());
        }
    }

    private void startBluetooth() {
        synchronized (lifecycle) {
            arming.reset();
            status.startingBluetooth(() -> super.initialize());
            status.bluetoothStarted(thing.getStatus());
        }
    }

    // the Thing status follows the session

    /** The base class's statuses pass only as {@link StatusPolicy} allows; this class reports past them. */
    @Override
    protected void updateStatus(ThingStatus thingStatus, ThingStatusDetail statusDetail, @Nullable String description) {
        if (status.acceptsBaseStatus(thingStatus, statusDetail)) {
            super.updateStatus(thingStatus, statusDetail, description);
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
        if (!release.active()) {
            status.sessionChanged(state, reason);
        }
    }

    // what the session reports

    @Override
    public void onIdentity(ChargerIdentity identity) {
        GattProfile profile = link.profile();
        if (profile != null) {
            updateProperties(ChannelStates.properties(identity, profile));
        }
        Thing changed = channels.withPhaseChannels(thing, editThing(), getCallback(), identity.phases() > 1, address);
        if (changed != null) {
            updateThing(changed);
        }
        homeAssistant.identify(identity, String.valueOf(address));
    }

    @Override
    public void onStatus(AcStatus acStatus) {
        publish(ChannelStates.ofStatus(acStatus));
    }

    @Override
    public void onChargingSession(ChargingStatus chargingStatus) {
        publish(ChannelStates.ofChargingSession(chargingStatus, zone));
    }

    @Override
    public void onSettings(ChargerSettings newSettings) {
        requests.settingsChanged(newSettings);
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
        channels.publish(states, thing, (channelId, state) -> updateState(channelId, state));
    }

    // commands

    @Override
    public void handleCommand(ChannelUID channelUID, Command command) {
        String channelId = channelUID.getId();
        if (!(command instanceof RefreshType)) {
            requests.send(channelId, command,
                    () -> updateState(channelUID, channels.lastOr(channelId, UnDefType.UNDEF)));
            return;
        }
        State last = channels.last(channelId);
        if (last != null) {
            updateState(channelUID, last);
        } else {
            super.handleCommand(channelUID, command);
        }
    }

    // rule actions

    /**
     * @param startAt a reservation up to 24 h ahead; null or not in the future: now
     */
    CompletableFuture<ChargeStartResult> startCharging(int amperes, @Nullable ZonedDateTime startAt,
            @Nullable Duration maxDuration, @Nullable BigDecimal maxEnergyKwh) {
        return requests.startCharging(amperes, startAt, maxDuration, maxEnergyKwh, zone);
    }

    CompletableFuture<ChargeStopResult> stopCharging() {
        return requests.stopCharging();
    }

    CompletableFuture<SystemTime> syncClock() {
        return requests.syncClock();
    }

    /**
     * Changes the charger PIN and, once the charger confirmed it, stores it as the Thing's {@code password}.
     *
     * @param newPin exactly six digits
     * @return whether the new PIN could be stored in the Thing configuration (not for Things from files)
     */
    CompletableFuture<Boolean> changePin(String newPin) {
        return requests.changePin(newPin, pin -> storePin(pin));
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
        return release.release(duration, zone, address, () -> {
            arming.reset();
            current.linkDown();
        });
    }

    /**
     * @return the link to the charger, for tests that follow its operations
     */
    GattLink link() {
        return link;
    }
}

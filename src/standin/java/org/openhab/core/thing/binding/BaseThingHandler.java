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
package org.openhab.core.thing.binding;

import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.ThreadPoolManager;
import org.openhab.core.config.core.ConfigDescription;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.Bridge;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingStatusInfo;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.binding.builder.ThingStatusInfoBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.thing.util.ThingHandlerHelper;
import org.openhab.core.types.Command;
import org.openhab.core.types.RefreshType;
import org.openhab.core.types.State;
import org.openhab.core.types.TimeSeries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.binding.BaseThingHandler} for compiling and testing the
 * binding only. Behaves like openHAB: every report goes to the {@link ThingHandlerCallback}; without a callback
 * (handler disposed) a warning is logged and nothing happens.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class BaseThingHandler implements ThingHandler {

    private static final String THING_HANDLER_THREADPOOL_NAME = "thingHandler";
    private static final String DISPOSED = "Handler {} tried {} although the handler was already disposed.";

    private final Logger logger = LoggerFactory.getLogger(BaseThingHandler.class);

    protected final ScheduledExecutorService scheduler = ThreadPoolManager
            .getScheduledPool(THING_HANDLER_THREADPOOL_NAME);

    protected Thing thing;

    private @Nullable ThingHandlerCallback callback;

    /**
     * Creates a handler for the given thing.
     *
     * @param thing the thing to handle
     */
    public BaseThingHandler(Thing thing) {
        this.thing = thing;
    }

    @Override
    public void handleRemoval() {
        updateStatus(ThingStatus.REMOVED);
    }

    @Override
    public void handleConfigurationUpdate(Map<String, Object> configurationParameters) {
        if (!isModifyingCurrentConfig(configurationParameters)) {
            return;
        }
        validateConfigurationParameters(configurationParameters);
        Configuration configuration = editConfiguration();
        for (Entry<String, Object> parameter : configurationParameters.entrySet()) {
            configuration.put(parameter.getKey(), parameter.getValue());
        }
        if (isInitialized()) {
            dispose();
            updateConfiguration(configuration);
            initialize();
        } else {
            updateConfiguration(configuration);
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.configurationUpdated(getThing());
            } else {
                warnDisposed("updating its configuration");
            }
        }
    }

    protected boolean isModifyingCurrentConfig(Map<String, Object> configurationParameters) {
        Configuration currentConfig = getConfig();
        for (Entry<String, Object> entry : configurationParameters.entrySet()) {
            if (!Objects.equals(currentConfig.get(entry.getKey()), entry.getValue())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void dispose() {
        // can be overridden by subclasses
    }

    @Override
    public Thing getThing() {
        return thing;
    }

    @Override
    public void thingUpdated(Thing thing) {
        dispose();
        this.thing = thing;
        initialize();
    }

    @Override
    public void setCallback(@Nullable ThingHandlerCallback thingHandlerCallback) {
        synchronized (this) {
            this.callback = thingHandlerCallback;
        }
    }

    protected @Nullable ThingHandlerCallback getCallback() {
        return callback;
    }

    @Override
    public void channelLinked(ChannelUID channelUID) {
        handleCommand(channelUID, RefreshType.REFRESH);
    }

    @Override
    public void channelUnlinked(ChannelUID channelUID) {
        // can be overridden by subclasses
    }

    protected void validateConfigurationParameters(Map<String, Object> configurationParameters) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            callback.validateConfigurationParameters(getThing(), configurationParameters);
        } else {
            warnDisposed("validating its configuration");
        }
    }

    protected @Nullable ConfigDescription getConfigDescription() {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            return callback.getConfigDescription(thing.getThingTypeUID());
        }
        warnDisposed("retrieving its config description");
        return null;
    }

    protected @Nullable ConfigDescription getConfigDescription(ChannelTypeUID channelTypeUID) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            return callback.getConfigDescription(channelTypeUID);
        }
        warnDisposed("retrieving a channel config description");
        return null;
    }

    protected Configuration getConfig() {
        return getThing().getConfiguration();
    }

    protected <T> T getConfigAs(Class<T> configurationClass) {
        return getConfig().as(configurationClass);
    }

    protected void updateState(ChannelUID channelUID, State state) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.stateUpdated(channelUID, state);
            } else {
                warnDisposed("updating channel " + channelUID);
            }
        }
    }

    protected void updateState(String channelID, State state) {
        updateState(new ChannelUID(getThing().getUID(), channelID), state);
    }

    protected void sendTimeSeries(ChannelUID channelUID, TimeSeries timeSeries) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.sendTimeSeries(channelUID, timeSeries);
            } else {
                warnDisposed("sending to channel " + channelUID);
            }
        }
    }

    protected void sendTimeSeries(String channelID, TimeSeries timeSeries) {
        sendTimeSeries(new ChannelUID(getThing().getUID(), channelID), timeSeries);
    }

    protected void triggerChannel(ChannelUID channelUID, String event) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.channelTriggered(getThing(), channelUID, event);
            } else {
                warnDisposed("triggering channel " + channelUID);
            }
        }
    }

    protected void triggerChannel(String channelID, String event) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), event);
    }

    protected void triggerChannel(String channelID) {
        triggerChannel(new ChannelUID(getThing().getUID(), channelID), "");
    }

    protected void triggerChannel(ChannelUID channelUID) {
        triggerChannel(channelUID, "");
    }

    protected void postCommand(String channelID, Command command) {
        postCommand(new ChannelUID(getThing().getUID(), channelID), command);
    }

    protected void postCommand(ChannelUID channelUID, Command command) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                callback.postCommand(channelUID, command);
            } else {
                warnDisposed("posting a command to channel " + channelUID);
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail, @Nullable String description) {
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                ThingStatusInfo statusInfo = ThingStatusInfoBuilder.create(status, statusDetail)
                        .withDescription(description).build();
                callback.statusUpdated(thing, statusInfo);
            } else {
                warnDisposed("updating the thing status");
            }
        }
    }

    protected void updateStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        updateStatus(status, statusDetail, null);
    }

    protected void updateStatus(ThingStatus status) {
        updateStatus(status, ThingStatusDetail.NONE, null);
    }

    protected ThingBuilder editThing() {
        return ThingBuilder.create(thing.getThingTypeUID(), thing.getUID()).withBridge(thing.getBridgeUID())
                .withChannels(thing.getChannels()).withConfiguration(thing.getConfiguration())
                .withLabel(thing.getLabel()).withLocation(thing.getLocation()).withProperties(thing.getProperties())
                .withSemanticEquipmentTag(thing.getSemanticEquipmentTag());
    }

    /**
     * Replaces the handled thing and reports it to the framework, after validating the configurations of the thing
     * and its channels through the callback.
     *
     * @param thing the changed copy of the thing, see {@link #editThing()}
     * @throws IllegalArgumentException if {@code thing} is the current thing itself
     */
    @SuppressWarnings("PMD.CompareObjectsWithEquals")
    protected void updateThing(Thing thing) {
        if (thing == this.thing) {
            throw new IllegalArgumentException(
                    "Changes must not be done on the current thing - create a copy, e.g. via editThing()");
        }
        ThingHandlerCallback callback = this.callback;
        if (callback == null) {
            warnDisposed("updating thing " + thing.getUID());
            return;
        }
        callback.validateConfigurationParameters(thing, thing.getConfiguration().getProperties());
        for (Channel channel : thing.getChannels()) {
            callback.validateConfigurationParameters(channel, channel.getConfiguration().getProperties());
        }
        synchronized (this) {
            this.thing = thing;
            callback.thingUpdated(thing);
        }
    }

    protected Configuration editConfiguration() {
        return new Configuration(new HashMap<>(thing.getConfiguration().getProperties()));
    }

    /**
     * Validates the configuration through the callback, applies it to the thing and reports the thing to the
     * framework; the old configuration is restored if the framework fails.
     *
     * @param configuration the new configuration
     */
    protected void updateConfiguration(Configuration configuration) {
        ThingHandlerCallback callback = this.callback;
        if (callback == null) {
            warnDisposed("updating its configuration");
            return;
        }
        callback.validateConfigurationParameters(thing, configuration.getProperties());
        Map<String, Object> old = thing.getConfiguration().getProperties();
        boolean applied = false;
        try {
            synchronized (this) {
                thing.getConfiguration().setProperties(configuration.getProperties());
                callback.thingUpdated(thing);
            }
            applied = true;
        } finally {
            if (!applied) {
                logger.warn("Error while applying configuration changes - reverting configuration changes on thing "
                        + "'{}'.", thing.getUID());
                thing.getConfiguration().setProperties(old);
            }
        }
    }

    protected Map<String, String> editProperties() {
        return new HashMap<>(thing.getProperties());
    }

    protected void updateProperties(@Nullable Map<String, String> properties) {
        updatePropertiesInternal(properties == null ? null : new HashMap<>(properties));
    }

    protected void updateProperty(String name, @Nullable String value) {
        Map<String, @Nullable String> single = new HashMap<>();
        single.put(name, value);
        updatePropertiesInternal(single);
    }

    private void updatePropertiesInternal(@Nullable Map<String, @Nullable String> properties) {
        boolean changed = false;
        if (properties == null) {
            if (!thing.getProperties().isEmpty()) {
                thing.setProperties(Map.of());
                changed = true;
            }
        } else {
            for (Entry<String, @Nullable String> property : properties.entrySet()) {
                String existing = thing.getProperties().get(property.getKey());
                if (existing == null || !existing.equals(property.getValue())) {
                    thing.setProperty(property.getKey(), property.getValue());
                    changed = true;
                }
            }
        }
        if (changed) {
            synchronized (this) {
                ThingHandlerCallback callback = this.callback;
                if (callback != null) {
                    callback.thingUpdated(thing);
                } else {
                    warnDisposed("updating its thing's properties");
                }
            }
        }
    }

    protected @Nullable Bridge getBridge() {
        ThingUID bridgeUID = thing.getBridgeUID();
        synchronized (this) {
            ThingHandlerCallback callback = this.callback;
            if (callback != null) {
                return bridgeUID != null ? callback.getBridge(bridgeUID) : null;
            }
            warnDisposed("accessing its bridge");
            return null;
        }
    }

    protected boolean isLinked(String channelId) {
        return isLinked(new ChannelUID(getThing().getUID(), channelId));
    }

    protected boolean isLinked(ChannelUID channelUID) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            return callback.isChannelLinked(channelUID);
        }
        warnDisposed("checking if channel " + channelUID + " is linked");
        return false;
    }

    protected boolean isInitialized() {
        return ThingHandlerHelper.isHandlerInitialized(this);
    }

    @Override
    public void bridgeStatusChanged(ThingStatusInfo bridgeStatusInfo) {
        if (bridgeStatusInfo.getStatus() == ThingStatus.ONLINE
                && getThing().getStatusInfo().getStatusDetail() == ThingStatusDetail.BRIDGE_OFFLINE) {
            updateStatus(ThingStatus.ONLINE, ThingStatusDetail.NONE);
        } else if (bridgeStatusInfo.getStatus() == ThingStatus.OFFLINE) {
            updateStatus(ThingStatus.OFFLINE, ThingStatusDetail.BRIDGE_OFFLINE);
        }
    }

    protected void changeThingType(ThingTypeUID thingTypeUID, Configuration configuration) {
        ThingHandlerCallback callback = this.callback;
        if (callback != null) {
            callback.migrateThingType(getThing(), thingTypeUID, configuration);
        } else {
            warnDisposed("migrating the thing type");
        }
    }

    private void warnDisposed(String action) {
        logger.warn(DISPOSED, getClass().getSimpleName(), action);
    }
}

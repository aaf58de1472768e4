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

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothBindingConstants;
import org.openhab.core.thing.Channel;
import org.openhab.core.thing.ChannelUID;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.binding.ThingHandlerCallback;
import org.openhab.core.thing.binding.builder.ThingBuilder;
import org.openhab.core.thing.type.ChannelTypeUID;
import org.openhab.core.types.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The channels of {@link EvseHandler}: remembers the last known state of every channel (for REFRESH and for a
 * refused command) and adds or removes the L2/L3 channels to match the charger's phases.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class ChannelBook {

    private static final ChannelTypeUID VOLTAGE_TYPE = new ChannelTypeUID(BluetoothBindingConstants.BINDING_ID,
            "evsemaster-voltage");
    private static final ChannelTypeUID CURRENT_TYPE = new ChannelTypeUID(BluetoothBindingConstants.BINDING_ID,
            "evsemaster-current");
    private static final Map<String, String> PHASE_LABELS = Map.of(CHANNEL_VOLTAGE_L2, "Voltage L2", CHANNEL_VOLTAGE_L3,
            "Voltage L3", CHANNEL_CURRENT_L2, "Current L2", CHANNEL_CURRENT_L3, "Current L3");

    private final Logger logger = LoggerFactory.getLogger(ChannelBook.class);
    private final Map<String, State> lastStates = new ConcurrentHashMap<>();

    /**
     * Remembers every state and passes on those of the channels the Thing has.
     */
    void publish(Map<String, State> states, Thing thing, BiConsumer<String, State> update) {
        states.forEach((channelId, state) -> {
            lastStates.put(channelId, state);
            if (thing.getChannel(channelId) != null) {
                update.accept(channelId, state);
            }
        });
    }

    @Nullable
    State last(String channelId) {
        return lastStates.get(channelId);
    }

    State lastOr(String channelId, State fallback) {
        return lastStates.getOrDefault(channelId, fallback);
    }

    void clear() {
        lastStates.clear();
    }

    /**
     * @param builder a builder of the Thing
     * @param address names the charger in the log
     * @return the Thing with the L2/L3 channels matching the phases; null if it has them already
     */
    @Nullable
    Thing withPhaseChannels(Thing thing, ThingBuilder builder, @Nullable ThingHandlerCallback callback,
            boolean threePhase, @Nullable Object address) {
        boolean changed = false;
        for (String channelId : THREE_PHASE_CHANNELS) {
            Channel channel = thing.getChannel(channelId);
            if (!threePhase && channel != null) {
                builder.withoutChannel(channel.getUID());
                changed = true;
            } else if (threePhase && channel == null) {
                Channel added = phaseChannel(thing, callback, channelId);
                if (added != null) {
                    builder.withChannel(added);
                    changed = true;
                }
            }
        }
        if (!changed) {
            return null;
        }
        logger.debug("{} has {} phase(s): updating the L2/L3 channels", address, threePhase ? 3 : 1);
        return builder.build();
    }

    private static @Nullable Channel phaseChannel(Thing thing, @Nullable ThingHandlerCallback callback,
            String channelId) {
        if (callback == null) {
            return null;
        }
        ChannelTypeUID type = channelId.startsWith("voltage") ? VOLTAGE_TYPE : CURRENT_TYPE;
        return callback.createChannelBuilder(new ChannelUID(thing.getUID(), channelId), type)
                .withLabel(PHASE_LABELS.getOrDefault(channelId, channelId)).build();
    }
}

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

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes in the messages Home Assistant sends on the command topics: finds the commandable component, validates the
 * payload with {@link CommandValidator}, and on an invalid one has the true state published again so Home Assistant
 * drops its optimistic value. Not thread-safe: the mirror calls it under its own lock and hands the validated command
 * over outside of it.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class CommandIntake {

    private final Logger logger = LoggerFactory.getLogger(CommandIntake.class);
    private final boolean commandsAllowed;
    private final CommandSink commands;
    private final Consumer<Component> republish;

    /**
     * @param commandsAllowed whether Home Assistant may command the charger
     * @param commands receives validated commands
     * @param republish publishes a component's true state, even if unchanged
     */
    CommandIntake(boolean commandsAllowed, CommandSink commands, Consumer<Component> republish) {
        this.commandsAllowed = commandsAllowed;
        this.commands = commands;
        this.republish = republish;
    }

    /**
     * @param components the charger's components
     * @param topic the topic the message arrived on, not Home Assistant's status topic
     * @return hands the validated command to the {@link CommandSink}, null if the message is ignored
     */
    @Nullable
    Runnable accept(Topics topics, DeviceInfo device, List<Component> components, String topic, String payload) {
        String key = topics.commandKey(topic);
        Component target = key == null ? null : commandable(components, key);
        if (target == null || !commandsAllowed) {
            logger.debug("Ignoring a message on {}", topic);
            return null;
        }
        String command = CommandValidator.validate(target, payload, device);
        if (command == null) {
            logger.debug("Ignoring invalid Home Assistant command '{}' for {}", payload, target.channelId());
            republish.accept(target);
            return null;
        }
        return handOver(target.channelId(), command);
    }

    private Runnable handOver(String channelId, String command) {
        return () -> commands.command(channelId, command);
    }

    private static @Nullable Component commandable(List<Component> components, String key) {
        return components.stream().filter(component -> component.key().equals(key))
                .filter(component -> component.platform().commandable()).findFirst().orElse(null);
    }
}

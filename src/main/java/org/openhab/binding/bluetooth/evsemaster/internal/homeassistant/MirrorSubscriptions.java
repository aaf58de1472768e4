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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Subscribes the mirror to Home Assistant's status topic and, if commands are allowed, to the command topics; has
 * the mirror try again after {@link HaMirror#RESUBSCRIBE_DELAY} while a subscription fails.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class MirrorSubscriptions {

    private final Logger logger = LoggerFactory.getLogger(MirrorSubscriptions.class);
    private final MqttPort port;
    private final ScheduledExecutorService scheduler;
    private final boolean commandsAllowed;
    private final Runnable resubscribe;

    /**
     * @param resubscribe subscribes again if the mirror is still connected and open
     */
    MirrorSubscriptions(MqttPort port, ScheduledExecutorService scheduler, boolean commandsAllowed,
            Runnable resubscribe) {
        this.port = port;
        this.scheduler = scheduler;
        this.commandsAllowed = commandsAllowed;
        this.resubscribe = resubscribe;
    }

    /**
     * @return completes when the broker answered every subscription
     */
    CompletableFuture<@Nullable Void> subscribe(Topics topics) {
        List<CompletableFuture<Boolean>> subscriptions = new ArrayList<>();
        subscriptions.add(port.subscribe(topics.homeAssistantStatus(), HaMirror.QOS));
        if (commandsAllowed) {
            subscriptions.add(port.subscribe(topics.commandFilter(), HaMirror.QOS));
        }
        return CompletableFuture.allOf(subscriptions.toArray(CompletableFuture[]::new)).handle((done, error) -> {
            if (error != null || subscriptions.stream().anyMatch(subscribed -> !subscribed.join())) {
                logger.debug("Subscribing failed, trying again: {}", error == null ? "refused" : error.getMessage());
                scheduler.schedule(resubscribe, HaMirror.RESUBSCRIBE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
            }
            return null;
        });
    }
}

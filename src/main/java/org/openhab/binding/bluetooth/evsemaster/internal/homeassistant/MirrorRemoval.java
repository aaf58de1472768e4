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
import java.util.function.Supplier;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Removes the charger from Home Assistant: empty retained discovery, state and availability messages, then a clean
 * disconnect. Remembers a removal requested while disconnected until the next connect. Not thread-safe: the mirror
 * calls it under its own lock.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class MirrorRemoval {

    private final MqttPort port;
    private final Supplier<CompletableFuture<Boolean>> stopPort;
    private final CompletableFuture<@Nullable Void> removed = new CompletableFuture<>();
    private boolean requested;

    /**
     * @param stopPort stops the MQTT client once, later calls complete at once
     */
    MirrorRemoval(MqttPort port, Supplier<CompletableFuture<Boolean>> stopPort) {
        this.port = port;
        this.stopPort = stopPort;
    }

    /**
     * @param topics the charger's topics, null if it never connected
     * @param connected whether the removal can be published now
     * @return completes when the removal was published and the connection closed
     */
    CompletableFuture<@Nullable Void> request(@Nullable Topics topics, boolean connected) {
        if (topics == null) {
            removed.complete(null);
        } else if (!requested) {
            requested = true;
            if (connected) {
                publish(topics);
            }
        }
        return removed;
    }

    boolean requested() {
        return requested;
    }

    /**
     * Publishes the removal, then stops the MQTT client and completes the future of {@link #request}.
     */
    void publish(Topics topics) {
        List<CompletableFuture<Boolean>> sent = new ArrayList<>();
        sent.add(port.publish(topics.config(), "", HaMirror.QOS, true));
        Components.all().forEach(component -> sent.add(port.publish(topics.state(component), "", HaMirror.QOS, true)));
        sent.add(port.publish(topics.availability(), "", HaMirror.QOS, true));
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).handle((done, error) -> true)
                .thenCompose(done -> stopPort.get()).whenComplete((done, error) -> removed.complete(null));
    }
}

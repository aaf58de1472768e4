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

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the mirror's retained messages, logging failures, and skips state payloads that are unchanged since the
 * last (re)connect or refresh. Not thread-safe: the mirror calls it under its own lock.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class RetainedPublisher {

    private final Logger logger = LoggerFactory.getLogger(RetainedPublisher.class);
    private final MqttPort port;
    /** Last payload per state topic since the last (re)connect or refresh. */
    private final Map<String, String> published = new HashMap<>();

    RetainedPublisher(MqttPort port) {
        this.port = port;
    }

    /**
     * Forgets what was published: every state goes out again.
     */
    void forget() {
        published.clear();
    }

    /**
     * @param force publish even if unchanged
     */
    void publishState(String topic, String payload, boolean force) {
        if (force || !payload.equals(published.get(topic))) {
            published.put(topic, payload);
            send(topic, payload);
        }
    }

    void send(String topic, String payload) {
        port.publish(topic, payload, HaMirror.QOS, true).whenComplete((sent, error) -> {
            if (error != null || !Boolean.TRUE.equals(sent)) {
                logger.debug("Publishing to {} failed: {}", topic, error == null ? "not sent" : error.getMessage());
            }
        });
    }
}

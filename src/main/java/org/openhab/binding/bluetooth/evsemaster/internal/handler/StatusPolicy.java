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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.evsemaster.internal.EvseConfiguration;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionReason;
import org.openhab.binding.bluetooth.evsemaster.internal.session.SessionState;
import org.openhab.core.config.core.Configuration;
import org.openhab.core.thing.ThingStatus;
import org.openhab.core.thing.ThingStatusDetail;
import org.openhab.core.thing.ThingUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the Thing status of {@link EvseHandler}: maps the session's states, configuration errors and link failures
 * to a status, detail and {@code @text} key, and filters the statuses of the Bluetooth base class. The Thing is ONLINE
 * only while the session is logged in, so the base class's own statuses (ONLINE on a bare connection or an
 * advertisement, OFFLINE without a reason when the link drops) are ignored once the session decides the status,
 * except while the base class starts up (an invalid address or bridge).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class StatusPolicy {

    /**
     * Sets the Thing status past the filter of {@link EvseHandler#updateStatus}.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    @FunctionalInterface
    interface StatusSink {
        void report(ThingStatus status, ThingStatusDetail detail, @Nullable String description);
    }

    private final Logger logger = LoggerFactory.getLogger(StatusPolicy.class);
    private final StatusSink sink;
    private volatile boolean bluetoothStarting;
    private volatile boolean statusFromSession;

    StatusPolicy(StatusSink sink) {
        this.sink = sink;
    }

    /**
     * Validates the Thing configuration and reports the first invalid parameter.
     *
     * @return whether the configuration was rejected
     */
    boolean rejectsConfiguration(Configuration config, ThingUID thingUID) {
        String invalid = EvseConfiguration.invalidParameter(config);
        if (invalid == null) {
            invalid = MirrorSettings.invalidParameter(config);
        }
        if (invalid == null) {
            return false;
        }
        logger.debug("Thing {} has an invalid value of configuration parameter {}", thingUID, invalid);
        sink.report(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR,
                TEXT_INVALID_PARAMETER + " [\"" + invalid + "\"]");
        return true;
    }

    /** Runs the start of the base class, whose statuses pass meanwhile. */
    void startingBluetooth(Runnable start) {
        bluetoothStarting = true;
        try {
            start.run();
        } finally {
            bluetoothStarting = false;
        }
    }

    /**
     * @param status the Thing status right after the start of the base class: unless OFFLINE, the session decides
     */
    void bluetoothStarted(ThingStatus status) {
        statusFromSession = status != ThingStatus.OFFLINE;
    }

    void stopped() {
        statusFromSession = false;
    }

    /**
     * @return whether a status of the base class may pass
     */
    boolean acceptsBaseStatus(ThingStatus status, ThingStatusDetail statusDetail) {
        if (status != ThingStatus.ONLINE && (bluetoothStarting || !statusFromSession)) {
            return true;
        }
        logger.trace("Status {} {} of the Bluetooth base handler ignored", status, statusDetail);
        return false;
    }

    void sessionChanged(SessionState state, SessionReason reason) {
        switch (state) {
            case LOGGED_IN -> sink.report(ThingStatus.ONLINE, ThingStatusDetail.NONE, null);
            case WRONG_PASSWORD ->
                sink.report(ThingStatus.OFFLINE, ThingStatusDetail.CONFIGURATION_ERROR, TEXT_WRONG_PASSWORD);
            case DISCONNECTED, LOGGING_IN -> {
                String description = describe(reason);
                if (description != null) {
                    sink.report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, description);
                }
            }
            default -> {
                // while (re)connecting the status stays until a failure is known
            }
        }
    }

    void unsupportedGatt() {
        sink.report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, TEXT_UNSUPPORTED_GATT);
    }

    /** A connection attempt failed; the session did not use the link, so it reports nothing. */
    void connectionFailed() {
        sink.report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR, TEXT_LINK_LOST);
    }

    /**
     * @param end the end of the release, as shown to the user
     */
    void linkReleased(String end) {
        sink.report(ThingStatus.OFFLINE, ThingStatusDetail.COMMUNICATION_ERROR,
                TEXT_LINK_RELEASED + " [\"" + end + "\"]");
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
}

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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import java.time.Duration;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The simulated charger's timing (spec §1.4, §4.13, §5.1), fluent and mutable like {@link SimulatorConfig}: the
 * simulator reads each value when it needs it, so a test may change one between steps (e.g. slower answers).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public final class SimulatorTiming {

    private Duration firstAnnouncementDelay = Duration.ofSeconds(1);
    private Duration announceIntervalMin = Duration.ofSeconds(3);
    private Duration announceIntervalMax = Duration.ofSeconds(5);
    private Duration headingInterval = Duration.ofSeconds(10);
    private Duration statusIntervalMin = Duration.ofSeconds(5);
    private Duration statusIntervalMax = Duration.ofSeconds(15);
    private Duration chargingStatusInterval = Duration.ofSeconds(10);
    private Duration registrationTimeout = Duration.ofSeconds(30);
    private Duration recordRepeatInterval = Duration.ofMillis(3600);
    private Duration answerDelay = Duration.ofMillis(50);
    private Duration bootDuration = Duration.ofSeconds(5);
    private Duration renameDropDelay = Duration.ofMillis(300);
    private Duration currentChangePause = Duration.ofSeconds(20);

    public SimulatorTiming firstAnnouncementDelay(Duration value) {
        firstAnnouncementDelay = value;
        return this;
    }

    public Duration firstAnnouncementDelay() {
        return firstAnnouncementDelay;
    }

    /**
     * @param min shortest gap between two 0x0001 announcements while unregistered
     * @param max longest gap; each gap is drawn uniformly from [min, max] with the seeded random source
     */
    public SimulatorTiming announceInterval(Duration min, Duration max) {
        announceIntervalMin = min;
        announceIntervalMax = max;
        return this;
    }

    public Duration announceIntervalMin() {
        return announceIntervalMin;
    }

    public Duration announceIntervalMax() {
        return announceIntervalMax;
    }

    public SimulatorTiming headingInterval(Duration value) {
        headingInterval = value;
        return this;
    }

    public Duration headingInterval() {
        return headingInterval;
    }

    /**
     * @param min shortest gap between two 0x0004 pushes while registered
     * @param max longest gap; drawn like the announcement gaps
     */
    public SimulatorTiming statusInterval(Duration min, Duration max) {
        statusIntervalMin = min;
        statusIntervalMax = max;
        return this;
    }

    public Duration statusIntervalMin() {
        return statusIntervalMin;
    }

    public Duration statusIntervalMax() {
        return statusIntervalMax;
    }

    /**
     * @param value gap between two 0x0005 pushes while registered; also the step in which the session duration
     *            field is refreshed while charging
     */
    public SimulatorTiming chargingStatusInterval(Duration value) {
        chargingStatusInterval = value;
        return this;
    }

    public Duration chargingStatusInterval() {
        return chargingStatusInterval;
    }

    /**
     * @param value silence after the last 0x8003 after which the registration is dropped
     */
    public SimulatorTiming registrationTimeout(Duration value) {
        registrationTimeout = value;
        return this;
    }

    public Duration registrationTimeout() {
        return registrationTimeout;
    }

    public SimulatorTiming recordRepeatInterval(Duration value) {
        recordRepeatInterval = value;
        return this;
    }

    public Duration recordRepeatInterval() {
        return recordRepeatInterval;
    }

    /**
     * @param value time between a datagram's arrival and its processing (and answer)
     */
    public SimulatorTiming answerDelay(Duration value) {
        answerDelay = value;
        return this;
    }

    public Duration answerDelay() {
        return answerDelay;
    }

    /**
     * @param value time a reboot keeps the charger deaf, mute and (for a power cycle) unconnectable
     */
    public SimulatorTiming bootDuration(Duration value) {
        bootDuration = value;
        return this;
    }

    public Duration bootDuration() {
        return bootDuration;
    }

    /**
     * @param value time between the 0x0108 answer to a rename and the charger dropping the link
     */
    public SimulatorTiming renameDropDelay(Duration value) {
        renameDropDelay = value;
        return this;
    }

    public Duration renameDropDelay() {
        return renameDropDelay;
    }

    /**
     * @param value how long a running session draws nothing after the output current was changed (BS20: ~20 s,
     *            spec §4.10)
     */
    public SimulatorTiming currentChangePause(Duration value) {
        currentChangePause = value;
        return this;
    }

    public Duration currentChangePause() {
        return currentChangePause;
    }
}

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
package org.openhab.core.io.transport.mqtt.reconnect;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.io.transport.mqtt.MqttBrokerConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in of openHAB's {@code org.openhab.core.io.transport.mqtt.reconnect.PeriodicReconnectStrategy} (compile/test
 * only, never shipped): after a lost connection, calls {@link MqttBrokerConnection#start()} first after
 * {@code firstReconnectAfter} ms and then every {@code reconnectFrequency} ms (defaults 10 000 / 60 000) until
 * {@link #connectionEstablished()}. Only active between {@link #start()} and {@link #stop()}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class PeriodicReconnectStrategy extends AbstractReconnectStrategy {
    private final Logger logger = LoggerFactory.getLogger(PeriodicReconnectStrategy.class);
    private final int reconnectFrequency;
    private final int firstReconnectAfter;

    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable ScheduledFuture<?> scheduledTask;

    /** Reconnects every 60 s, the first attempt after 10 s. */
    public PeriodicReconnectStrategy() {
        this(60000, 10000);
    }

    /**
     * @param reconnectFrequency interval between attempts in ms
     * @param firstReconnectAfter delay of the first attempt after a loss in ms
     */
    public PeriodicReconnectStrategy(int reconnectFrequency, int firstReconnectAfter) {
        this.reconnectFrequency = reconnectFrequency;
        this.firstReconnectAfter = firstReconnectAfter;
    }

    @Override
    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newScheduledThreadPool(1);
        }
    }

    @Override
    public synchronized void stop() {
        ScheduledExecutorService currentScheduler = scheduler;
        if (currentScheduler != null) {
            currentScheduler.shutdownNow();
            scheduler = null;
        }
        ScheduledFuture<?> task = scheduledTask;
        if (task != null) {
            task.cancel(true);
            scheduledTask = null;
        }
    }

    public synchronized boolean isStarted() {
        return scheduler != null;
    }

    @Override
    public synchronized void lostConnection() {
        ScheduledExecutorService currentScheduler = scheduler;
        if (currentScheduler == null) {
            return;
        }
        if (brokerConnection == null) {
            stop();
            return;
        }
        ScheduledFuture<?> task = scheduledTask;
        if (task != null && !task.isDone()) {
            return;
        }
        scheduledTask = currentScheduler.scheduleWithFixedDelay(this::attemptReconnect, getFirstReconnectAfter(),
                getReconnectFrequency(), TimeUnit.MILLISECONDS);
    }

    private void attemptReconnect() {
        MqttBrokerConnection connection = brokerConnection;
        if (connection == null) {
            stop();
            return;
        }
        logger.info("Try to restore connection to '{}'. Next attempt in {}ms", connection.getHost(),
                getReconnectFrequency());
        connection.start().exceptionally(e -> {
            logger.warn("Broker connection couldn't be started", e);
            return false;
        });
    }

    @Override
    public synchronized void connectionEstablished() {
        ScheduledFuture<?> task = scheduledTask;
        if (task != null) {
            task.cancel(true);
            scheduledTask = null;
        }
    }

    @Override
    public synchronized boolean isReconnecting() {
        return scheduledTask != null;
    }

    public int getReconnectFrequency() {
        return reconnectFrequency;
    }

    public int getFirstReconnectAfter() {
        return firstReconnectAfter;
    }
}

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
package org.openhab.core.io.transport.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.TrustManager;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.io.transport.mqtt.internal.Subscription;
import org.openhab.core.io.transport.mqtt.internal.client.MqttAsyncClientWrapper;
import org.openhab.core.io.transport.mqtt.reconnect.AbstractReconnectStrategy;
import org.openhab.core.io.transport.mqtt.reconnect.PeriodicReconnectStrategy;
import org.osgi.service.cm.ConfigurationException;

import com.hivemq.client.mqtt.lifecycle.MqttClientConnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientConnectedListener;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedContext;
import com.hivemq.client.mqtt.lifecycle.MqttClientDisconnectedListener;

/**
 * Stand-in of openHAB's {@code org.openhab.core.io.transport.mqtt.MqttBrokerConnection} (compile/test only, never
 * shipped): a client connection to one MQTT broker (HiveMQ client in openHAB).
 * <p>
 * <b>Not functional as a transport.</b> Constructors (validation, default port 1883/8883, random client id,
 * {@link PeriodicReconnectStrategy}), getters/setters, observer bookkeeping and {@link #connectionState()} behave like
 * the real class. Everything that needs the network ({@link #start()}, {@link #stop()}, {@link #publish},
 * {@link #subscribe}, {@link #unsubscribe}, {@link #unsubscribeAll()}, the protected raw operations and
 * {@link #createClient()}) throws {@link UnsupportedOperationException}. Test MQTT through a port/adapter instead.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class MqttBrokerConnection {
    public static final Protocol DEFAULT_PROTOCOL = Protocol.TCP;
    public static final MqttVersion DEFAULT_MQTT_VERSION = MqttVersion.V3;
    public static final int DEFAULT_KEEPALIVE_INTERVAL = 60;
    public static final int DEFAULT_QOS = 0;

    private static final String NOT_AVAILABLE = "MqttBrokerConnection stand-in has no MQTT transport";

    /**
     * MQTT transport protocols.
     */
    public enum Protocol {
        TCP,
        WEBSOCKETS
    }

    /**
     * Supported MQTT protocol versions.
     */
    public enum MqttVersion {
        V3,
        V5
    }

    protected final Protocol protocol;
    protected final String host;
    protected final int port;
    protected final boolean secure;
    protected final boolean hostnameValidated;
    protected final MqttVersion mqttVersion;

    // the real class keeps a TrustManagerFactory (default: netty's accept-all factory) instead
    private TrustManager[] trustManagers = new TrustManager[0];
    protected final String clientId;
    private @Nullable String user;
    private @Nullable String password;

    private int qos = DEFAULT_QOS;
    private @Nullable MqttWillAndTestament lastWill;
    protected @Nullable AbstractReconnectStrategy reconnectStrategy;
    private int keepAliveInterval = DEFAULT_KEEPALIVE_INTERVAL;
    private boolean cleanSessionStart = true;
    private boolean unsubscribeOnStop = true;

    protected @Nullable MqttAsyncClientWrapper client;
    protected boolean isConnecting = false;
    protected final List<MqttConnectionObserver> connectionObservers = new CopyOnWriteArrayList<>();
    protected final Map<String, Subscription> subscribers = new ConcurrentHashMap<>();

    protected final AtomicReference<@Nullable ScheduledFuture<?>> timeoutFuture = new AtomicReference<>(null);
    protected @Nullable ScheduledExecutorService timeoutExecutor;
    private int timeout = 1200; // connect timeout in ms, only used with a timeout executor

    /**
     * Connection listener handed to the HiveMQ client: informs the reconnect strategy and the connection observers.
     */
    public static class ConnectionCallback implements MqttClientConnectedListener, MqttClientDisconnectedListener {
        private final MqttBrokerConnection connection;
        private CompletableFuture<Boolean> future = new CompletableFuture<>();

        public ConnectionCallback(MqttBrokerConnection mqttBrokerConnectionImpl) {
            this.connection = mqttBrokerConnectionImpl;
        }

        /** Re-subscribes all topics, then completes the start future and notifies the observers. */
        @Override
        public void onConnected(@Nullable MqttClientConnectedContext context) {
            connection.cancelTimeoutFuture();
            connection.isConnecting = false;
            AbstractReconnectStrategy strategy = connection.reconnectStrategy;
            if (strategy != null) {
                strategy.connectionEstablished();
            }
            List<CompletableFuture<Boolean>> resubscriptions = new ArrayList<>();
            connection.subscribers.forEach((topic, subscription) -> resubscriptions
                    .add(connection.subscribeRaw(topic, subscription)));
            CompletableFuture.allOf(resubscriptions.toArray(CompletableFuture[]::new)).thenRun(() -> {
                future.complete(true);
                connection.connectionObservers
                        .forEach(observer -> observer.connectionStateChanged(connection.connectionState(), null));
            });
        }

        @Override
        public void onDisconnected(@Nullable MqttClientDisconnectedContext context) {
            onDisconnected(context != null ? context.getCause() : new Throwable("unknown disconnect reason"));
        }

        /** Completes the start future with false, notifies DISCONNECTED and triggers the reconnect strategy. */
        public void onDisconnected(Throwable t) {
            connection.cancelTimeoutFuture();
            future.complete(false);
            connection.connectionObservers
                    .forEach(observer -> observer.connectionStateChanged(MqttConnectionState.DISCONNECTED, t));
            connection.isConnecting = false;
            AbstractReconnectStrategy strategy = connection.reconnectStrategy;
            if (strategy != null) {
                strategy.lostConnection();
            }
        }

        /** @return a fresh future for the next connection attempt */
        public CompletableFuture<Boolean> createFuture() {
            future = new CompletableFuture<>();
            return future;
        }
    }

    protected ConnectionCallback connectionCallback;

    /** TCP, MQTT 3, hostname validated. */
    public MqttBrokerConnection(String host, @Nullable Integer port, boolean secure, @Nullable String clientId) {
        this(host, port, secure, true, clientId);
    }

    /** TCP, MQTT 3. */
    public MqttBrokerConnection(String host, @Nullable Integer port, boolean secure, boolean hostnameValidated,
            @Nullable String clientId) {
        this(Protocol.TCP, MqttVersion.V3, host, port, secure, hostnameValidated, clientId);
    }

    /** Hostname validated. */
    public MqttBrokerConnection(Protocol protocol, MqttVersion mqttVersion, String host, @Nullable Integer port,
            boolean secure, @Nullable String clientId) {
        this(protocol, mqttVersion, host, port, secure, true, clientId);
    }

    /**
     * @param port the port, or null for 1883 (8883 when secure)
     * @param clientId the client id, or null for a random UUID
     * @throws IllegalArgumentException if the client id is longer than 65535 characters or the port is not 1..65535
     */
    public MqttBrokerConnection(Protocol protocol, MqttVersion mqttVersion, String host, @Nullable Integer port,
            boolean secure, boolean hostnameValidated, @Nullable String clientId) {
        if (clientId != null && clientId.length() > 65535) {
            throw new IllegalArgumentException("Client ID cannot be longer than 65535 characters");
        }
        if (port != null && (port <= 0 || port > 65535)) {
            throw new IllegalArgumentException("Port is not within a valid range");
        }
        this.protocol = protocol;
        this.mqttVersion = mqttVersion;
        this.host = host;
        this.port = port != null ? port : (secure ? 8883 : 1883);
        this.secure = secure;
        this.hostnameValidated = hostnameValidated;
        this.clientId = clientId != null ? clientId : UUID.randomUUID().toString();
        setReconnectStrategy(new PeriodicReconnectStrategy());
        connectionCallback = new ConnectionCallback(this);
    }

    public void setReconnectStrategy(AbstractReconnectStrategy reconnectStrategy) {
        this.reconnectStrategy = reconnectStrategy;
        reconnectStrategy.setBrokerConnection(this);
    }

    public @Nullable AbstractReconnectStrategy getReconnectStrategy() {
        return reconnectStrategy;
    }

    /** Without an executor no connect timeout is applied. */
    public void setTimeoutExecutor(@Nullable ScheduledExecutorService executor, int timeoutInMS) {
        timeoutExecutor = executor;
        timeout = timeoutInMS;
    }

    public void setTrustManagers(TrustManager[] trustManagers) {
        this.trustManagers = trustManagers.clone();
    }

    public TrustManager[] getTrustManagers() {
        return trustManagers.clone();
    }

    public Protocol getProtocol() {
        return protocol;
    }

    public MqttVersion getMqttVersion() {
        return mqttVersion;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public boolean isSecure() {
        return secure;
    }

    /** @return true only for secure connections with hostname validation */
    public boolean isHostnameValidated() {
        return secure && hostnameValidated;
    }

    public void setCredentials(@Nullable String user, @Nullable String password) {
        this.user = user;
        this.password = password;
    }

    public @Nullable String getPassword() {
        return password;
    }

    public @Nullable String getUser() {
        return user;
    }

    public int getQos() {
        return qos;
    }

    /** @throws IllegalArgumentException unless qos is 0, 1 or 2 */
    public void setQos(int qos) {
        if (qos < 0 || qos > 2) {
            throw new IllegalArgumentException();
        }
        this.qos = qos;
    }

    public @Nullable MqttWillAndTestament getLastWill() {
        return lastWill;
    }

    /**
     * Sets the last will; with {@code applyImmediately} the connection is restarted (not available in the stand-in).
     */
    public void setLastWill(@Nullable MqttWillAndTestament lastWill, boolean applyImmediately)
            throws ConfigurationException, MqttException {
        this.lastWill = lastWill;
        if (applyImmediately) {
            stop();
            start();
        }
    }

    /** Takes effect on the next (re)start. */
    public void setLastWill(@Nullable MqttWillAndTestament lastWill) {
        this.lastWill = lastWill;
    }

    public void setUnsubscribeOnStop(boolean unsubscribeOnStop) {
        this.unsubscribeOnStop = unsubscribeOnStop;
    }

    public String getClientId() {
        return clientId;
    }

    public MqttConnectionState connectionState() {
        if (isConnecting) {
            return MqttConnectionState.CONNECTING;
        }
        MqttAsyncClientWrapper currentClient = client;
        return currentClient != null && currentClient.getState().isConnected() ? MqttConnectionState.CONNECTED
                : MqttConnectionState.DISCONNECTED;
    }

    /** @throws IllegalArgumentException if not positive */
    public void setKeepAliveInterval(int keepAliveInterval) {
        if (keepAliveInterval <= 0) {
            throw new IllegalArgumentException("Keep alive cannot be <=0");
        }
        this.keepAliveInterval = keepAliveInterval;
    }

    public int getKeepAliveInterval() {
        return keepAliveInterval;
    }

    public void setCleanSessionStart(boolean cleanSessionStart) {
        this.cleanSessionStart = cleanSessionStart;
    }

    public boolean getCleanSessionStart() {
        return cleanSessionStart;
    }

    public boolean hasSubscribers() {
        return !subscribers.isEmpty();
    }

    public CompletableFuture<Boolean> subscribe(String topic, MqttMessageSubscriber subscriber) {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    protected CompletableFuture<Boolean> subscribeRaw(String topic, Subscription subscription) {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    @SuppressWarnings({ "null", "unused" })
    public CompletableFuture<Boolean> unsubscribe(String topic, MqttMessageSubscriber subscriber) {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    protected CompletableFuture<Boolean> unsubscribeRaw(MqttAsyncClientWrapper client, String topic) {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    public synchronized void addConnectionObserver(MqttConnectionObserver connectionObserver) {
        connectionObservers.add(connectionObserver);
    }

    public synchronized void removeConnectionObserver(MqttConnectionObserver connectionObserver) {
        connectionObservers.remove(connectionObserver);
    }

    public boolean hasConnectionObservers() {
        return !connectionObservers.isEmpty();
    }

    public CompletableFuture<Boolean> start() {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    protected MqttAsyncClientWrapper createClient() {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    protected boolean finalizeStopAfterDisconnect(boolean v) {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    public CompletableFuture<Void> unsubscribeAll() {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    public CompletableFuture<Boolean> stop() {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    public CompletableFuture<Boolean> publish(String topic, byte[] payload, int qos, boolean retain) {
        throw new UnsupportedOperationException(NOT_AVAILABLE);
    }

    /** Cancels a pending connect-timeout task, if any. */
    protected void cancelTimeoutFuture() {
        ScheduledFuture<?> pending = timeoutFuture.getAndSet(null);
        if (pending != null) {
            pending.cancel(false);
        }
    }
}

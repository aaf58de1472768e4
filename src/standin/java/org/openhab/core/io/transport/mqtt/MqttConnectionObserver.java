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

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.core.io.transport.mqtt.MqttConnectionObserver} (compile/test only, never
 * shipped): notified of connection state changes of a {@link MqttBrokerConnection}, on the MQTT client thread.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface MqttConnectionObserver {
    /**
     * @param state the new connection state
     * @param error why a connection failed or was lost, if known
     */
    void connectionStateChanged(MqttConnectionState state, @Nullable Throwable error);
}

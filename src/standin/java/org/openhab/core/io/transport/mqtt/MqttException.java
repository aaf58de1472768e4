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

import java.io.Serial;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.core.io.transport.mqtt.MqttException} (compile/test only, never shipped):
 * an error communicating with the broker. Message, cause and {@code toString()} all come from the wrapped cause.
 * <p>
 * Quirk kept from the real class: the {@link #MqttException(String)} constructor ignores its argument and wraps an
 * exception whose message is the literal text {@code "reason"}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class MqttException extends Exception {
    @Serial
    private static final long serialVersionUID = 301L;

    private final Throwable wrapped;

    public MqttException(String reason) {
        this.wrapped = new Exception("reason");
    }

    public MqttException(Throwable cause) {
        this.wrapped = cause;
    }

    @Override
    public @Nullable Throwable getCause() {
        return wrapped;
    }

    @Override
    public @Nullable String getMessage() {
        return wrapped.getMessage();
    }

    @Override
    public String toString() {
        return wrapped.toString();
    }
}

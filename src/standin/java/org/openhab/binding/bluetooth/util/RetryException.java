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
package org.openhab.binding.bluetooth.util;

import java.io.Serial;
import java.util.concurrent.TimeUnit;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.util.RetryException} (compile/test only, never shipped):
 * thrown by a task run through {@link RetryFuture} to ask for another attempt after the given delay.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class RetryException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    // package-private, read by RetryFuture (same visibility as in the real class)
    final long delay;
    final TimeUnit unit;

    public RetryException(long delay, TimeUnit unit) {
        this.delay = delay;
        this.unit = unit;
    }
}

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
package org.openhab.core.thing.binding;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.thing.binding.ThingHandlerService} for compiling and testing the
 * binding only: a service bound to one thing handler.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface ThingHandlerService {

    void setThingHandler(ThingHandler handler);

    @Nullable
    ThingHandler getThingHandler();

    /**
     * Called on component activation, before the handler is set.
     */
    default void activate() {
    }

    /**
     * Called on component deactivation.
     */
    default void deactivate() {
    }

    /**
     * Called after the handler has been set.
     */
    default void initialize() {
    }

    /**
     * Called before the service is removed.
     */
    default void dispose() {
    }
}

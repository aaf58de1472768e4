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
package org.openhab.core.types;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.types.State} for compiling and testing the binding only:
 * marker interface of all state types.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface State extends Type {

    /**
     * Converts this state into another state type.
     *
     * @param target the wanted state type
     * @return this state in the wanted type, or {@code null} if it cannot be converted
     */
    default <T extends @Nullable State> @Nullable T as(@Nullable Class<T> target) {
        return target != null && target.isInstance(this) ? target.cast(this) : null;
    }
}

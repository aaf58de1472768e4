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
package org.openhab.core.common.registry;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.common.registry.RegistryChangeListener} for compiling and testing
 * the binding only: listens for changes of a {@link Registry}.
 *
 * @param <E> type of the elements in the registry
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface RegistryChangeListener<E> {

    /**
     * Called when an element was added.
     *
     * @param element the added element
     */
    void added(E element);

    /**
     * Called when an element was removed.
     *
     * @param element the removed element
     */
    void removed(E element);

    /**
     * Called when an element was updated.
     *
     * @param oldElement the element before the update
     * @param element the element after the update
     */
    void updated(E oldElement, E element);
}

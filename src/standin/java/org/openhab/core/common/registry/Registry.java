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

import java.util.Collection;
import java.util.stream.Stream;

import org.eclipse.jdt.annotation.NonNull;
import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.common.registry.Registry} for compiling and testing the binding
 * only: a registry of identifiable elements.
 *
 * @param <E> type of the elements
 * @param <K> type of the keys
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface Registry<@NonNull E extends Identifiable<K>, @NonNull K> {

    /**
     * Adds a change listener.
     *
     * @param listener the listener
     */
    void addRegistryChangeListener(RegistryChangeListener<E> listener);

    /**
     * Returns all elements.
     *
     * @return all elements
     */
    Collection<E> getAll();

    /**
     * Returns all elements as stream.
     *
     * @return a stream of all elements
     */
    Stream<E> stream();

    /**
     * Returns the element with the given key.
     *
     * @param key the key
     * @return the element or {@code null} if there is none
     */
    @Nullable
    E get(K key);

    /**
     * Removes a change listener.
     *
     * @param listener the listener
     */
    void removeRegistryChangeListener(RegistryChangeListener<E> listener);

    /**
     * Adds an element through the managed provider.
     *
     * @param element the element
     * @return the added element
     */
    E add(E element);

    /**
     * Updates an element through the managed provider.
     *
     * @param element the element
     * @return the old element or {@code null}
     */
    @Nullable
    E update(E element);

    /**
     * Removes an element through the managed provider.
     *
     * @param key the key
     * @return the removed element or {@code null}
     */
    @Nullable
    E remove(K key);
}

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
package org.openhab.core.thing.type;

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.common.registry.Identifiable;
import org.openhab.core.thing.UID;

/**
 * Stand-in (minimal) of openHAB 5.2.1 {@code org.openhab.core.thing.type.AbstractDescriptionType} for compiling and
 * testing the binding only: base class of thing, channel and channel group types.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public abstract class AbstractDescriptionType implements Identifiable<UID> {

    private final UID uid;
    private final String label;
    private final @Nullable String description;
    private final @Nullable URI configDescriptionURI;

    /**
     * Creates a description type.
     *
     * @param uid the unique identifier
     * @param label the label, neither null nor empty
     * @param description the description
     * @param configDescriptionURI the URI of the configuration description
     * @throws IllegalArgumentException if the label is empty
     */
    public AbstractDescriptionType(UID uid, String label, @Nullable String description,
            @Nullable URI configDescriptionURI) throws IllegalArgumentException {
        if (label.isEmpty()) {
            throw new IllegalArgumentException("The label must neither be null nor empty!");
        }
        this.uid = uid;
        this.label = label;
        this.description = description;
        this.configDescriptionURI = configDescriptionURI;
    }

    @Override
    public UID getUID() {
        return uid;
    }

    public String getLabel() {
        return label;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public @Nullable URI getConfigDescriptionURI() {
        return configDescriptionURI;
    }
}

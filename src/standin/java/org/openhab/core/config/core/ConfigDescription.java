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
package org.openhab.core.config.core;

import java.net.URI;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.core.common.registry.Identifiable;

/**
 * Stand-in (minimal) of openHAB 5.2.1 {@code org.openhab.core.config.core.ConfigDescription} for compiling and testing
 * the binding only: the description of a configuration, identified by its URI. Parameters and parameter groups are
 * not part of the stand-in.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class ConfigDescription implements Identifiable<URI> {

    private final URI uri;

    ConfigDescription(URI uri) {
        this.uri = uri;
    }

    @Override
    public URI getUID() {
        return uri;
    }
}

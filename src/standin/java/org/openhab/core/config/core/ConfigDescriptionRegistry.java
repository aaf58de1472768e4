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
import java.util.Collection;
import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.osgi.service.component.annotations.Component;

/**
 * Stand-in (minimal) of openHAB 5.2.1 {@code org.openhab.core.config.core.ConfigDescriptionRegistry} for compiling
 * and testing the binding only: a class (not an interface) giving access to config descriptions; mock it in tests.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@Component(immediate = true, service = { ConfigDescriptionRegistry.class })
@NonNullByDefault
public class ConfigDescriptionRegistry {

    public Collection<ConfigDescription> getConfigDescriptions(@Nullable Locale locale) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    public Collection<ConfigDescription> getConfigDescriptions() {
        return getConfigDescriptions(null);
    }

    public @Nullable ConfigDescription getConfigDescription(URI uri, @Nullable Locale locale) {
        throw new UnsupportedOperationException("not part of the stand-in");
    }

    public @Nullable ConfigDescription getConfigDescription(URI uri) {
        return getConfigDescription(uri, null);
    }
}

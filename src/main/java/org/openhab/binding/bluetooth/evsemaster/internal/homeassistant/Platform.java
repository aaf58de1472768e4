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
package org.openhab.binding.bluetooth.evsemaster.internal.homeassistant;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * The Home Assistant MQTT platforms the mirror uses.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum Platform {
    SENSOR(false),
    BINARY_SENSOR(false),
    SWITCH(true),
    NUMBER(true),
    TEXT(true),
    SELECT(true),
    BUTTON(true);

    private final boolean commandable;

    Platform(boolean commandable) {
        this.commandable = commandable;
    }

    /**
     * @return the platform name in discovery payloads and entity ids, e.g. {@code binary_sensor}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return whether Home Assistant sends commands to entities of this platform
     */
    public boolean commandable() {
        return commandable;
    }
}

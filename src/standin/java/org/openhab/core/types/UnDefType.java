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

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.types.UnDefType} for compiling and testing the binding only:
 * the states of an item without a defined value.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum UnDefType implements PrimitiveType, State {
    UNDEF,
    NULL;

    @Override
    public String format(String pattern) {
        // openHAB formats with the JVM's default format locale
        return String.format(Locale.getDefault(Locale.Category.FORMAT), pattern, toString());
    }

    @Override
    public String toString() {
        return toFullString();
    }

    @Override
    public String toFullString() {
        return name();
    }
}

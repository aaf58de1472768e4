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
package org.openhab.core.library.types;

import java.util.Locale;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.core.types.Command;
import org.openhab.core.types.PrimitiveType;
import org.openhab.core.types.State;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.library.types.OnOffType} for compiling and testing the binding
 * only. The conversion to {@code HSBType} is left out because that type is not part of the stand-in.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum OnOffType implements PrimitiveType, State, Command {
    ON,
    OFF;

    /**
     * Maps "ON" and "1" (any case) to {@link #ON}, everything else to {@link #OFF}.
     *
     * @param state the text to map
     * @return the matching value
     */
    public static OnOffType from(String state) {
        return from("ON".equalsIgnoreCase(state) || "1".equals(state));
    }

    /**
     * Maps {@code true} to {@link #ON} and {@code false} to {@link #OFF}.
     *
     * @param state the flag to map
     * @return the matching value
     */
    public static OnOffType from(boolean state) {
        return state ? ON : OFF;
    }

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

    @Override
    public <T extends State> @Nullable T as(@Nullable Class<T> target) {
        if (target == DecimalType.class) {
            return target.cast(this == ON ? new DecimalType(1) : DecimalType.ZERO);
        }
        if (target == PercentType.class) {
            return target.cast(this == ON ? PercentType.HUNDRED : PercentType.ZERO);
        }
        return State.super.as(target);
    }
}

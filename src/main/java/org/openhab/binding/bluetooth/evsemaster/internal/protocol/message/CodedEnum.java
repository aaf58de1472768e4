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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol.message;

import org.eclipse.jdt.annotation.NonNullByDefault;

/**
 * An enumeration of spec §6 whose constants stand for wire codes. Every such enumeration has an {@code UNKNOWN}
 * constant (code -1) for codes it does not list; records keep the raw code, so nothing is lost by the lookup.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public interface CodedEnum {

    /** Code of the {@code UNKNOWN} constants: not a wire value. */
    int UNKNOWN_CODE = -1;

    /**
     * @return the wire code, or {@link #UNKNOWN_CODE} for the {@code UNKNOWN} constant
     */
    int code();

    /**
     * @param values the constants of the enumeration, {@code E.values()}
     * @param code a wire code
     * @param unknown the constant to return when no other constant has the code
     * @return the first constant with the code, else {@code unknown}
     */
    static <E extends CodedEnum> E fromCode(E[] values, int code, E unknown) {
        for (E value : values) {
            if (value.code() == code && !value.equals(unknown)) {
                return value;
            }
        }
        return unknown;
    }
}

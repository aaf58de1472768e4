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
package org.openhab.binding.bluetooth;

import java.util.Map;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothCompanyIdentifiers} (compile/test only, never
 * shipped): maps Bluetooth SIG company identifiers to company names.
 * <p>
 * Deliberately reduced: the real class holds the complete SIG list (several thousand entries); this stand-in only
 * knows a handful of common identifiers and returns {@code null} for all others.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class BluetoothCompanyIdentifiers {

    private static final Map<Integer, String> COMPANY_NAMES = Map.of( //
            0, "Ericsson Technology Licensing", //
            2, "Intel Corp.", //
            6, "Microsoft", //
            13, "Texas Instruments Inc.", //
            15, "Broadcom Corporation", //
            76, "Apple, Inc.", //
            89, "Nordic Semiconductor ASA", //
            117, "Samsung Electronics Co. Ltd.", //
            224, "Google");

    /**
     * @param id the company identifier, may be null
     * @return the company name, or null if the id is null or unknown
     */
    public static @Nullable String get(@Nullable Integer id) {
        return id == null ? null : COMPANY_NAMES.get(id);
    }
}

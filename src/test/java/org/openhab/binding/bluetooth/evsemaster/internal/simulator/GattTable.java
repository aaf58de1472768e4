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
package org.openhab.binding.bluetooth.evsemaster.internal.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile.Characteristic;

/**
 * The GATT services a charger of each board revision exposes (spec §1.2), for a Bluetooth-level fake. Revision B
 * carries the whole table SD dumped from a BS20, including the decoys: service {@code fff0} whose {@code fff1} cannot
 * notify, and the {@code fd01}/{@code fd02} pair that never carries traffic.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
final class GattTable {

    private static final boolean WRITE = true;
    private static final boolean NOTIFY = true;

    private GattTable() {
    }

    /**
     * @return service UUID → its characteristics with their write/notify properties, in discovery order
     */
    static Map<UUID, List<Characteristic>> services(GattProfile profile) {
        Map<UUID, List<Characteristic>> services = new LinkedHashMap<>();
        switch (profile) {
            case REVISION_A ->
                services.put(base("fff0"), List.of(c("fff1", !WRITE, NOTIFY), c("fff2", WRITE, !NOTIFY)));
            case REVISION_B -> {
                services.put(base("fd00"), List.of(c("fd01", WRITE, !NOTIFY), c("fd02", WRITE, NOTIFY)));
                services.put(base("ffb0"), List.of(c("ffb1", WRITE, !NOTIFY), c("ffb2", WRITE, !NOTIFY)));
                services.put(base("ffd0"), List.of(c("ffd1", WRITE, !NOTIFY), c("ffd3", !WRITE, NOTIFY)));
                services.put(base("fff0"),
                        List.of(c("fff1", WRITE, !NOTIFY), c("fff2", WRITE, !NOTIFY), c("fff3", !WRITE, NOTIFY)));
                services.put(base("ff90"), List.of(c("ff91", WRITE, !NOTIFY), c("ff92", WRITE, !NOTIFY)));
                services.put(base("ffc0"), List.of(c("ffc1", WRITE, !NOTIFY), c("ffc2", !WRITE, NOTIFY)));
                services.put(base("ffe5"), List.of(c("ffe9", WRITE, !NOTIFY)));
                services.put(base("ffe0"), List.of(c("ffe4", !WRITE, NOTIFY)));
            }
            case REVISION_C -> services.put(profile.notifyService(),
                    List.of(new Characteristic(profile.notifyCharacteristic(), !WRITE, NOTIFY),
                            new Characteristic(profile.writeCharacteristic(), WRITE, !NOTIFY)));
        }
        return services;
    }

    private static Characteristic c(String shortUuid, boolean canWrite, boolean canNotify) {
        return new Characteristic(base(shortUuid), canWrite, canNotify);
    }

    private static UUID base(String shortUuid) {
        return UUID.fromString("0000" + shortUuid + "-0000-1000-8000-00805f9b34fb");
    }
}

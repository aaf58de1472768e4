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
package org.openhab.binding.bluetooth.evsemaster.internal.protocol;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * The three GATT layouts ("board revisions") that carry the protocol (spec §1.2) and the choice between them
 * (§1.3). UUIDs are compared as full 128-bit values ({@link UUID#equals}; parsing ignores case).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public enum GattProfile {
    /** Original layout: service fff0, notify fff1, write fff2. */
    REVISION_A(base("fff0"), base("fff1"), base("fff0"), base("fff2")),
    /** Since late 2024: notify ffe4 in service ffe0, write ffe9 in service ffe5. */
    REVISION_B(base("ffe0"), base("ffe4"), base("ffe5"), base("ffe9")),
    /** Service 0003cdd0, notify 0003cdd1, write 0003cdd2; not on the Bluetooth base UUID. */
    REVISION_C(cdd("0003cdd0"), cdd("0003cdd1"), cdd("0003cdd0"), cdd("0003cdd2"));

    /**
     * One discovered characteristic with the properties that matter here.
     *
     * @param uuid characteristic UUID
     * @param canWrite whether it has the write or write-without-response property
     * @param canNotify whether it has the notify property
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    public record Characteristic(UUID uuid, boolean canWrite, boolean canNotify) {
    }

    /** Order in which the characteristic pairs are tried (spec §1.3, stricter variant). */
    private static final List<GattProfile> SELECTION_ORDER = List.of(REVISION_B, REVISION_C, REVISION_A);

    private final UUID notifyService;
    private final UUID notifyCharacteristic;
    private final UUID writeService;
    private final UUID writeCharacteristic;

    GattProfile(UUID notifyService, UUID notifyCharacteristic, UUID writeService, UUID writeCharacteristic) {
        this.notifyService = notifyService;
        this.notifyCharacteristic = notifyCharacteristic;
        this.writeService = writeService;
        this.writeCharacteristic = writeCharacteristic;
    }

    /**
     * Picks the layout of a connected charger: the first of revisions B, C, A whose write characteristic (in its
     * service) can be written and whose notify characteristic can notify. This agrees with the service-UUID rule of
     * spec §1.3 on all known units, and it does not mistake a revision-B charger for revision A because of its
     * {@code fff0} service, whose {@code fff1} cannot notify there (§1.2, D26).
     *
     * @param services discovered services: service UUID → its characteristics
     * @return the layout to use, or null if no known pair with the needed properties exists
     */
    public static @Nullable GattProfile select(Map<UUID, List<Characteristic>> services) {
        for (GattProfile profile : SELECTION_ORDER) {
            if (profile.isUsable(services)) {
                return profile;
            }
        }
        return null;
    }

    /**
     * @return the service(s) that identify this layout
     */
    public Set<UUID> services() {
        return Set.copyOf(List.of(notifyService, writeService));
    }

    public UUID notifyService() {
        return notifyService;
    }

    /**
     * @return the characteristic that delivers charger→client data as notifications
     */
    public UUID notifyCharacteristic() {
        return notifyCharacteristic;
    }

    public UUID writeService() {
        return writeService;
    }

    /**
     * @return the characteristic that client→charger datagrams are written to
     */
    public UUID writeCharacteristic() {
        return writeCharacteristic;
    }

    private boolean isUsable(Map<UUID, List<Characteristic>> services) {
        return has(services, notifyService, notifyCharacteristic, Characteristic::canNotify)
                && has(services, writeService, writeCharacteristic, Characteristic::canWrite);
    }

    private static boolean has(Map<UUID, List<Characteristic>> services, UUID service, UUID characteristic,
            Predicate<Characteristic> property) {
        List<Characteristic> characteristics = services.get(service);
        return characteristics != null
                && characteristics.stream().anyMatch(c -> c.uuid().equals(characteristic) && property.test(c));
    }

    private static UUID base(String shortUuid) {
        return UUID.fromString("0000" + shortUuid + "-0000-1000-8000-00805f9b34fb");
    }

    private static UUID cdd(String prefix) {
        return UUID.fromString(prefix + "-0000-1000-8000-00805f9b0131");
    }
}

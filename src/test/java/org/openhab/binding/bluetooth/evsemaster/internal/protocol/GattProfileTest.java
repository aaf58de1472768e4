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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile.Characteristic;

/**
 * Tests the GATT layouts of spec §1.2 and the selection of §1.3.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class GattProfileTest {

    private static final boolean WRITE = true;
    private static final boolean NOTIFY = true;

    @Test
    void layoutsUseTheFullUuidsOfTheSpecification() {
        assertThat(GattProfile.REVISION_A.notifyCharacteristic(), is(uuid("0000fff1-0000-1000-8000-00805f9b34fb")));
        assertThat(GattProfile.REVISION_A.writeCharacteristic(), is(uuid("0000fff2-0000-1000-8000-00805f9b34fb")));
        assertThat(GattProfile.REVISION_A.services(), contains(uuid("0000fff0-0000-1000-8000-00805f9b34fb")));
        assertThat(GattProfile.REVISION_B.notifyService(), is(uuid("0000ffe0-0000-1000-8000-00805f9b34fb")));
        assertThat(GattProfile.REVISION_B.notifyCharacteristic(), is(uuid("0000ffe4-0000-1000-8000-00805f9b34fb")));
        assertThat(GattProfile.REVISION_B.writeService(), is(uuid("0000ffe5-0000-1000-8000-00805f9b34fb")));
        assertThat(GattProfile.REVISION_B.writeCharacteristic(), is(uuid("0000ffe9-0000-1000-8000-00805f9b34fb")));
        assertThat(GattProfile.REVISION_C.notifyCharacteristic(), is(uuid("0003CDD1-0000-1000-8000-00805F9B0131")));
        assertThat(GattProfile.REVISION_C.writeCharacteristic(), is(uuid("0003cdd2-0000-1000-8000-00805f9b0131")));
        assertThat(GattProfile.REVISION_C.services(), contains(uuid("0003cdd0-0000-1000-8000-00805f9b0131")));
    }

    @Test
    void revisionAIsChosenForTheOriginalLayout() {
        Map<UUID, List<Characteristic>> services = Map.of(base("fff0"),
                List.of(characteristic(base("fff1"), !WRITE, NOTIFY), characteristic(base("fff2"), WRITE, !NOTIFY)));

        assertThat(GattProfile.select(services), is(GattProfile.REVISION_A));
    }

    @Test
    void revisionBIsChosenForTheFullTableOfABs20AlthoughItHasServiceFff0() {
        Map<UUID, List<Characteristic>> services = new LinkedHashMap<>();
        services.put(base("fd00"),
                List.of(characteristic(base("fd01"), WRITE, !NOTIFY), characteristic(base("fd02"), WRITE, NOTIFY)));
        services.put(base("ffb0"),
                List.of(characteristic(base("ffb1"), !WRITE, !NOTIFY), characteristic(base("ffb2"), WRITE, !NOTIFY)));
        services.put(base("ffd0"),
                List.of(characteristic(base("ffd1"), WRITE, !NOTIFY), characteristic(base("ffd3"), !WRITE, NOTIFY)));
        services.put(base("fff0"), List.of(characteristic(base("fff1"), WRITE, !NOTIFY),
                characteristic(base("fff2"), WRITE, !NOTIFY), characteristic(base("fff3"), !WRITE, NOTIFY)));
        services.put(base("ff90"),
                List.of(characteristic(base("ff91"), !WRITE, !NOTIFY), characteristic(base("ff92"), WRITE, !NOTIFY)));
        services.put(base("ffc0"),
                List.of(characteristic(base("ffc1"), WRITE, !NOTIFY), characteristic(base("ffc2"), !WRITE, NOTIFY)));
        services.put(base("ffe5"), List.of(characteristic(base("ffe9"), WRITE, !NOTIFY)));
        services.put(base("ffe0"), List.of(characteristic(base("ffe4"), !WRITE, NOTIFY)));

        assertThat(GattProfile.select(services), is(GattProfile.REVISION_B));
    }

    @Test
    void serviceFff0WhoseFff1CannotNotifyIsNotRevisionA() {
        Map<UUID, List<Characteristic>> services = Map.of(base("fff0"),
                List.of(characteristic(base("fff1"), WRITE, !NOTIFY), characteristic(base("fff2"), WRITE, !NOTIFY),
                        characteristic(base("fff3"), !WRITE, NOTIFY)));

        assertThat(GattProfile.select(services), is(nullValue()));
    }

    @Test
    void revisionCIsChosenForItsOwnServiceWhoseUuidsAreOffTheBluetoothBase() {
        UUID service = uuid("0003cdd0-0000-1000-8000-00805f9b0131");
        Map<UUID, List<Characteristic>> services = Map.of(service,
                List.of(characteristic(uuid("0003cdd1-0000-1000-8000-00805f9b0131"), !WRITE, NOTIFY),
                        characteristic(uuid("0003cdd2-0000-1000-8000-00805f9b0131"), WRITE, !NOTIFY)),
                base("1800"), List.of(characteristic(base("2a00"), !WRITE, !NOTIFY)));

        assertThat(GattProfile.select(services), is(GattProfile.REVISION_C));
    }

    @Test
    void revisionCUuidsOnTheBluetoothBaseAreNotRevisionC() {
        Map<UUID, List<Characteristic>> services = Map.of(base("cdd0"),
                List.of(characteristic(base("cdd1"), !WRITE, NOTIFY), characteristic(base("cdd2"), WRITE, !NOTIFY)));

        assertThat(GattProfile.select(services), is(nullValue()));
    }

    @Test
    void uuidsAreComparedIgnoringCase() {
        Map<UUID, List<Characteristic>> services = Map.of(uuid("0000FFE0-0000-1000-8000-00805F9B34FB"),
                List.of(characteristic(uuid("0000FFE4-0000-1000-8000-00805F9B34FB"), !WRITE, NOTIFY)),
                uuid("0000FFE5-0000-1000-8000-00805F9B34FB"),
                List.of(characteristic(uuid("0000FFE9-0000-1000-8000-00805F9B34FB"), WRITE, !NOTIFY)));

        assertThat(GattProfile.select(services), is(GattProfile.REVISION_B));
    }

    @Test
    void revisionBTakesPrecedenceOverAUsableRevisionA() {
        Map<UUID, List<Characteristic>> services = Map.of(base("fff0"),
                List.of(characteristic(base("fff1"), !WRITE, NOTIFY), characteristic(base("fff2"), WRITE, !NOTIFY)),
                base("ffe0"), List.of(characteristic(base("ffe4"), !WRITE, NOTIFY)), base("ffe5"),
                List.of(characteristic(base("ffe9"), WRITE, !NOTIFY)));

        assertThat(GattProfile.select(services), is(GattProfile.REVISION_B));
    }

    @Test
    void characteristicsWithoutTheNeededPropertyOrInAnotherServiceDoNotCount() {
        Map<UUID, List<Characteristic>> notWritable = Map.of(base("ffe0"),
                List.of(characteristic(base("ffe4"), !WRITE, NOTIFY)), base("ffe5"),
                List.of(characteristic(base("ffe9"), !WRITE, !NOTIFY)));
        Map<UUID, List<Characteristic>> swapped = Map.of(base("ffe5"),
                List.of(characteristic(base("ffe4"), !WRITE, NOTIFY)), base("ffe0"),
                List.of(characteristic(base("ffe9"), WRITE, !NOTIFY)));

        assertThat(GattProfile.select(notWritable), is(nullValue()));
        assertThat(GattProfile.select(swapped), is(nullValue()));
        assertThat(GattProfile.select(Map.of()), is(nullValue()));
    }

    private static Characteristic characteristic(UUID uuid, boolean canWrite, boolean canNotify) {
        return new Characteristic(uuid, canWrite, canNotify);
    }

    private static UUID base(String shortUuid) {
        return uuid("0000" + shortUuid + "-0000-1000-8000-00805f9b34fb");
    }

    private static UUID uuid(String uuid) {
        return UUID.fromString(uuid);
    }
}

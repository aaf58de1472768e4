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
package org.openhab.binding.bluetooth.evsemaster.internal.discovery;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;
import org.openhab.binding.bluetooth.BluetoothAdapter;
import org.openhab.binding.bluetooth.BluetoothAddress;
import org.openhab.binding.bluetooth.discovery.BluetoothDiscoveryDevice;
import org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;

/**
 * Tests {@link EvseDiscoveryParticipant} on mocked advertisements (spec §1.1, §1.2).
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
@ExtendWith(MockitoExtension.class)
class EvseDiscoveryParticipantTest {

    private static final BluetoothAddress ADDRESS = new BluetoothAddress("A4:C1:38:0B:7E:39");
    private static final ThingUID ADAPTER_UID = new ThingUID("bluetooth:bluez:hci0");
    private static final UUID HM10_SERVICE = UUID.fromString("0000ffe0-0000-1000-8000-00805f9b34fb");

    private @Mock @NonNullByDefault({}) BluetoothDiscoveryDevice device;
    private @Mock @NonNullByDefault({}) BluetoothAdapter adapter;

    private final BundleTranslations translations = new BundleTranslations();
    private final EvseDiscoveryParticipant participant = new EvseDiscoveryParticipant(translations,
            () -> Locale.GERMANY);

    @BeforeEach
    void setUp() {
        lenient().when(device.getAddress()).thenReturn(ADDRESS);
        lenient().when(device.getAdapter()).thenReturn(adapter);
        lenient().when(adapter.getUID()).thenReturn(ADAPTER_UID);
        // a Mockito Integer defaults to 0, which is a real company id (Ericsson); a device without one reports null
        lenient().when(device.getManufacturerId()).thenReturn(null);
    }

    @Test
    void advertisedNameYieldsAnInboxEntryBelowTheAdapter() {
        when(device.getName()).thenReturn("ACP#Chargy");

        DiscoveryResult result = createResult();

        assertThat(result.getThingUID(), is(new ThingUID("bluetooth:evsemaster:hci0:a4c1380b7e39")));
        assertThat(result.getThingTypeUID(), is(EvseBindingConstants.THING_TYPE_EVSE));
        assertThat(result.getBridgeUID(), is(ADAPTER_UID));
        assertThat(result.getLabel(), is("EVSE Master Charger Chargy"));
        assertThat(result.getProperties(), is(Map.of("address", "A4:C1:38:0B:7E:39")));
        assertThat(result.getRepresentationProperty(), is("address"));
        assertThat(result.getTimeToLive(), is(DiscoveryResult.TTL_UNLIMITED));
        assertThat(participant.getThingUID(device), is(result.getThingUID()));
    }

    @Test
    void labelIsTranslatedFromTheBundleInTheUsersLocale() {
        when(device.getName()).thenReturn("ACP#EVSE7439");

        createResult();

        assertThat(translations.requests, contains("discovery.evsemaster.label@de_DE"));
    }

    @Test
    void advertisedVendorAndModelBecomeProperties() {
        when(device.getName()).thenReturn("ACP#Chargy");
        when(device.getManufacturerId()).thenReturn(13);
        when(device.getModel()).thenReturn("BS20");

        DiscoveryResult result = createResult();

        assertThat(result.getProperties(), is(Map.of("address", "A4:C1:38:0B:7E:39", Thing.PROPERTY_VENDOR,
                "Texas Instruments Inc.", Thing.PROPERTY_MODEL_ID, "BS20")));
    }

    @Test
    void paddingOfARenamedChargerIsNotPartOfTheLabel() {
        when(device.getName()).thenReturn("ACP#Utopia     ");

        assertThat(createResult().getLabel(), is("EVSE Master Charger Utopia"));
    }

    @Test
    void chargerWithoutNicknameIsLabelledWithItsAddress() {
        when(device.getName()).thenReturn("ACP#   ");

        assertThat(createResult().getLabel(), is("EVSE Master Charger A4:C1:38:0B:7E:39"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Alpha3", "ACP", "acp#Chargy", "My ACP#Chargy", "LEDBLE-ACP#" })
    void otherNamesAreIgnored(String name) {
        when(device.getName()).thenReturn(name);

        assertThat(participant.getThingUID(device), is(nullValue()));
        assertThat(participant.createResult(device), is(nullValue()));
    }

    @Test
    void otherNameWinsOverChargerServices() {
        when(device.getName()).thenReturn("Triones-5C2A");

        assertThat(participant.createResult(device), is(nullValue()));
        verify(device).getName();
        verifyNoMoreInteractions(device);
    }

    @ParameterizedTest
    @EnumSource(GattProfile.class)
    void servicesOfAGattRevisionIdentifyAChargerWithoutName(GattProfile profile) {
        profile.services().forEach(service -> lenient().when(device.supportsService(service)).thenReturn(true));

        DiscoveryResult result = createResult();

        assertThat(result.getThingUID(), is(new ThingUID("bluetooth:evsemaster:hci0:a4c1380b7e39")));
        assertThat(result.getLabel(), is("EVSE Master Charger A4:C1:38:0B:7E:39"));
    }

    @Test
    void oneGenericSerialServiceIsNotEnoughWithoutName() {
        lenient().when(device.supportsService(HM10_SERVICE)).thenReturn(true);

        assertThat(participant.getThingUID(device), is(nullValue()));
        assertThat(participant.createResult(device), is(nullValue()));
    }

    @Test
    void neverAsksForAConnection() {
        assertThat(participant.requiresConnection(device), is(false));
        verifyNoInteractions(device);
    }

    @Test
    void supportsTheChargerThingType() {
        assertThat(participant.getSupportedThingTypeUIDs(), contains(EvseBindingConstants.THING_TYPE_EVSE));
    }

    private DiscoveryResult createResult() {
        DiscoveryResult result = participant.createResult(device);
        if (result == null) {
            throw new AssertionError("no discovery result for " + device.getName());
        }
        return result;
    }

    /**
     * Translates from the add-on's own {@code bluetooth.properties}, as openHAB's provider does for the default
     * locale, records what was asked and fails the test for a key the file does not have.
     *
     * @author EVSE Master Binding Contributors - Initial contribution
     */
    private static final class BundleTranslations implements TranslationProvider {

        final List<String> requests = new ArrayList<>();
        private final Properties texts = new Properties();

        BundleTranslations() {
            try (InputStream stream = EvseDiscoveryParticipantTest.class
                    .getResourceAsStream("/OH-INF/i18n/bluetooth.properties")) {
                assertThat("bluetooth.properties on the class path", stream, is(notNullValue()));
                texts.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new AssertionError("cannot read bluetooth.properties", e);
            }
        }

        @Override
        public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
                @Nullable Locale locale) {
            return getText(bundle, key, defaultText, locale, new Object[0]);
        }

        @Override
        public @Nullable String getText(@Nullable Bundle bundle, @Nullable String key, @Nullable String defaultText,
                @Nullable Locale locale, @Nullable Object @Nullable... arguments) {
            requests.add(key + "@" + locale);
            String pattern = key == null ? null : texts.getProperty(key);
            if (pattern == null) {
                throw new AssertionError("bluetooth.properties has no key " + key);
            }
            return new MessageFormat(pattern, Locale.ROOT).format(arguments == null ? new Object[0] : arguments);
        }
    }
}

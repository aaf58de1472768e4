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

import static org.openhab.binding.bluetooth.BluetoothBindingConstants.CONFIGURATION_ADDRESS;
import static org.openhab.binding.bluetooth.evsemaster.internal.EvseBindingConstants.*;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.openhab.binding.bluetooth.BluetoothCompanyIdentifiers;
import org.openhab.binding.bluetooth.discovery.BluetoothDiscoveryDevice;
import org.openhab.binding.bluetooth.discovery.BluetoothDiscoveryParticipant;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.GattProfile;
import org.openhab.core.config.discovery.DiscoveryResult;
import org.openhab.core.config.discovery.DiscoveryResultBuilder;
import org.openhab.core.i18n.LocaleProvider;
import org.openhab.core.i18n.TranslationProvider;
import org.openhab.core.thing.Thing;
import org.openhab.core.thing.ThingTypeUID;
import org.openhab.core.thing.ThingUID;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognises EVSE Master chargers from their advertisement alone, without connecting (spec §1.1): by the local name
 * {@code ACP#<nickname>} or, when no name was received, by the service UUIDs of one of the three GATT layouts
 * ({@link GattProfile}).
 * <p>
 * A received name decides on its own: those GATT services are the generic ones of cheap serial-bridge modules (LED
 * controllers use {@code ffe0}/{@code ffe5} too), so a device that names itself differently is not a charger even if
 * it offers them.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
@Component(service = BluetoothDiscoveryParticipant.class)
public class EvseDiscoveryParticipant implements BluetoothDiscoveryParticipant {

    /** Every charger's advertised name starts with this; the nickname follows (spec §1.1). */
    private static final String NAME_PREFIX = "ACP#";
    private static final String LABEL_KEY = "discovery.evsemaster.label";
    private static final String DEFAULT_LABEL = "EVSE Master Charger {0}";

    private final Logger logger = LoggerFactory.getLogger(EvseDiscoveryParticipant.class);
    private final TranslationProvider translationProvider;
    private final LocaleProvider localeProvider;
    private final @Nullable Bundle bundle;

    @Activate
    public EvseDiscoveryParticipant(final @Reference TranslationProvider translationProvider,
            final @Reference LocaleProvider localeProvider) {
        this.translationProvider = translationProvider;
        this.localeProvider = localeProvider;
        this.bundle = FrameworkUtil.getBundle(EvseDiscoveryParticipant.class);
    }

    @Override
    public Set<ThingTypeUID> getSupportedThingTypeUIDs() {
        return SUPPORTED_THING_TYPES_UIDS;
    }

    /**
     * @return false: the advertisement tells enough, and a connection would take the charger's only link (§1.1)
     */
    @Override
    public boolean requiresConnection(BluetoothDiscoveryDevice device) {
        return false;
    }

    @Override
    public @Nullable ThingUID getThingUID(BluetoothDiscoveryDevice device) {
        if (!isCharger(device)) {
            return null;
        }
        String thingId = device.getAddress().toString().toLowerCase(Locale.ROOT).replace(":", "");
        return new ThingUID(THING_TYPE_EVSE, device.getAdapter().getUID(), thingId);
    }

    /**
     * The result stays in the inbox without a time to live, as with the other Bluetooth participants: the Bluetooth
     * discovery service retracts it when the adapter forgets the device, and a charger that is connected to the phone
     * app stops advertising for as long as the app holds the link.
     */
    @Override
    public @Nullable DiscoveryResult createResult(BluetoothDiscoveryDevice device) {
        ThingUID thingUID = getThingUID(device);
        if (thingUID == null) {
            return null;
        }
        String address = device.getAddress().toString();
        logger.debug("Discovered EVSE Master charger {} advertising the name '{}'", address, device.getName());

        Map<String, Object> properties = new HashMap<>();
        properties.put(CONFIGURATION_ADDRESS, address);
        // the company of the manufacturer data, if any: the module maker; the handler sets the brand after login
        putIfPresent(properties, Thing.PROPERTY_VENDOR, BluetoothCompanyIdentifiers.get(device.getManufacturerId()));
        putIfPresent(properties, Thing.PROPERTY_MODEL_ID, device.getModel());

        return DiscoveryResultBuilder.create(thingUID).withBridge(device.getAdapter().getUID())
                .withProperties(properties).withRepresentationProperty(CONFIGURATION_ADDRESS)
                .withLabel(label(nickname(device.getName()), address)).withTTL(DiscoveryResult.TTL_UNLIMITED).build();
    }

    private static boolean isCharger(BluetoothDiscoveryDevice device) {
        String name = device.getName();
        if (name != null && !name.isBlank()) {
            return name.startsWith(NAME_PREFIX);
        }
        return Arrays.stream(GattProfile.values()).anyMatch(profile -> offersAll(device, profile.services()));
    }

    private static boolean offersAll(BluetoothDiscoveryDevice device, Set<UUID> services) {
        for (UUID service : services) {
            if (!device.supportsService(service)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the nickname without the prefix and without the padding a renamed charger advertises, or an empty
     *         string if the name is missing or carries no nickname
     */
    private static String nickname(@Nullable String name) {
        if (name == null || !name.startsWith(NAME_PREFIX)) {
            return "";
        }
        return name.substring(NAME_PREFIX.length()).strip();
    }

    private String label(String nickname, String address) {
        String shownName = nickname.isEmpty() ? address : nickname;
        String label = translationProvider.getText(bundle, LABEL_KEY, DEFAULT_LABEL, localeProvider.getLocale(),
                shownName);
        return label != null ? label : DEFAULT_LABEL.replace("{0}", shownName);
    }

    private static void putIfPresent(Map<String, Object> properties, String key, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }
}

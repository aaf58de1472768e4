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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Validation of the mirror settings.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class MirrorConfigTest {

    @Test
    void anEmptyHostTurnsTheMirrorOffAndSkipsValidation() {
        MirrorConfig config = new MirrorConfig(" ", 0, false, "", "", "", "", false);
        assertThat(config.enabled(), is(false));
        assertThat(MirrorConfig.off().enabled(), is(false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "haBrokerPort,0,homeassistant,evsemaster,", "haBrokerPort,65536,homeassistant,evsemaster,",
            "haDiscoveryPrefix,1883,home/+,evsemaster,", "haDiscoveryPrefix,1883,/homeassistant,evsemaster,",
            "haBaseTopic,1883,homeassistant,evse/#,", "haBaseTopic,1883,homeassistant,evse//x,",
            "haUsername,1883,homeassistant,evsemaster,secret" })
    void invalidValuesNameTheirParameter(String parameter, int port, String prefix, String base,
            @Nullable String password) {
        InvalidMirrorParameterException error = assertThrows(InvalidMirrorParameterException.class,
                () -> new MirrorConfig("broker", port, false, "", password == null ? "" : password, prefix, base,
                        false));
        assertThat(error.parameter(), is(parameter));
        assertThat(error.getMessage(), startsWith(parameter));
        assertThat(error.getMessage(), not(containsString("secret")));
    }

    @Test
    void thePasswordNeverShows() {
        MirrorConfig config = new MirrorConfig("broker", 8883, true, "user", "top-secret", "homeassistant",
                "evsemaster/garage", true);
        assertThat(config.toString(), not(containsString("top-secret")));
        assertThat(config.toString(), containsString("user"));
    }
}

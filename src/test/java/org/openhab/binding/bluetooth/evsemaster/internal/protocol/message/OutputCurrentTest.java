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

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.MessageFixtures.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Tests {@link OutputCurrent} (0x8107 / 0x0107, spec §4.10) against the §8 vectors, with the 6 A / 32 A limits.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class OutputCurrentTest {

    @Test
    void encodesTheSetAndGetVectorsExactly() throws ProtocolException {
        assertEncodesAs(OutputCurrent.set(16), "V-set-output-amps-16a");
        assertEncodesAs(OutputCurrent.get(), "V-get-output-amps");
        assertThat(decode("V-set-output-amps-16a", OutputCurrent.class), is(OutputCurrent.set(16)));
        assertThat(decode("V-get-output-amps", OutputCurrent.class), is(OutputCurrent.get()));
    }

    @Test
    void decodesAndEncodesTheAnswerVector() throws ProtocolException {
        OutputCurrent answer = decode("V-output-amps-response", OutputCurrent.class);

        assertThat(answer.command(), is(Command.OUTPUT_CURRENT_RESPONSE));
        assertThat(answer.action(), is(SettingAction.SET));
        assertThat(answer.amperes(), is(16));
        assertChargerEncodesAs(answer, "V-output-amps-response");
    }

    @ParameterizedTest
    @ValueSource(ints = { 6, 7, 31, 32 })
    void setsCurrentsFrom6To32Amperes(int amperes) throws ProtocolException {
        assertThat(roundTrip(OutputCurrent.set(amperes)).amperes(), is(amperes));
    }

    @ParameterizedTest
    @ValueSource(ints = { Integer.MIN_VALUE, 0, 5, 33, 255 })
    void refusesToSetCurrentsOutside6To32Amperes(int amperes) {
        assertThrows(IllegalArgumentException.class, () -> OutputCurrent.set(amperes));
    }

    @Test
    void decodesAnyAnsweredValueAndGetForms() throws ProtocolException {
        assertThat(roundTrip(new OutputCurrent(Command.OUTPUT_CURRENT_RESPONSE, 2, 0)).amperes(), is(0));
        assertThat(roundTrip(new OutputCurrent(Command.OUTPUT_CURRENT_RESPONSE, 2, 255)).amperes(), is(255));
        assertThat(OutputCurrent.decode(Command.OUTPUT_CURRENT, hex("02")), is(OutputCurrent.get()));
        assertThat(OutputCurrent.decode(Command.OUTPUT_CURRENT, hex("02 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00")),
                is(OutputCurrent.get()));
    }

    @Test
    void acceptsLongerPayloadsAndRejectsShortOnes() throws ProtocolException {
        assertThat(OutputCurrent.decode(Command.OUTPUT_CURRENT_RESPONSE, hex("01 10 00 00")),
                is(new OutputCurrent(Command.OUTPUT_CURRENT_RESPONSE, 1, 16)));
        assertTooShort(Command.OUTPUT_CURRENT_RESPONSE, 1);
        assertTooShort(Command.OUTPUT_CURRENT, 0);
        ProtocolException e = assertThrows(ProtocolException.class,
                () -> OutputCurrent.decode(Command.OUTPUT_CURRENT, hex("01")));
        assertThat(e.offset(), is(1));
    }
}

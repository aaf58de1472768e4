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
import static org.openhab.binding.bluetooth.evsemaster.internal.protocol.MiniJson.at;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Messages;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.Nickname;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.message.WifiSettings;

/**
 * Tests {@link DecodeTool}: arguments and standard input, hex with spaces, colons, log prefixes and masked passwords,
 * one JSON object per datagram with units, masked secrets, malformed input on standard error with exit status 1.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
class DecodeToolTest {

    private static final byte[] SERIAL = { 1, 2, 3, 4, 5, 6, 7, 8 };

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void decodesAHexArgumentIntoOneJsonObjectWithUnits() {
        int status = run("", "decode", Captures.capture("C02").hex());

        assertThat(status, is(DecodeTool.OK));
        assertThat(errors(), is(""));
        List<Object> lines = jsonLines();
        assertThat(lines, hasSize(1));
        Object json = lines.get(0);
        assertThat(at(json, "command"), is("0x0004"));
        assertThat(at(json, "name"), is("AC_STATUS"));
        assertThat(at(json, "appName"), is("d_singleAC_status"));
        assertThat(at(json, "direction"), is("CHARGER_TO_CLIENT"));
        assertThat(at(json, "serial"), is("9181102751219513"));
        assertThat(at(json, "password"), is("******"));
        assertThat(at(json, "message"), is("AcStatus"));
        assertThat(at(json, "fields", "voltageL1"), is(Map.of("value", new BigDecimal("235.0"), "unit", "V")));
        assertThat(at(json, "fields", "currentL1", "unit"), is("A"));
        assertThat(at(json, "fields", "energy"), is(Map.of("value", new BigDecimal("1475.85"), "unit", "kWh")));
        assertThat(at(json, "fields", "innerTemperature"),
                is(Map.of("value", new BigDecimal("26.74"), "unit", "\u00b0C")));
        assertThat(at(json, "fields", "plugState"), is(Map.of("code", BigDecimal.valueOf(2), "name", "CONNECTED")));
        assertThat(at(json, "fields", "currentState", "name"), is("READY"));
        assertThat(at(json, "fields", "errors"), is(List.of()));
    }

    @Test
    void acceptsBytesSpreadOverSeveralArguments() {
        String[] bytes = spaced(Captures.capture("C03").hex()).split(" ");
        String[] args = new String[bytes.length + 1];
        args[0] = "decode";
        System.arraycopy(bytes, 0, args, 1, bytes.length);

        assertThat(run("", args), is(DecodeTool.OK));
        assertThat(at(jsonLines().get(0), "name"), is("HEADING"));
    }

    @Test
    void findsEveryDatagramInOneArgument() {
        String two = Captures.capture("C03").hex() + Captures.capture("C04").hex();

        assertThat(run("", "decode", two), is(DecodeTool.OK));
        assertThat(jsonLines().stream().map(json -> at(json, "name")).toList(),
                contains("HEADING", "TEMPERATURE_UNIT_RESPONSE"));
    }

    @Test
    void readsStandardInputWithLogPrefixesColonsAndSpaces() {
        String stdin = "2026-11-25 12:00:00.123 [TRACE] [o.o.b.b.e.i.s.EvseSession] - RX "
                + spaced(Captures.capture("C03").hex()) + "\n"
                + "2026-11-25 12:00:01.456 [TRACE] [o.o.b.b.e.i.s.EvseSession] - RX "
                + spaced(Captures.capture("C04").hex()).replace(' ', ':') + "\n" + "notification: "
                + Captures.capture("C05").hex().toUpperCase(Locale.ROOT) + "\n";

        assertThat(run(stdin, "decode"), is(DecodeTool.OK));
        List<Object> lines = jsonLines();
        assertThat(lines.stream().map(json -> at(json, "message")).toList(),
                contains("Heading", "TemperatureUnitSetting", "VersionInfo"));
        assertThat(at(lines.get(1), "fields", "unit", "name"), is("CELSIUS"));
        assertThat(at(lines.get(2), "fields", "hardwareVersion"), is("C.3252.112A008"));
    }

    @Test
    void acceptsBytesWrittenAsAnArrayOfHexLiterals() {
        String array = "[" + Arrays.stream(spaced(Captures.capture("C03").hex()).split(" ")).map(b -> "0x" + b)
                .collect(Collectors.joining(", ")) + "]";

        assertThat(run("bytes = " + array + ";\n", "decode"), is(DecodeTool.OK));
        assertThat(at(jsonLines().get(0), "name"), is("HEADING"));
    }

    @Test
    void reassemblesANotificationSplitOverTwoLines() {
        String c18 = Captures.capture("C18").hex();
        String stdin = "notify " + c18.substring(0, 22) + "\nnotify " + Captures.capture("C17").hex() + "\n";

        assertThat(run(stdin, "decode"), is(DecodeTool.OK));
        assertThat(jsonLines(), hasSize(1));
        assertThat(at(jsonLines().get(0), "name"), is("CHARGE_FEE_RESPONSE"));
    }

    @Test
    void decodesTheMaskedTraceLinesTheBindingWrites() throws ProtocolException {
        String request = Datagram.decode(Captures.get("V-charge-start-10a")).toMaskedHex();
        String answer = Datagram.decode(Captures.get("C08")).toMaskedHex();
        assertThat(request, containsString("************"));

        int status = run("12:00:00.000 [TRACE] TX " + request + "\n12:00:00.300 [TRACE] RX " + answer + "\n", "decode");

        assertThat(errors(), is(""));
        assertThat(status, is(DecodeTool.OK));
        List<Object> lines = jsonLines();
        assertThat(at(lines.get(0), "fields", "maxCurrent"), is(Map.of("value", BigDecimal.TEN, "unit", "A")));
        assertThat(at(lines.get(0), "fields", "chargeId"), is("2025010112001337"));
        assertThat(at(lines.get(1), "fields", "startResult"), is(BigDecimal.ONE));
    }

    @Test
    void masksThePasswordOfClientDatagrams() {
        assertThat(run("", "decode", Captures.capture("C11").hex(), Captures.capture("V-login-confirm").hex()),
                is(DecodeTool.OK));

        assertThat(output(), not(containsString("123456")));
        assertThat(output(), not(containsString("313233343536")));
        assertThat(jsonLines().stream().map(json -> at(json, "password")).toList(), everyItem(is("******")));
    }

    @Test
    void masksTheSecretsInsidePayloads() throws UnknownHostException {
        WifiSettings wifi = new WifiSettings(Command.WIFI_INFO_RESPONSE, 2, "MyNet", "hunter22",
                (Inet4Address) InetAddress.getByName("0.0.0.0"), 28376);
        String wifiHex = hex(Messages.fromCharger(SERIAL, wifi).encode());
        byte[] secret = "987654".getBytes(StandardCharsets.US_ASCII);
        String blePassword = hex(Datagram.toCharger(SERIAL, "123456", 0x8109, secret).encode());

        int status = run("", "decode", Captures.capture("V-change-password-654321").hex(), wifiHex, blePassword);

        assertThat(status, is(DecodeTool.OK));
        assertThat(output(), not(containsString("654321")));
        assertThat(output(), not(containsString("363534333231")));
        assertThat(output(), not(containsString("hunter22")));
        assertThat(output(), not(containsString("987654")));
        assertThat(output(), not(containsString("393837363534")));
        assertThat(at(jsonLines().get(1), "fields", "ssid"), is("MyNet"));
    }

    @Test
    void printsEveryFixtureDatagramAsOneWellFormedLine() {
        List<Capture> datagrams = Captures.datagrams();
        String stdin = datagrams.stream().map(Capture::hex).collect(Collectors.joining("\n"));

        assertThat(run(stdin, "decode"), is(DecodeTool.OK));
        List<Object> lines = jsonLines();
        assertThat(lines, hasSize(datagrams.size()));
        for (Object json : lines) {
            assertThat(MiniJson.object(json).keySet(), contains("command", "name", "appName", "direction", "serial",
                    "password", "length", "message", "fields"));
            for (Object field : MiniJson.object(at(json, "fields")).values()) {
                if (field instanceof Map<?, ?> member && member.containsKey("unit")) {
                    assertThat(member.keySet(), contains("value", "unit"));
                }
            }
        }
    }

    @Test
    void statesTheUnitOfEverySessionQuantity() {
        assertThat(run("", "decode", Captures.capture("C28").hex()), is(DecodeTool.OK));

        Object json = jsonLines().get(0);
        assertThat(at(json, "fields", "duration"), is(Map.of("value", new BigDecimal("48108"), "unit", "s")));
        assertThat(at(json, "fields", "sessionEnergy", "unit"), is("kWh"));
        assertThat(at(json, "fields", "maxCurrent", "unit"), is("A"));
        assertThat(at(json, "fields", "maxDuration"), is(Map.of("value", MiniJson.NULL, "unit", "min")));
        assertThat(at(json, "fields", "chargeFee", "unit"), is("currency/kWh"));
        assertThat(at(json, "fields", "startTime"),
                is(Map.of("value", "2026-09-02T18:40:36", "unit", "charger local time")));
    }

    @Test
    void escapesStringsAsJson() {
        Nickname odd = new Nickname(Command.NICKNAME_RESPONSE, 2, "a\"b\\c\u0001/");

        assertThat(run("", "decode", hex(Messages.fromCharger(SERIAL, odd).encode())), is(DecodeTool.OK));
        assertThat(at(jsonLines().get(0), "fields", "name"), is("a\"b\\c\u0001/"));
    }

    @Test
    void namesUnknownCommandsAndShowsTheirPayload() {
        String unknown = hex(Datagram.fromCharger(SERIAL, 0x0777, new byte[] { 1, 2 }).encode());

        assertThat(run("", "decode", unknown), is(DecodeTool.OK));
        Object json = jsonLines().get(0);
        assertThat(at(json, "name"), is("UNKNOWN"));
        assertThat(at(json, "appName"), is(MiniJson.NULL));
        assertThat(at(json, "message"), is("RawMessage"));
        assertThat(at(json, "fields", "payloadHex"), is("0102"));
    }

    @Test
    void reportsABadChecksumAndStillPrintsTheGoodDatagrams() {
        byte[] broken = Captures.get("C02");
        broken[broken.length - 3]++;

        int status = run("", "decode", Captures.capture("C03").hex(), hex(broken), Captures.capture("C04").hex());

        assertThat(status, is(DecodeTool.MALFORMED));
        assertThat(errors(), containsString("malformed datagram at input byte 25: bad checksum 0x0b7c"));
        assertThat(errors(), containsString("at offset 46"));
        assertThat(jsonLines().stream().map(json -> at(json, "name")).toList(),
                contains("HEADING", "TEMPERATURE_UNIT_RESPONSE"));
    }

    @Test
    void reportsATruncatedDatagram() {
        String truncated = Captures.capture("C02").hex().substring(0, 80);

        assertThat(run("", "decode", truncated), is(DecodeTool.MALFORMED));
        assertThat(errors(), containsString("truncated: 40 of 50 bytes"));
        assertThat(output(), is(""));
    }

    @Test
    void reportsAPayloadTooShortForItsCommand() {
        String shortStatus = hex(Datagram.fromCharger(SERIAL, 0x0004, new byte[10]).encode());

        assertThat(run("", "decode", shortStatus), is(DecodeTool.MALFORMED));
        assertThat(errors(), containsString("(command 0x0004): 0x0004 payload of 10 bytes is shorter than 25"));
        assertThat(errors(), containsString("at offset 10"));
    }

    @Test
    void reportsInputWithoutAnyDatagram() {
        assertThat(run("hello world\n12:00:00 nothing here\n", "decode"), is(DecodeTool.MALFORMED));
        assertThat(errors(), containsString("no datagram found"));
    }

    @Test
    void printsUsageWithoutTheDecodeSubcommand() {
        assertThat(run(""), is(DecodeTool.USAGE));
        assertThat(errors(), containsString("usage: java -jar <bundle jar> decode <hex>..."));
        assertThat(run("", "encode", "00"), is(DecodeTool.USAGE));
        assertThat(output(), is(""));
    }

    private int run(String stdin, String... args) {
        return new DecodeTool().run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private List<Object> jsonLines() {
        return output().lines().map(MiniJson::parse).toList();
    }

    private static String spaced(String hex) {
        return Arrays.stream(hex.split("(?<=\\G..)")).collect(Collectors.joining(" "));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}

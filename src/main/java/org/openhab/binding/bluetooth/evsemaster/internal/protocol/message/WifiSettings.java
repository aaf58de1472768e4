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

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.Command;
import org.openhab.binding.bluetooth.evsemaster.internal.protocol.ProtocolException;

/**
 * Wi-Fi configuration (spec §4.15): 0x810A set/get request and its 0x010A answer, which returns the passphrase in
 * clear (RS, SD). {@link #toString()} hides the passphrase.
 *
 * <pre>
 * offset width field           encoding
 *      0     1 action          {@link SettingAction}: 1 set, 2 get
 *      1    32 SSID            ASCII, 00-padded
 *     33    64 passphrase      ASCII, 00-padded
 *     97     2 reserved        00 00
 *     99     4 server address  IPv4, 0.0.0.0 = broadcast
 *    103     2 server port     u16 UDP port, 28376 by default
 * </pre>
 *
 * 105 bytes; a GET request may consist of the action byte alone. Longer payloads are accepted.
 *
 * @param command {@link Command#WIFI_INFO} (request) or {@link Command#WIFI_INFO_RESPONSE} (answer)
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public record WifiSettings(Command command, int actionCode, String ssid, String passphrase, Inet4Address serverAddress,
        int serverPort) implements TypedMessage {

    public static final int LENGTH = 105;
    /** UDP port the chargers use by default. */
    public static final int DEFAULT_PORT = 28376;
    private static final int SSID_WIDTH = 32;
    private static final int PASSPHRASE_WIDTH = 64;
    private static final int RESERVED_WIDTH = 2;
    private static final int ADDRESS_WIDTH = 4;

    /**
     * @throws IllegalArgumentException if a value does not fit its field or the command is not 0x810A/0x010A
     */
    public WifiSettings {
        Fields.checkCommand(command, Command.WIFI_INFO, Command.WIFI_INFO_RESPONSE);
        Fields.checkRange(actionCode, 0, Fields.U8_MAX, "action");
        Fields.checkText(ssid, SSID_WIDTH, "SSID");
        Fields.checkText(passphrase, PASSPHRASE_WIDTH, "passphrase");
        Fields.checkRange(serverPort, 0, Fields.U16_MAX, "server port");
    }

    public SettingAction action() {
        return SettingAction.fromCode(actionCode);
    }

    public static WifiSettings decode(Command command, byte[] payload) throws ProtocolException {
        PayloadReader in = PayloadReader.ofSetting(command, payload, LENGTH);
        return new WifiSettings(command, in.u8(0), in.text(1, SSID_WIDTH), in.text(33, PASSPHRASE_WIDTH),
                ipv4(in.bytes(99, ADDRESS_WIDTH)), in.u16(103));
    }

    @Override
    public byte[] encodePayload() {
        return new PayloadWriter().u8(actionCode).text(ssid, SSID_WIDTH).text(passphrase, PASSPHRASE_WIDTH)
                .zeros(RESERVED_WIDTH).bytes(serverAddress.getAddress()).u16(serverPort).toByteArray();
    }

    @Override
    public String toString() {
        return "WifiSettings[command=" + command + ", actionCode=" + actionCode + ", ssid=" + ssid
                + ", passphrase=***, serverAddress=" + serverAddress.getHostAddress() + ", serverPort=" + serverPort
                + "]";
    }

    private static Inet4Address ipv4(byte[] address) {
        try {
            return (Inet4Address) InetAddress.getByAddress(address);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an IPv4 address", e);
        }
    }
}

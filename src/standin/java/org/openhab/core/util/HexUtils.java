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
package org.openhab.core.util;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB 5.2.1 {@code org.openhab.core.util.HexUtils} for compiling and testing the binding only:
 * conversions between bytes and upper-case hexadecimal text.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class HexUtils {

    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private HexUtils() {
    }

    /**
     * @param bytes the bytes
     * @param delimiter put between two bytes, e.g. "-" gives "01-23-45"; {@code null} for none
     * @return the upper-case hex text
     */
    public static String bytesToHex(byte[] bytes, @Nullable CharSequence delimiter) {
        CharSequence separator = delimiter == null ? "" : delimiter;
        StringBuilder hex = new StringBuilder(bytes.length * (2 + separator.length()));
        for (int i = 0; i < bytes.length; i++) {
            if (i > 0) {
                hex.append(separator);
            }
            hex.append(DIGITS[(bytes[i] >> 4) & 0x0F]).append(DIGITS[bytes[i] & 0x0F]);
        }
        return hex.toString();
    }

    /**
     * @param bytes the bytes
     * @return the upper-case hex text without delimiter, e.g. "0123AB"
     */
    public static String bytesToHex(byte[] bytes) {
        return bytesToHex(bytes, null);
    }

    /**
     * @param value one byte
     * @return the two ASCII characters of its upper-case hex form
     */
    public static byte[] byteToHex(final byte value) {
        return new byte[] { (byte) DIGITS[(value >> 4) & 0x0F], (byte) DIGITS[value & 0x0F] };
    }

    /**
     * @param hexString hex text (any case) with a delimiter between bytes, e.g. "01-23-ab"
     * @param delimiter the delimiter, a regular expression
     * @return the bytes
     * @throws IllegalArgumentException if a part is not exactly two hex digits
     */
    public static byte[] hexToBytes(String hexString, String delimiter) {
        String[] parts = hexString.toUpperCase(Locale.ROOT).split(delimiter);
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = pairToByte(parts[i], hexString);
        }
        return bytes;
    }

    /**
     * @param hexString hex text (any case) without delimiter, e.g. "0123ab"
     * @return the bytes
     * @throws IllegalArgumentException if the text is empty, of odd length or not hex
     */
    public static byte[] hexToBytes(String hexString) {
        String upper = hexString.toUpperCase(Locale.ROOT);
        if (upper.isEmpty() || upper.length() % 2 != 0) {
            throw new IllegalArgumentException("hexString needs to have an even length: " + hexString);
        }
        byte[] bytes = new byte[upper.length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = toByte(upper.charAt(2 * i), upper.charAt(2 * i + 1));
        }
        return bytes;
    }

    /**
     * @param hexBlock hex text whose bytes may be spread over words and lines, e.g. "BEB25379 D1A8581E"
     * @return the bytes
     * @throws IllegalArgumentException if the text without white space is empty, of odd length or not hex
     */
    public static byte[] hexBlockToBytes(String hexBlock) throws IllegalArgumentException {
        return hexToBytes(WHITESPACE.matcher(hexBlock).replaceAll(""));
    }

    /**
     * @param hexBlock hex text whose digits may be spread over words and lines
     * @return the non-negative number the digits stand for
     * @throws IllegalArgumentException if the text without white space is empty, of odd length or not hex
     */
    public static BigInteger hexBlockToBigInteger(String hexBlock) throws IllegalArgumentException {
        return new BigInteger(1, hexBlockToBytes(hexBlock));
    }

    /**
     * @param high the ASCII upper-case hex digit of the high nibble
     * @param low the ASCII upper-case hex digit of the low nibble
     * @return the byte
     * @throws IllegalArgumentException if a digit is not 0-9 or A-F
     */
    public static byte hexToByte(byte high, byte low) {
        return toByte((char) (high & 0xFF), (char) (low & 0xFF));
    }

    private static byte pairToByte(String pair, String hexString) {
        if (pair.length() != 2) {
            throw new IllegalArgumentException("hexString needs to have an even length: " + hexString);
        }
        return toByte(pair.charAt(0), pair.charAt(1));
    }

    private static byte toByte(char high, char low) {
        return (byte) (nibble(high) << 4 | nibble(low));
    }

    private static int nibble(char digit) {
        if (digit >= '0' && digit <= '9') {
            return digit - '0';
        }
        if (digit >= 'A' && digit <= 'F') {
            return digit - 'A' + 10;
        }
        throw new IllegalArgumentException("hexString contains illegal character for hexToBytes: " + digit);
    }
}

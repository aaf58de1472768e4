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
package org.openhab.binding.bluetooth;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;

/**
 * Stand-in of openHAB's {@code org.openhab.binding.bluetooth.BluetoothAddress} (compile/test only, never shipped):
 * an upper-case, colon separated Bluetooth device address such as {@code 00:11:22:AA:BB:CC}.
 *
 * @author EVSE Master Binding Contributors - Initial contribution
 */
@NonNullByDefault
public class BluetoothAddress {

    public static final int BD_ADDRESS_LENGTH = 17;

    private final String address;

    /**
     * @param address the address in the form {@code XX:XX:XX:XX:XX:XX} with upper-case hex digits
     * @throws IllegalArgumentException if the address is null or malformed
     */
    public BluetoothAddress(@Nullable String address) {
        if (address == null || address.length() != BD_ADDRESS_LENGTH) {
            throw new IllegalArgumentException("BT Address cannot be null and must be in format XX:XX:XX:XX:XX:XX");
        }
        for (int index = 0; index < BD_ADDRESS_LENGTH; index++) {
            char character = address.charAt(index);
            boolean separatorPosition = index % 3 == 2;
            if (separatorPosition && character != ':') {
                throw new IllegalArgumentException("BT Address bytes must be separated with colon");
            }
            if (!separatorPosition && !isUpperCaseHexDigit(character)) {
                throw new IllegalArgumentException("BT Address must contain upper case hex values only");
            }
        }
        this.address = address;
    }

    private static boolean isUpperCaseHexDigit(char character) {
        return (character >= '0' && character <= '9') || (character >= 'A' && character <= 'F');
    }

    @Override
    public int hashCode() {
        return 31 + address.hashCode();
    }

    @Override
    public boolean equals(@Nullable Object obj) {
        if (this == obj) {
            return true;
        }
        if (obj == null || getClass() != obj.getClass()) {
            return false;
        }
        return address.equals(((BluetoothAddress) obj).address);
    }

    @Override
    public String toString() {
        return address;
    }
}

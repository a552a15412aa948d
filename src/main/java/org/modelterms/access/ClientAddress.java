package org.modelterms.access;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The key a client is counted by, wherever the registry counts clients (rate limits, failed
 * sign-ins): an IPv4 address as it is; an IPv6 client by its /64, the block one subscriber is
 * usually given, so that it cannot start afresh from each of its addresses.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /** The key of the client at {@code host} (an address literal; null when unknown). */
  public static String key(String host) {
    if (host == null) {
      return "unknown";
    }
    if (host.indexOf(':') < 0) {
      return host;
    }
    try {
      // A literal: parsed, never looked up.
      byte[] bytes = InetAddress.getByName(host).getAddress();
      if (bytes.length != 16) {
        return host;
      }
      Arrays.fill(bytes, 8, 16, (byte) 0);
      return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
    } catch (UnknownHostException e) {
      return host;
    }
  }
}

package vn.citizenhub.http.client;

import java.net.InetAddress;
import java.util.Arrays;

/** Where a request came from, once forwarded headers have been weighed. */
public record ClientAddress(InetAddress address) {

  /** An IPv6 subscriber is given a whole /64, so limits count the /64, not each address in it. */
  private static final int IPV6_SUBSCRIBER_PREFIX_BYTES = 8;

  /** The key a per-client limit counts under. */
  public String limitKey() {
    byte[] bytes = address.getAddress();
    if (bytes.length == 4) {
      return address.getHostAddress();
    }
    byte[] prefix = Arrays.copyOf(bytes, 16);
    Arrays.fill(prefix, IPV6_SUBSCRIBER_PREFIX_BYTES, 16, (byte) 0);
    StringBuilder key = new StringBuilder("v6:");
    for (int i = 0; i < IPV6_SUBSCRIBER_PREFIX_BYTES; i++) {
      key.append(String.format("%02x", prefix[i]));
    }
    return key.append("/64").toString();
  }

  @Override
  public String toString() {
    return address.getHostAddress();
  }
}

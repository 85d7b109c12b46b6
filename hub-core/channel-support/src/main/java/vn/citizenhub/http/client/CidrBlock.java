package vn.citizenhub.http.client;

import java.net.InetAddress;

/** An address block such as {@code 10.0.0.0/8} or {@code fd00::/8}; a bare address is a /32 or /128. */
public final class CidrBlock {

  private final byte[] network;
  private final int prefix;
  private final String text;

  private CidrBlock(byte[] network, int prefix, String text) {
    this.network = network;
    this.prefix = prefix;
    this.text = text;
  }

  /** Parses a block; a malformed one is a configuration error, told at start-up. */
  public static CidrBlock parse(String text) {
    String t = text.trim();
    int slash = t.indexOf('/');
    InetAddress address = IpLiteral.parse(slash < 0 ? t : t.substring(0, slash)).orElseThrow(
        () -> new IllegalArgumentException("not an IP address or CIDR block: " + text));
    int bits = address.getAddress().length * 8;
    int prefix = bits;
    if (slash >= 0) {
      try {
        prefix = Integer.parseInt(t.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad prefix length in " + text, e);
      }
      if (prefix < 0 || prefix > bits) {
        throw new IllegalArgumentException("prefix length out of range in " + text);
      }
    }
    return new CidrBlock(address.getAddress(), prefix, t);
  }

  public boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    int full = prefix / 8;
    for (int i = 0; i < full; i++) {
      if (candidate[i] != network[i]) {
        return false;
      }
    }
    int rest = prefix % 8;
    if (rest == 0) {
      return true;
    }
    int mask = 0xFF << (8 - rest) & 0xFF;
    return (candidate[full] & mask) == (network[full] & mask);
  }

  @Override
  public String toString() {
    return text;
  }
}

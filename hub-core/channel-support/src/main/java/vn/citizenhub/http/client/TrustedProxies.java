package vn.citizenhub.http.client;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Which forwarded hops to believe. A header is believed only when the TCP peer is a configured
 * proxy; then the chain is walked from the right (the hop the proxy itself appended) past every
 * trusted proxy, and the first address that is not one is the client. Anything to its left was
 * written by the client and is ignored, so a spoofed {@code X-Forwarded-For} changes nothing.
 */
public final class TrustedProxies {

  private final List<CidrBlock> blocks;

  public TrustedProxies(List<CidrBlock> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  public static TrustedProxies none() {
    return new TrustedProxies(List.of());
  }

  public boolean trusts(InetAddress address) {
    for (CidrBlock block : blocks) {
      if (block.contains(address)) {
        return true;
      }
    }
    return false;
  }

  /** The client's address, given the TCP peer and the claimed hops (nearest the client first). */
  public InetAddress clientOf(InetAddress peer, List<String> claimedHops) {
    if (!trusts(peer)) {
      return peer;
    }
    InetAddress client = peer;
    for (int i = claimedHops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = IpLiteral.parse(claimedHops.get(i));
      if (hop.isEmpty()) {
        // A trusted proxy passed on something that is no address: stop at the last hop we know.
        return client;
      }
      client = hop.get();
      if (!trusts(client)) {
        return client;
      }
    }
    return client;
  }

  @Override
  public String toString() {
    return blocks.toString();
  }
}

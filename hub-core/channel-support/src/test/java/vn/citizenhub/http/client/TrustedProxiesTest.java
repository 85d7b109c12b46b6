package vn.citizenhub.http.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  private static InetAddress ip(String text) {
    return IpLiteral.parse(text).orElseThrow();
  }

  private static TrustedProxies trusting(String... blocks) {
    return new TrustedProxies(List.of(blocks).stream().map(CidrBlock::parse).toList());
  }

  @Test
  void blocksContainWhatTheirPrefixSays() {
    assertTrue(CidrBlock.parse("10.0.0.0/8").contains(ip("10.255.1.2")));
    assertFalse(CidrBlock.parse("10.0.0.0/8").contains(ip("11.0.0.1")));
    assertTrue(CidrBlock.parse("192.168.4.0/22").contains(ip("192.168.7.255")));
    assertFalse(CidrBlock.parse("192.168.4.0/22").contains(ip("192.168.8.0")));
    assertTrue(CidrBlock.parse("127.0.0.1").contains(ip("127.0.0.1")));
    assertFalse(CidrBlock.parse("127.0.0.1").contains(ip("127.0.0.2")));
    assertTrue(CidrBlock.parse("fd00::/8").contains(ip("fd12:3456::1")));
    assertFalse(CidrBlock.parse("fd00::/8").contains(ip("10.0.0.1")));
    assertTrue(CidrBlock.parse("0.0.0.0/0").contains(ip("8.8.8.8")));
  }

  @Test
  void aMalformedBlockIsRefusedAtStartUp() {
    assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("10.0.0.0/33"));
    assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("proxy.example"));
    assertThrows(IllegalArgumentException.class, () -> CidrBlock.parse("300.1.1.1"));
  }

  @Test
  void namesAreNeverLookedUp() {
    assertTrue(IpLiteral.parse("localhost").isEmpty());
    assertTrue(IpLiteral.parse("evil.example").isEmpty());
    assertTrue(IpLiteral.parse("1.2.3").isEmpty());
    assertEquals("2001:db8:0:0:0:0:0:1", IpLiteral.parse("2001:db8::1").orElseThrow().getHostAddress());
  }

  @Test
  void withNoTrustedProxyTheHeaderIsIgnored() {
    assertEquals(ip("203.0.113.9"),
        TrustedProxies.none().clientOf(ip("203.0.113.9"), List.of("1.1.1.1", "2.2.2.2")));
  }

  @Test
  void fromAnUntrustedPeerTheHeaderIsIgnored() {
    assertEquals(ip("203.0.113.9"),
        trusting("10.0.0.0/8").clientOf(ip("203.0.113.9"), List.of("1.1.1.1")));
  }

  @Test
  void fromATrustedProxyTheRightMostUntrustedHopIsTheClient() {
    TrustedProxies proxies = trusting("10.0.0.0/8", "172.16.0.5");
    // The client wrote "6.6.6.6" itself; the outer proxy appended the real 198.51.100.7, the
    // inner proxy 10.1.1.1 appended the outer one.
    assertEquals(ip("198.51.100.7"), proxies.clientOf(ip("10.2.2.2"),
        List.of("6.6.6.6", "198.51.100.7", "172.16.0.5")));
  }

  @Test
  void aChainOfOnlyProxiesEndsAtItsLeftMostHop() {
    assertEquals(ip("10.0.0.3"),
        trusting("10.0.0.0/8").clientOf(ip("10.0.0.1"), List.of("10.0.0.3", "10.0.0.2")));
    assertEquals(ip("10.0.0.1"), trusting("10.0.0.0/8").clientOf(ip("10.0.0.1"), List.of()));
  }

  @Test
  void garbagePassedOnByAProxyStopsAtTheLastKnownHop() {
    assertEquals(ip("10.0.0.2"),
        trusting("10.0.0.0/8").clientOf(ip("10.0.0.1"), List.of("1.1.1.1", "bogus", "10.0.0.2")));
  }

  @Test
  void theForwardedHeaderComesFirstThenXForwardedForThenXRealIp() {
    assertEquals(List.of("192.0.2.60", "2001:db8:cafe::17", "_hidden"), ForwardedChain.from(
        List.of("for=192.0.2.60;proto=http;by=203.0.113.43, for=\"[2001:db8:cafe::17]:4711\"",
            "for=_hidden"),
        List.of("9.9.9.9"), List.of()));
    assertEquals(List.of("1.1.1.1", "2.2.2.2", "3.3.3.3"),
        ForwardedChain.from(List.of(), List.of("1.1.1.1, 2.2.2.2", "3.3.3.3"), List.of("4.4.4.4")));
    assertEquals(List.of("4.4.4.4"),
        ForwardedChain.from(List.of(), List.of(), List.of("4.4.4.4")));
    assertEquals(List.of("192.0.2.1"),
        ForwardedChain.from(List.of("For=\"192.0.2.1:8080\""), List.of(), List.of()));
  }

  @Test
  void anIpv6ClientIsLimitedByItsSlash64() {
    assertEquals(new ClientAddress(ip("2001:db8:1:2::1")).limitKey(),
        new ClientAddress(ip("2001:db8:1:2:ffff::9")).limitKey());
    assertFalse(new ClientAddress(ip("2001:db8:1:2::1")).limitKey()
        .equals(new ClientAddress(ip("2001:db8:1:3::1")).limitKey()));
    assertEquals("203.0.113.9", new ClientAddress(ip("203.0.113.9")).limitKey());
  }
}

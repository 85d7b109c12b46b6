package vn.citizenhub.http.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The hops a request claims to have passed, nearest the client first, read from {@code Forwarded}
 * (RFC 7239), else {@code X-Forwarded-For}, else {@code X-Real-IP}. What is read here is only a
 * claim: {@link TrustedProxies} decides how much of it to believe.
 */
final class ForwardedChain {

  private ForwardedChain() {}

  static List<String> from(List<String> forwarded, List<String> xForwardedFor,
      List<String> xRealIp) {
    if (!forwarded.isEmpty()) {
      return fromForwarded(forwarded);
    }
    if (!xForwardedFor.isEmpty()) {
      return split(xForwardedFor);
    }
    return split(xRealIp);
  }

  private static List<String> split(List<String> headerValues) {
    List<String> hops = new ArrayList<>();
    for (String value : headerValues) {
      for (String hop : value.split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.trim());
        }
      }
    }
    return hops;
  }

  /** {@code for=192.0.2.60;proto=http, for="[2001:db8::1]:4711"} gives both addresses. */
  private static List<String> fromForwarded(List<String> headerValues) {
    List<String> hops = new ArrayList<>();
    for (String element : split(headerValues)) {
      String node = "unknown";
      for (String pair : element.split(";")) {
        int eq = pair.indexOf('=');
        if (eq > 0 && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("for")) {
          node = stripPort(unquote(pair.substring(eq + 1).trim()));
        }
      }
      hops.add(node);
    }
    return hops;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1) : value;
  }

  private static String stripPort(String node) {
    if (node.startsWith("[")) {
      int close = node.indexOf(']');
      return close > 0 ? node.substring(1, close) : node;
    }
    int colon = node.indexOf(':');
    // One colon: IPv4 with a port. More: a bare IPv6 address.
    return colon > 0 && colon == node.lastIndexOf(':') ? node.substring(0, colon) : node;
  }
}

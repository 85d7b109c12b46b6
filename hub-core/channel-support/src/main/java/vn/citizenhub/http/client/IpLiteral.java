package vn.citizenhub.http.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address written as text, parsed without ever asking DNS: a header value such as
 * {@code evil.example} must not make the server resolve names an attacker chose.
 */
final class IpLiteral {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private IpLiteral() {}

  /** The address, or empty when the text is not an IPv4 or IPv6 literal. */
  static Optional<InetAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim();
    boolean v4 = IPV4.matcher(t).matches();
    if (!v4 && !(t.indexOf(':') >= 0 && IPV6.matcher(t).matches())) {
      return Optional.empty();
    }
    if (v4) {
      for (String part : t.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return Optional.empty();
        }
      }
    }
    try {
      // A literal of these shapes is parsed, not looked up.
      return Optional.of(InetAddress.getByName(t));
    } catch (UnknownHostException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}

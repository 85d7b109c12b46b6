package vn.citizenhub.core.intake;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;

/**
 * What can be read of a record that cannot be applied: its envelope id, tracking code and channel,
 * found by pattern rather than by parsing, so a record whose body is broken or cut short still
 * tells which citizen's code needs a call back. Only values of the expected shape are kept: these
 * are ids and codes, never personal data.
 */
record EnvelopeGlimpse(String envelopeId, String trackingCode, String channel) {

  private static final int LOOK_AT_MOST = 64 * 1024;
  private static final Pattern ID = field("id", "[A-Za-z0-9._:-]{1,64}");
  private static final Pattern CODE = field("trackingCode", "[A-Za-z0-9 -]{10,16}");
  private static final Pattern CHANNEL = field("channel", "[A-Z_]{2,16}");

  static EnvelopeGlimpse of(byte[] value) {
    if (value == null) {
      return new EnvelopeGlimpse(null, null, null);
    }
    String text = new String(value, 0, Math.min(value.length, LOOK_AT_MOST),
        StandardCharsets.UTF_8);
    String code = find(CODE, text).flatMap(TrackingCode::parse).map(TrackingCode::value)
        .orElse(null);
    String channel = find(CHANNEL, text)
        .filter(c -> Arrays.stream(Channel.values()).anyMatch(known -> known.name().equals(c)))
        .orElse(null);
    return new EnvelopeGlimpse(find(ID, text).orElse(null), code, channel);
  }

  private static Pattern field(String name, String shape) {
    return Pattern.compile("\"" + name + "\"\\s*:\\s*\"(" + shape + ")\"");
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}

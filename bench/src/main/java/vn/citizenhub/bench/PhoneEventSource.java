package vn.citizenhub.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import vn.citizenhub.channel.hotline.events.EventSignature;

/**
 * The phone system as it calls the hotline: a signed "ringing" event for a new call each time
 * (call ids of this run alone), at one of 50 extensions, from a caller's number.
 */
final class PhoneEventSource implements EventSource {

  private final String run;
  private final String secret;

  PhoneEventSource(String run, String secret) {
    this.run = run;
    this.secret = secret;
  }

  @Override
  public String path() {
    return "/api/hotline/calls/events";
  }

  @Override
  public byte[] body(int i) {
    return ("{\"event\":\"ringing\",\"callId\":\"" + key(i) + "\",\"caller\":\"09"
        + String.format("%08d", i % 100_000_000) + "\",\"extension\":\"" + (100 + i % 50)
        + "\",\"timestamp\":" + Instant.now().getEpochSecond() + "}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String headers(int i, byte[] body) {
    return EventSignature.HEADER + ": " + EventSignature.sign(secret, body) + "\r\n";
  }

  @Override
  public String key(int i) {
    return "pb" + run + "-" + i;
  }

  @Override
  public String keyPattern() {
    return "pb" + run + "-%";
  }

  @Override
  public boolean accepted(int status) {
    return status == 202;
  }
}

package vn.citizenhub.channel.hotline.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.intake.PhoneNumber;

/**
 * Decides whether a phone-system event may be believed, in an order that reads nothing an
 * unauthenticated sender wrote: size, then signature over the raw bytes, then the JSON, then the
 * signed timestamp (within {@code maxSkew} of now, so a captured event cannot be replayed later).
 * A replay inside the window is harmless: the call log keeps each (call, event type) once.
 */
public final class PhoneEventGate {

  /** hotline_call.call_id and hotline_call_event.call_id are VARCHAR(64). */
  public static final int MAX_CALL_ID = 64;
  /** hotline_call.extension, hotline_call_event.extension, hotline_desk.extension: VARCHAR(20). */
  public static final int MAX_EXTENSION = 20;
  /**
   * The latest Unix time believed (9999-12-31T23:59:59Z, the end of a DATETIME column); larger
   * numbers, negative ones and fractions are not a time at all. A time inside this range but far
   * from now is refused as stale, with its own reason.
   */
  public static final long MAX_EPOCH_SECOND = 253_402_300_799L;
  private static final Pattern CALL_ID = Pattern.compile("^[A-Za-z0-9._:@-]{1," + MAX_CALL_ID + "}$");
  /** What an extension may look like: digits mostly, as the phone system numbers them. */
  public static final Pattern EXTENSION =
      Pattern.compile("^[A-Za-z0-9*#._-]{1," + MAX_EXTENSION + "}$");

  private final String secret;
  private final Duration maxSkew;
  private final int maxBodyBytes;

  public PhoneEventGate(String secret, Duration maxSkew, int maxBodyBytes) {
    this.secret = secret;
    this.maxSkew = maxSkew;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** The event, or why it is refused. */
  public record Verdict(PhoneEvent event, Refusal refusal) {
    static Verdict refused(Refusal refusal) {
      return new Verdict(null, refusal);
    }

    public boolean accepted() {
      return event != null;
    }
  }

  /** Why an event is refused, with the HTTP status the phone system is answered. */
  public enum Refusal {
    TOO_LARGE(413, "Nội dung sự kiện quá lớn.", "The event body is too large."),
    NOT_CONFIGURED(503, "Tổng đài chưa được cấu hình khóa ký sự kiện.",
        "No event signing secret is configured."),
    BAD_SIGNATURE(401, "Chữ ký sự kiện không hợp lệ.", "The event signature is missing or wrong."),
    MALFORMED(400, "Sự kiện không đúng định dạng.", "The event is not in the expected form."),
    STALE(401, "Thời điểm của sự kiện quá cũ hoặc lệch giờ so với máy chủ.",
        "The event's timestamp is too far from the server's clock.");

    private final int status;
    private final String messageVi;
    private final String messageEn;

    Refusal(int status, String messageVi, String messageEn) {
      this.status = status;
      this.messageVi = messageVi;
      this.messageEn = messageEn;
    }

    public int status() {
      return status;
    }

    public String messageVi() {
      return messageVi;
    }

    public String messageEn() {
      return messageEn;
    }
  }

  public Verdict check(byte[] rawBody, String signatureHeader, Instant now) {
    if (rawBody.length > maxBodyBytes) {
      return Verdict.refused(Refusal.TOO_LARGE);
    }
    if (secret == null || secret.length() < EventSignature.MIN_SECRET_LENGTH) {
      return Verdict.refused(Refusal.NOT_CONFIGURED);
    }
    if (!EventSignature.verify(signatureHeader, secret, rawBody)) {
      return Verdict.refused(Refusal.BAD_SIGNATURE);
    }
    PhoneEvent event = parse(rawBody);
    if (event == null) {
      return Verdict.refused(Refusal.MALFORMED);
    }
    if (Duration.between(event.occurredAt(), now).abs().compareTo(maxSkew) > 0) {
      return Verdict.refused(Refusal.STALE);
    }
    return new Verdict(event, null);
  }

  /** The event in the body, or null when a field is missing or not what it must be. */
  static PhoneEvent parse(byte[] rawBody) {
    JsonNode root;
    try {
      root = ContractJson.mapper().readTree(rawBody);
    } catch (IOException e) {
      return null;
    }
    if (root == null || !root.isObject()) {
      return null;
    }
    PhoneEvent.Type type = type(root.path("event").asText(""));
    String callId = root.path("callId").asText("");
    String extension = root.path("extension").isTextual() || root.path("extension").isNumber()
        ? root.path("extension").asText() : null;
    Instant at = timestamp(root.path("timestamp"));
    if (type == null || !CALL_ID.matcher(callId).matches() || at == null) {
      return null;
    }
    if (extension != null && !EXTENSION.matcher(extension).matches()) {
      return null;
    }
    if (extension == null && type != PhoneEvent.Type.ENDED) {
      return null; // a call rings and is answered at an extension
    }
    String caller = PhoneNumber.normalize(root.path("caller").asText(null)).orElse(null);
    return new PhoneEvent(type, callId, caller, extension, at);
  }

  private static PhoneEvent.Type type(String name) {
    try {
      return PhoneEvent.Type.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Unix seconds (a JSON integer or a string of digits), or an ISO-8601 instant; null for anything
   * else, including numbers that are no time the hub can store (negative, past year 9999, past
   * what a long holds).
   */
  private static Instant timestamp(JsonNode node) {
    if (node.isIntegralNumber()) {
      return node.canConvertToLong() ? epochSecond(node.asLong()) : null;
    }
    if (node.isTextual()) {
      String text = node.asText();
      try {
        if (!text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
          return text.length() > 12 ? null : epochSecond(Long.parseLong(text));
        }
        Instant at = Instant.parse(text);
        return at.getEpochSecond() < 0 || at.getEpochSecond() > MAX_EPOCH_SECOND ? null : at;
      } catch (DateTimeException | NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static Instant epochSecond(long seconds) {
    return seconds < 0 || seconds > MAX_EPOCH_SECOND ? null : Instant.ofEpochSecond(seconds);
  }
}

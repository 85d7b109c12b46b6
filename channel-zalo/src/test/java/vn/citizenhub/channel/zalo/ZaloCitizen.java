package vn.citizenhub.channel.zalo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.citizenhub.channel.zalo.webhook.EventSignature;
import vn.citizenhub.testsupport.PersonalDataLogScan;

/**
 * A citizen on Zalo as the hub's webhook sees them: events in Zalo's shape (ids and timestamps
 * as strings), signed with the OA secret key as Zalo signs them, posted to {@code /zalo/webhook}.
 */
public final class ZaloCitizen {

  private static final AtomicLong CLOCK = new AtomicLong(System.currentTimeMillis());
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
      .build();
  private final String webhook;
  private final String appId;
  private final String oaId;
  private final String secret;
  public final String userId;

  public ZaloCitizen(String baseUrl, String appId, String oaId, String secret) {
    this(baseUrl, appId, oaId, secret, String.valueOf(8_300_000_000_000_000_000L
        + Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 99_999_999_999_999L)));
  }

  /** The same Zalo user, talking to another instance of the hub. */
  public ZaloCitizen(String baseUrl, String appId, String oaId, String secret, String userId) {
    this.webhook = baseUrl.replaceAll("/$", "") + "/zalo/webhook";
    this.appId = appId;
    this.oaId = oaId;
    this.secret = secret;
    this.userId = userId;
    PersonalDataLogScan.remember(userId);
  }

  /** A signed event; returns the HTTP status. */
  public int send(String body) throws IOException, InterruptedException {
    String timestamp = timestampOf(body);
    return post(body, EventSignature.sign(appId, body.getBytes(StandardCharsets.UTF_8),
        timestamp, secret));
  }

  public int post(String body, String signature) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(webhook))
        .timeout(Duration.ofSeconds(10))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header("X-ZEvent-Signature", signature);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  public String text(String msgId, String text) {
    return userEvent("user_send_text", "{\"text\":" + quote(text) + ",\"msg_id\":\"" + msgId
        + "\"}");
  }

  public String image(String msgId, String url) {
    return userEvent("user_send_image", "{\"attachments\":[{\"type\":\"image\",\"payload\":"
        + "{\"thumbnail\":\"" + url + "\",\"url\":\"" + url + "\"}}],\"text\":\"\",\"msg_id\":\""
        + msgId + "\"}");
  }

  public String location(String msgId, String lat, String lon, String label) {
    return userEvent("user_send_location", "{\"attachments\":[{\"payload\":{\"coordinates\":"
        + "{\"latitude\":\"" + lat + "\",\"longitude\":\"" + lon + "\"}},\"type\":\"location\"}],"
        + "\"text\":" + quote(label) + ",\"msg_id\":\"" + msgId + "\"}");
  }

  public String submitInfo(String phone) {
    return "{\"sender\":{\"id\":\"" + userId + "\"},\"recipient\":{\"id\":\"" + oaId
        + "\"},\"event_name\":\"user_submit_info\",\"app_id\":\"" + appId
        + "\",\"timestamp\":\"" + CLOCK.incrementAndGet() + "\",\"info\":{\"name\":\"Lê Thị Cúc\","
        + "\"phone\":\"" + phone + "\",\"address\":\"12 Hùng Vương\",\"city\":\"Tây Ninh\"}}";
  }

  public String follow() {
    return follower("follow");
  }

  public String unfollow() {
    return follower("unfollow");
  }

  public String withdraw() {
    return "{\"app_id\":\"" + appId + "\",\"sender\":{\"id\":\"" + userId + "\"},\"recipient\":"
        + "{\"id\":\"" + oaId + "\"},\"event_name\":\"user_withdraw\",\"timestamp\":\""
        + CLOCK.incrementAndGet() + "\"}";
  }

  /** What Zalo sends back when the OA itself sent a message: must not be answered. */
  public String echo(String msgId, String text) {
    return "{\"app_id\":\"" + appId + "\",\"sender\":{\"id\":\"" + oaId + "\"},\"recipient\":"
        + "{\"id\":\"" + userId + "\"},\"event_name\":\"oa_send_text\",\"message\":{\"text\":"
        + quote(text) + ",\"msg_id\":\"" + msgId + "\"},\"timestamp\":\""
        + CLOCK.incrementAndGet() + "\"}";
  }

  private String follower(String event) {
    return "{\"oa_id\":\"" + oaId + "\",\"follower\":{\"id\":\"" + userId
        + "\"},\"user_id_by_app\":\"5521727797\",\"event_name\":\"" + event
        + "\",\"source\":\"oa_profile\",\"app_id\":\"" + appId + "\",\"timestamp\":\""
        + CLOCK.incrementAndGet() + "\"}";
  }

  private String userEvent(String event, String message) {
    return "{\"app_id\":\"" + appId + "\",\"sender\":{\"id\":\"" + userId + "\"},"
        + "\"user_id_by_app\":\"552177279717587730\",\"recipient\":{\"id\":\"" + oaId + "\"},"
        + "\"event_name\":\"" + event + "\",\"message\":" + message + ",\"timestamp\":\""
        + CLOCK.incrementAndGet() + "\"}";
  }

  private static String timestampOf(String body) {
    int at = body.indexOf("\"timestamp\":\"") + 13;
    return body.substring(at, body.indexOf('"', at));
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  public static String msgId() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }
}

package vn.citizenhub.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import vn.citizenhub.channel.zalo.webhook.EventSignature;

/**
 * Zalo's webhook as Zalo calls it: signed {@code user_send_text} events ("alo": the conversation
 * answers with the menu, one reply per event), each with its own msg_id, from {@code users} users
 * of this run alone (ids drawn for the run, 19 digits like Zalo's), so replies can be counted per
 * run.
 */
final class ZaloEventSource implements EventSource {

  private final String run;
  private final String appId;
  private final String oaId;
  private final String secret;
  private final int users;
  private final long firstUser;
  private final long clock = System.currentTimeMillis();

  ZaloEventSource(String run, String appId, String oaId, String secret, int users) {
    this.run = run;
    this.appId = appId;
    this.oaId = oaId;
    this.secret = secret;
    this.users = users;
    this.firstUser = 8_000_000_000_000_000_000L
        + ThreadLocalRandom.current().nextLong(100_000_000_000_000L) * 10_000L;
  }

  @Override
  public String path() {
    return "/zalo/webhook";
  }

  String msgId(int i) {
    return "zb" + run + "-" + i;
  }

  private String timestamp(int i) {
    return String.valueOf(clock + i);
  }

  @Override
  public byte[] body(int i) {
    return ("{\"app_id\":\"" + appId + "\",\"sender\":{\"id\":\"" + (firstUser + i % users)
        + "\"},\"user_id_by_app\":\"552177279717587730\",\"recipient\":{\"id\":\"" + oaId
        + "\"},\"event_name\":\"user_send_text\",\"message\":{\"text\":\"alo\",\"msg_id\":\""
        + msgId(i) + "\"},\"timestamp\":\"" + timestamp(i) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String headers(int i, byte[] body) {
    return "X-ZEvent-Signature: " + EventSignature.sign(appId, body, timestamp(i), secret)
        + "\r\n";
  }

  @Override
  public String key(int i) {
    return "msg:" + msgId(i);
  }

  @Override
  public String keyPattern() {
    return "msg:zb" + run + "-%";
  }

  @Override
  public boolean accepted(int status) {
    return status == 200;
  }

  /** The lowest and highest user id of this run (same length: they compare as text too). */
  String[] userRange() {
    return new String[] {String.valueOf(firstUser), String.valueOf(firstUser + users - 1)};
  }
}

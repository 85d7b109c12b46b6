package vn.citizenhub.channel.hotline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.hotline.events.EventSignature;
import vn.citizenhub.channel.hotline.sms.FakeSmsGateway;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.HubTestProperties;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * The hotline beside hub-core in one JVM, as the all-in-one launcher runs it, over the real
 * Kafka broker and a real database: phone-system events, calls from the operator's API to
 * tickets and back as SMS through the fake gateway.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotlineEndToEndTest implements TestPropertyProvider {

  private final FakeSmsGateway sms = new FakeSmsGateway();

  @Inject
  @Client("/")
  HttpClient http;
  @Inject
  JdbcDatabase database;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(HubTestProperties.realServices("hotline_e2e"));
    p.put("hub.hotline.events.secret", PhoneSystem.SECRET);
    p.put("hub.hotline.sms.url", sms.url());
    p.put("hub.hotline.sms.api-key", FakeSmsGateway.KEY);
    return p;
  }

  @AfterAll
  void stopGateway() {
    sms.close();
  }

  private SqlProbe sql() {
    return new SqlProbe(database.pool());
  }

  @Test
  void aBadOrUnsignedPhoneSystemEventIsRefusedAndChangesNothing() {
    PhoneSystem phone = new PhoneSystem(http);
    String callId = "pbx-" + UUID.randomUUID();
    long events = sql().count("SELECT COUNT(*) FROM hotline_call_event");
    long calls = sql().count("SELECT COUNT(*) FROM hotline_call");
    String body = PhoneSystem.event("ringing", callId, "0912345678", "101", Instant.now());
    byte[] raw = body.getBytes(StandardCharsets.UTF_8);

    assertEquals(401, phone.post(body, null), "unsigned");
    assertEquals(401, phone.post(body, EventSignature.sign("x".repeat(40), raw)), "wrong key");
    assertEquals(401, phone.post(body.replace("101", "102"),
        EventSignature.sign(PhoneSystem.SECRET, raw)), "tampered");
    String old = PhoneSystem.event("ringing", callId, "0912345678", "101",
        Instant.now().minus(Duration.ofMinutes(6)));
    assertEquals(401, phone.post(old,
        EventSignature.sign(PhoneSystem.SECRET, old.getBytes(StandardCharsets.UTF_8))), "stale");
    String notJson = "{\"event\":\"ringing\"";
    assertEquals(400, phone.post(notJson,
        EventSignature.sign(PhoneSystem.SECRET, notJson.getBytes(StandardCharsets.UTF_8))));
    assertEquals(events, sql().count("SELECT COUNT(*) FROM hotline_call_event"));
    assertEquals(calls, sql().count("SELECT COUNT(*) FROM hotline_call"));

    assertEquals(202, phone.post(body, EventSignature.sign(PhoneSystem.SECRET, raw)));
    assertEquals(202, phone.post(body, EventSignature.sign(PhoneSystem.SECRET, raw)),
        "a replay inside the window is answered");
    assertEquals(1, sql().count("SELECT COUNT(*) FROM hotline_call_event WHERE call_id = ?",
        callId), "and kept once");
    assertEquals("+84912345678",
        sql().string("SELECT caller_phone FROM hotline_call WHERE call_id = ?", callId));
  }
}

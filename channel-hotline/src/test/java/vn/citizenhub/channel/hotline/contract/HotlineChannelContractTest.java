package vn.citizenhub.channel.hotline.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.citizenhub.channel.hotline.Api;
import vn.citizenhub.channel.hotline.PhoneSystem;
import vn.citizenhub.channel.hotline.Staff;
import vn.citizenhub.channel.hotline.sms.FakeSmsGateway;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.staff.PasswordHasher;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffRole;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.channel.ChannelContractTest;
import vn.citizenhub.testsupport.channel.ChannelIntake;
import vn.citizenhub.testsupport.channel.ChannelRefusal;
import vn.citizenhub.testsupport.channel.Medium;

/**
 * The hotline keeps the channel contract, beside hub-core in one JVM (so "exactly one ticket" is
 * read from hub-core's own table). Its edge is the operator's screen: a call rings at the
 * operator's desk (signed phone-system events, the call id being the medium's key) and the
 * operator files the report; what the operator reads back to the caller is the answer. Its
 * medium is SMS, through the fake gateway; as the SMS channel it has nothing to hand back to, so
 * a number the gateway refuses is reported failed.
 */
@MicronautTest(transactional = false)
class HotlineChannelContractTest extends ChannelContractTest {

  private final FakeSmsGateway sms = new FakeSmsGateway();
  private final Set<String> ringing = ConcurrentHashMap.newKeySet();
  private volatile Medium medium = Medium.DELIVERS;
  private Api api;
  private String operator;
  private String badInputCall;

  @Inject
  @Client("/")
  HttpClient http;
  @Inject JdbcDatabase database;
  @Inject StaffAccounts accounts;
  @Inject PasswordHasher hasher;

  @Override
  protected Channel channel() {
    return Channel.HOTLINE;
  }

  @Override
  protected DataSource channelDatabase() {
    return database.pool();
  }

  @Override
  protected Map<String, String> channelProperties() {
    Map<String, String> p = new HashMap<>();
    p.put("hub.hotline.events.secret", PhoneSystem.SECRET);
    p.put("hub.hotline.sms.url", sms.url());
    p.put("hub.hotline.sms.api-key", FakeSmsGateway.KEY);
    return p;
  }

  /** An operator at desk 601, and the call the bad input is filed on (so it is there before). */
  @BeforeAll
  void atTheDesk() throws Exception {
    api = new Api(http);
    operator = api.token(new Staff(accounts, hasher).account("Trần Thị Thu",
        StaffRole.HOTLINE_OPERATOR, null), Staff.PASSWORD);
    assertEquals(200, api.put("/api/hotline/desk", Map.of("extension", "601"), operator)
        .status());
    badInputCall = "pbx-" + UUID.randomUUID();
    answer(badInputCall);
  }

  @AfterAll
  void stopGateway() {
    sms.close();
  }

  private void answer(String callId) {
    String caller = "09" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    PhoneSystem phone = new PhoneSystem(http);
    assertEquals(202, phone.send("ringing", callId, caller, "601"));
    assertEquals(202, phone.send("answered", callId, caller, "601"));
  }

  private static Map<String, Object> report(String description) {
    Map<String, Object> form = new HashMap<>();
    form.put("kind", "REPORT");
    form.put("categoryCode", "STREET_LIGHT");
    form.put("communeCode", "27712");
    form.put("address", "Trước số 12 Hùng Vương");
    form.put("description", description);
    form.put("consent", true);
    return form;
  }

  @Override
  protected ChannelIntake submit(String idempotencyKey) {
    if (ringing.add(idempotencyKey)) {
      answer(idempotencyKey);
    }
    Api.Answer made = api.post("/api/hotline/calls/" + idempotencyKey + "/report",
        report("Đèn đường trước số 12 Hùng Vương tắt ba đêm liền, đoạn đường rất tối."),
        operator);
    assertEquals(200, made.status(), made.toString());
    return new ChannelIntake("DELAYED".equals(made.text("delivery"))
        ? ChannelIntake.Status.RECEIVED_PROCESSING_DELAYED : ChannelIntake.Status.RECEIVED,
        made.text("trackingCode"), made.text("message"));
  }

  /** A report without a description: the operator's screen shows the refusal, in both languages. */
  @Override
  protected ChannelRefusal submitBadInput() {
    Api.Answer refused = api.post("/api/hotline/calls/" + badInputCall + "/report", report(""),
        operator);
    return ChannelRefusal.http(refused.status(), refused.text("message"),
        refused.text("messageEn"));
  }

  @Override
  protected OptionalLong ticketsWithCode(String trackingCode) {
    return OptionalLong.of(new SqlProbe(database.pool()).count(
        "SELECT COUNT(*) FROM ticket WHERE tracking_code = ?",
        TrackingCode.parse(trackingCode).orElseThrow().value()));
  }

  /** A caller's number; one the gateway refuses for good (it ends in 000) while it fails. */
  @Override
  protected String noticeRecipient() {
    String digits = "9" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    if (medium == Medium.FAILS_PERMANENTLY) {
      digits = digits.substring(0, digits.length() - 3) + "000";
    }
    return Channel.HOTLINE.identity("+84" + digits);
  }

  @Override
  protected void medium(Medium behaviour) {
    medium = behaviour;
  }

  @Override
  protected List<String> delivered(String recipient) {
    String to = recipient.substring(recipient.indexOf(":+") + 2);
    return sms.accepted().stream().filter(m -> m.to().equals(to))
        .map(FakeSmsGateway.Received::text).toList();
  }
}

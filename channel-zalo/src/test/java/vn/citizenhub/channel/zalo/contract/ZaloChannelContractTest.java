package vn.citizenhub.channel.zalo.contract;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import vn.citizenhub.channel.zalo.FakeHubCore;
import vn.citizenhub.channel.zalo.FakeZalo;
import vn.citizenhub.channel.zalo.ZaloCitizen;
import vn.citizenhub.channel.zalo.ZaloTestSetup;
import vn.citizenhub.channel.zalo.conversation.ConversationTexts;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.intake.IntakeValidator;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.SqlProbe;
import vn.citizenhub.testsupport.channel.ChannelContractTest;
import vn.citizenhub.testsupport.channel.ChannelIntake;
import vn.citizenhub.testsupport.channel.ChannelRefusal;
import vn.citizenhub.testsupport.channel.Medium;

/**
 * The Zalo channel keeps the channel contract. Its edge is a conversation: a report is four
 * signed messages to {@code /zalo/webhook}, the last one ("Đồng ý") carrying the medium's own key
 * ({@code msg_id}); the citizen is answered, and refused, in Zalo messages (read off the fake OA
 * API), not in an HTTP status. Zalo retrying a message is the same event again.
 */
@MicronautTest(transactional = false)
class ZaloChannelContractTest extends ChannelContractTest {

  private static final Pattern CODE = Pattern.compile("([A-Z0-9]{5}-[A-Z0-9]{5})");
  private static final Duration WITHIN = Duration.ofSeconds(30);

  private final FakeZalo zalo = new FakeZalo();
  private final FakeHubCore core = new FakeHubCore();
  /** Per key: the citizen, the signed "Đồng ý" event, and what they were answered. */
  private final Map<String, Sent> sent = new ConcurrentHashMap<>();
  private volatile Medium medium = Medium.DELIVERS;

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;

  private record Sent(ZaloCitizen citizen, String agree, ChannelIntake answer) {}

  @Override
  protected Channel channel() {
    return Channel.ZALO;
  }

  @Override
  protected DataSource channelDatabase() {
    return database.pool();
  }

  @Override
  protected Map<String, String> channelProperties() {
    return ZaloTestSetup.channelProperties(zalo, core);
  }

  @AfterAll
  void stopFakes() {
    zalo.close();
    core.close();
  }

  private ZaloCitizen citizen() {
    return new ZaloCitizen(server.getURL().toString(), ZaloTestSetup.APP_ID,
        ZaloTestSetup.OA_ID, ZaloTestSetup.OA_SECRET);
  }

  private String says(ZaloCitizen c, String body, int replies) throws Exception {
    assertEquals(200, c.send(body));
    await().atMost(WITHIN).until(() -> zalo.textsTo(c.userId).size() >= replies);
    return zalo.textsTo(c.userId).get(replies - 1);
  }

  @Override
  protected ChannelIntake submit(String idempotencyKey) throws Exception {
    Sent earlier = sent.get(idempotencyKey);
    if (earlier != null) {
      // Zalo did not hear the 200 and sends the same event again: nothing new is said.
      assertEquals(200, earlier.citizen().send(earlier.agree()));
      return earlier.answer();
    }
    ZaloCitizen c = citizen();
    says(c, c.text(ZaloCitizen.msgId(), "Rác đổ bừa bãi trước chợ Tân An mấy ngày nay"), 1);
    says(c, c.text(ZaloCitizen.msgId(), "Chợ Tân An, phường Long An"), 2);
    says(c, c.text(ZaloCitizen.msgId(), "3"), 3);
    String agree = c.text(idempotencyKey, "Đồng ý");
    String reply = says(c, agree, 4);
    Matcher code = CODE.matcher(reply);
    assertTrue(code.find(), reply);
    ChannelIntake answer = new ChannelIntake(reply.contains("chậm hơn thường lệ")
        ? ChannelIntake.Status.RECEIVED_PROCESSING_DELAYED : ChannelIntake.Status.RECEIVED,
        code.group(1), reply);
    sent.put(idempotencyKey, new Sent(c, agree, answer));
    return answer;
  }

  /** A description longer than the contract takes: refused in a message, in both languages. */
  @Override
  protected ChannelRefusal submitBadInput() throws Exception {
    ZaloCitizen c = citizen();
    String tooLong = "Đường ngập nước. ".repeat(IntakeValidator.MAX_DESCRIPTION / 17 + 1);
    String reply = says(c, c.text(ZaloCitizen.msgId(), tooLong), 1);
    // The conversation waits for a shorter description: its draft holds none of the refused text.
    String draft = new SqlProbe(database.pool()).string(
        "SELECT draft_json FROM zalo_draft WHERE user_id = ?", c.userId);
    assertTrue(draft == null || !draft.contains("Đường ngập nước"), draft);
    int split = reply.indexOf(ConversationTexts.THEN_ENGLISH);
    assertTrue(split > 0, "Vietnamese, then English: " + reply);
    return ChannelRefusal.inMedium(reply.substring(0, split),
        reply.substring(split + ConversationTexts.THEN_ENGLISH.length()));
  }

  /**
   * The conversation's own bookkeeping: the signed event (kept so a retry is recognised), the
   * citizen as a follower, the queued answer itself, and an empty draft waiting for a shorter
   * description (checked above to hold none of the refused text); and the OAs' access tokens,
   * refreshed on their own schedule. No report, photo or intake.
   */
  @Override
  protected Set<String> tablesARefusalMayChange() {
    return Set.of("zalo_inbox", "zalo_user", "zalo_reply", "zalo_draft", "zalo_oa_token");
  }

  /** A follower the OA may message (welcomed first); one who unfollowed while it fails. */
  @Override
  protected String noticeRecipient() {
    try {
      ZaloCitizen c = citizen();
      says(c, c.follow(), 1);
      if (medium == Medium.FAILS_PERMANENTLY) {
        zalo.unfollowedBy(c.userId);
      }
      return Channel.ZALO.identity(c.userId);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  protected void medium(Medium behaviour) {
    medium = behaviour;
  }

  @Override
  protected List<String> delivered(String recipient) {
    return zalo.textsTo(recipient.substring(recipient.indexOf(':') + 1));
  }
}

package vn.citizenhub.channel.zalo;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.SqlProbe;

/**
 * One Zalo user may send {@code hub.zalo.reports-per-user} reports in a while, as a web citizen
 * may: the next "Đồng ý" sends nothing, the citizen is told in both languages when to try again,
 * and the draft waits for them. Another user is not held up. Over a real broker and database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ZaloReportBudgetTest implements TestPropertyProvider {

  private static final Pattern CODE = Pattern.compile("Mã tra cứu của bạn: ([A-Z0-9]{5}-[A-Z0-9]{5})");
  private final FakeZalo zalo = new FakeZalo();
  private final FakeHubCore core = new FakeHubCore();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  private SqlProbe db;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = ZaloTestSetup.properties("zalo_budget", zalo, core);
    p.put("hub.zalo.reports-per-user", "2");
    return p;
  }

  @BeforeAll
  void probe() {
    db = new SqlProbe(database.pool());
  }

  @AfterAll
  void stopFakes() {
    zalo.close();
    core.close();
  }

  @Test
  void theThirdReportWithinTheHourWaitsAndTheCitizenIsToldWhen() throws Exception {
    ZaloCitizen citizen = citizen();
    assertTrue(reportAndRead(citizen, "Ổ gà lớn giữa đường Trần Hưng Đạo").find());
    assertTrue(reportAndRead(citizen, "Cây đổ chắn ngang đường Lê Lợi sau mưa").find());

    String refusal = reportAndReadText(citizen, "Nước thải tràn ra đường Nguyễn Trãi");
    assertFalse(CODE.matcher(refusal).find(), refusal);
    assertTrue(refusal.contains("chưa được gửi") && refusal.contains("phút"), refusal);
    assertTrue(refusal.contains("has not been sent yet"), refusal);
    assertEquals(2, db.count("SELECT COUNT(*) FROM zalo_report WHERE user_id = ?",
        citizen.userId), "nothing was handed off for the third");
    assertEquals(1, db.count("SELECT COUNT(*) FROM zalo_draft WHERE user_id = ?",
        citizen.userId), "the third report's draft waits for the citizen");

    ZaloCitizen other = citizen();
    assertTrue(reportAndRead(other, "Đèn đường tắt trước chợ Tân An").find(),
        "another citizen is not held up");
  }

  private ZaloCitizen citizen() {
    return new ZaloCitizen(server.getURL().toString(), ZaloTestSetup.APP_ID,
        ZaloTestSetup.OA_ID, ZaloTestSetup.OA_SECRET);
  }

  private Matcher reportAndRead(ZaloCitizen c, String description) throws Exception {
    return CODE.matcher(reportAndReadText(c, description));
  }

  /** A short report (description, address, category, consent); what the consent was answered. */
  private String reportAndReadText(ZaloCitizen c, String description) throws Exception {
    int before = zalo.textsTo(c.userId).size();
    send(c, description, before + 1);
    send(c, "Khu phố 1, phường Tân An", before + 2);
    send(c, "1", before + 3);
    List<String> texts = send(c, "Đồng ý", before + 4);
    return texts.get(texts.size() - 1);
  }

  private List<String> send(ZaloCitizen c, String text, int replies) throws Exception {
    assertEquals(200, c.send(c.text(ZaloCitizen.msgId(), text)));
    await().atMost(Duration.ofSeconds(15))
        .until(() -> zalo.textsTo(c.userId).size() >= replies);
    return zalo.textsTo(c.userId);
  }
}

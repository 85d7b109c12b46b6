package vn.citizenhub.channel.web.contract;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import vn.citizenhub.channel.web.mail.MailTestKit;
import vn.citizenhub.channel.web.mail.TestSmtp;
import vn.citizenhub.channel.web.mail.WebMailDeliveryTest;
import vn.citizenhub.channel.web.report.RecordedCatalogServer;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.channel.ChannelContractTest;
import vn.citizenhub.testsupport.channel.ChannelIntake;
import vn.citizenhub.testsupport.channel.ChannelRefusal;
import vn.citizenhub.testsupport.channel.Medium;

/**
 * The web channel keeps the channel contract: the portal's report form is its edge, the answer's
 * {@code status} what the citizen is told, e-mail through a real SMTP server (GreenMail) its
 * medium for notices.
 */
@MicronautTest(transactional = false)
class WebChannelContractTest extends ChannelContractTest {

  private static final TestSmtp SMTP = new TestSmtp();
  private static final RecordedCatalogServer CATALOG = new RecordedCatalogServer();

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcDatabase database;

  private volatile Medium medium = Medium.DELIVERS;

  @Override
  protected Channel channel() {
    return Channel.WEB;
  }

  @Override
  protected DataSource channelDatabase() {
    return database.pool();
  }

  @Override
  protected Map<String, String> channelProperties() {
    Map<String, String> p = new HashMap<>(WebMailDeliveryTest.mailProperties(SMTP));
    p.put("hub.core.url", CATALOG.url());
    return p;
  }

  @AfterAll
  void stopFakes() {
    SMTP.close();
    CATALOG.close();
  }

  @Override
  protected ChannelIntake submit(String idempotencyKey) throws Exception {
    String form = """
        {"kind": "REPORT", "categoryCode": "STREET_LIGHT",
         "description": "Đèn đường trước chợ tắt ba đêm liền.",
         "location": {"communeCode": "27712", "address": "12 Hùng Vương"},
         "name": "Lê Thị Cúc", "phone": "0901 234 567",
         "consent": {"given": true, "textVersion": "web-2025-07"}}
        """;
    HttpResponse<String> response = http.toBlocking().exchange(
        HttpRequest.POST("/api/web/reports", form).contentType(MediaType.APPLICATION_JSON)
            .header("Idempotency-Key", idempotencyKey), String.class);
    JsonNode answer = ContractJson.mapper().readTree(response.body());
    return new ChannelIntake(ChannelIntake.Status.valueOf(answer.path("status").asText()),
        answer.path("trackingCode").asText(), answer.path("message").asText());
  }

  @Override
  protected ChannelRefusal submitBadInput() throws Exception {
    String noDescription = """
        {"kind": "REPORT", "categoryCode": "STREET_LIGHT", "description": "",
         "location": {"communeCode": "27712"},
         "consent": {"given": true, "textVersion": "web-2025-07"}}
        """;
    try {
      http.toBlocking().exchange(HttpRequest.POST("/api/web/reports", noDescription)
          .contentType(MediaType.APPLICATION_JSON), String.class);
    } catch (HttpClientResponseException e) {
      JsonNode error = ContractJson.mapper().readTree(
          e.getResponse().getBody(String.class).orElseThrow());
      JsonNode field = error.path("fields").path(0);
      return ChannelRefusal.http(e.getStatus().getCode(), field.path("messageVi").asText(),
          field.path("messageEn").asText());
    }
    throw new AssertionError("the portal took a report without a description");
  }

  @Override
  protected void medium(Medium behaviour) {
    medium = behaviour;
  }

  /** A fresh address per notice; one the relay refuses (550) while the medium fails for good. */
  @Override
  protected Notification.Contact noticeContact(String recipient, String phone) {
    String email = email(recipient);
    if (medium == Medium.FAILS_PERMANENTLY) {
      SMTP.refuseMailbox(email);
    }
    return new Notification.Contact(phone, email);
  }

  @Override
  protected List<String> delivered(String recipient) throws Exception {
    List<String> texts = new ArrayList<>();
    for (MimeMessage m : SMTP.messagesTo(email(recipient))) {
      texts.add(MailTestKit.part(m, "text/plain"));
    }
    return texts;
  }

  private static String email(String recipient) {
    return recipient.substring(recipient.indexOf(':') + 1) + "@thu.example.vn";
  }
}

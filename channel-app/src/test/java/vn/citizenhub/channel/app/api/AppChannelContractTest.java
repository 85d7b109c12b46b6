package vn.citizenhub.channel.app.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import vn.citizenhub.channel.app.FixedAppPartners;
import vn.citizenhub.channel.app.devices.DeviceRegistry;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.channel.app.push.AppPushMedium;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.channel.ChannelContractTest;
import vn.citizenhub.testsupport.channel.ChannelIntake;
import vn.citizenhub.testsupport.channel.ChannelRefusal;
import vn.citizenhub.testsupport.channel.Medium;

/**
 * The app channel keeps the channel contract: a signed report is its edge, the answer's
 * {@code status} what the app's user is told, the app's {@code Idempotency-Key} the medium's key.
 * Its medium for notices is push through a local fake FCM ({@link AppPushMedium}): each notice
 * recipient is an app user with one registered device, whose token FCM refuses for good
 * (UNREGISTERED) while the medium fails, so the notice is handed back to SMS.
 */
@MicronautTest(transactional = false)
class AppChannelContractTest extends ChannelContractTest {

  private static final FakeHubCore CORE = new FakeHubCore();
  private static final String APP = "contract-app";
  private static final String SECRET = "contract-app-secret-for-the-channel-contract";
  private static final AppPushMedium PUSH = new AppPushMedium();

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject FixedAppPartners partners;
  @Inject DeviceRegistry devices;

  /** The push medium's app registry is the fixed one, so the signing app is put there too. */
  @BeforeEach
  void registerTheSigningApp() {
    partners.put(new AppPartner(APP, "Ứng dụng kiểm thử hợp đồng",
        SECRET.getBytes(StandardCharsets.UTF_8), Optional.empty(), true));
  }

  @Override
  protected Channel channel() {
    return Channel.APP;
  }

  @Override
  protected DataSource channelDatabase() {
    return database.pool();
  }

  @Override
  protected Map<String, String> channelProperties() {
    Map<String, String> properties = new HashMap<>(PUSH.properties());
    properties.put("hub.core.url", CORE.url());
    properties.put("hub.app.partners.demo-app-id", APP);
    properties.put("hub.app.partners.demo-app-secret", SECRET);
    return properties;
  }

  /** A signed request that is refused for its content still used up its nonce, by design. */
  @Override
  protected Set<String> tablesARefusalMayChange() {
    return Set.of("app_request_nonce");
  }

  @AfterAll
  void stopFakes() {
    CORE.close();
    PUSH.close();
  }

  private AppSigner.Call as(String user) {
    return new AppSigner(server.getURL().toString()).as(APP, SECRET, user);
  }

  @Override
  protected ChannelIntake submit(String idempotencyKey) throws Exception {
    HttpResponse<String> response = as("contract-user")
        .postJson("/api/app/v1/reports", AppApiTest.report(""))
        .header("Idempotency-Key", idempotencyKey).send();
    JsonNode answer = ContractJson.mapper().readTree(response.body());
    return new ChannelIntake(ChannelIntake.Status.valueOf(answer.path("status").asText()),
        answer.path("trackingCode").asText(), answer.path("message").asText());
  }

  @Override
  protected ChannelRefusal submitBadInput() throws Exception {
    String noDescription = """
        {"kind": "REPORT", "categoryCode": "STREET_LIGHT", "description": "",
         "location": {"communeCode": "27712"},
         "consent": {"given": true, "textVersion": "app-2026-01"}}
        """;
    HttpResponse<String> response = as("contract-user")
        .postJson("/api/app/v1/reports", noDescription).send();
    JsonNode field = ContractJson.mapper().readTree(response.body()).path("fields").path(0);
    return ChannelRefusal.http(response.statusCode(), field.path("messageVi").asText(),
        field.path("messageEn").asText());
  }

  @Override
  protected void medium(Medium behaviour) {
    PUSH.failPermanently(behaviour == Medium.FAILS_PERMANENTLY);
  }

  @Override
  protected String noticeRecipient() {
    try {
      return PUSH.newRecipient(partners, devices);
    } catch (Exception e) {
      throw new IllegalStateException("cannot register the recipient's device", e);
    }
  }

  @Override
  protected List<String> delivered(String recipientIdentity) {
    return PUSH.delivered(recipientIdentity);
  }
}

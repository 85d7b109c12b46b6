package vn.citizenhub.channel.open311.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import javax.sql.DataSource;
import vn.citizenhub.channel.open311.Open311Client;
import vn.citizenhub.channel.open311.keys.ApiKeys;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.testsupport.channel.ChannelContractTest;
import vn.citizenhub.testsupport.channel.ChannelIntake;
import vn.citizenhub.testsupport.channel.ChannelRefusal;

/**
 * The Open311 channel keeps the channel contract, as its own service (hub-core off the class
 * path): a GeoReport v2 form post is its edge, the answer's {@code service_notice} what the
 * client is told. Open311 clients poll, so the channel delivers no notices: its definition says
 * so, and the contract checks hub-core's hand-back rule instead of a medium (no medium hooks).
 */
@MicronautTest(transactional = false)
class Open311ChannelContractTest extends ChannelContractTest {

  @Inject EmbeddedServer server;
  @Inject JdbcDatabase database;
  @Inject ApiKeys keys;
  private volatile String apiKey;

  @Override
  protected Channel channel() {
    return Channel.OPEN311;
  }

  @Override
  protected DataSource channelDatabase() {
    return database.pool();
  }

  /** No hub-core to ask: the catalog and the public lists are unreachable, as in an outage. */
  @Override
  protected Map<String, String> channelProperties() {
    return Map.of("hub.core.url", "http://127.0.0.1:9");
  }

  /**
   * Where a {@code -Dtest} run puts hub-core beside the channel (the default execution), hub-core
   * makes its staff token key on the first request it serves, whatever the request: not the
   * channel's doing. Alone (the standalone execution) there is no such table.
   */
  @Override
  protected Set<String> tablesARefusalMayChange() {
    return Set.of("staff_token_key");
  }

  /** Issued before the promises are checked: a refusal must leave every table as it was. */
  @BeforeAll
  void issueKey() throws Exception {
    apiKey = keys.issue("contract", "test").key();
  }

  private String key() {
    return apiKey;
  }

  @Override
  protected ChannelIntake submit(String idempotencyKey) throws Exception {
    Open311Client.Reply reply = new Open311Client(server.getURL().toString()).post(
        "/requests.json", Open311Client.pothole(key(), "Đèn đường trước chợ tắt ba đêm liền."),
        idempotencyKey);
    if (reply.status() != 200) {
      throw new AssertionError("not taken: " + reply);
    }
    JsonNode answer = reply.json().get(0);
    String notice = answer.path("service_notice").asText();
    return new ChannelIntake(notice.contains("delayed")
        ? ChannelIntake.Status.RECEIVED_PROCESSING_DELAYED : ChannelIntake.Status.RECEIVED,
        answer.path("service_request_id").asText(), notice);
  }

  @Override
  protected ChannelRefusal submitBadInput() throws Exception {
    Map<String, String> paris = Open311Client.pothole(key(), "Tọa độ ở Paris, không ở Tây Ninh");
    paris.put("lat", "48.85");
    paris.put("long", "2.35");
    Open311Client.Reply reply = new Open311Client(server.getURL().toString())
        .post("/requests.json", paris, null);
    String description = reply.json().get(0).path("description").asText();
    int split = description.indexOf(" / ");
    return ChannelRefusal.http(reply.status(), description.substring(0, split),
        description.substring(split + 3));
  }
}

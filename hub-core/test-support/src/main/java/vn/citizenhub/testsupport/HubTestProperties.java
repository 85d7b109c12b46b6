package vn.citizenhub.testsupport;

import java.util.HashMap;
import java.util.Map;

/** Micronaut properties that point a module under test at the shared broker and a fresh database. */
public final class HubTestProperties {

  private HubTestProperties() {}

  public static Map<String, String> realServices(String databasePrefix) {
    TestDatabase.Server server = TestDatabase.server();
    Map<String, String> p = new HashMap<>();
    p.put("datasources.default.url", TestDatabase.freshDatabase(databasePrefix));
    p.put("datasources.default.username", server.username());
    p.put("datasources.default.password", server.password());
    p.put("kafka.bootstrap.servers", TestKafka.bootstrapServers());
    return p;
  }
}

package vn.citizenhub.deploy.distributed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a service reads from its environment, taken from the module's own application.yml, so a
 * deployment that sets a variable nobody reads (or the wrong database) fails here.
 */
record ServiceSettings(String name, String applicationYml) {

  static final ServiceSettings HUB_CORE =
      new ServiceSettings("hub-core", "hub-core/service/src/main/resources/application.yml");
  static final ServiceSettings CHANNEL_WEB =
      new ServiceSettings("channel-web", "channel-web/src/main/resources/application.yml");

  private static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Z0-9_]+):(\\d+)}$");

  /**
   * @param literal the variables with a plain value (shared ConfigMap entries included)
   * @param names every variable the service gets, secrets included
   */
  void assertConfigures(Map<String, String> literal, Set<String> names) {
    Map<String, Object> yml = readApplicationYml();
    Matcher port = PLACEHOLDER.matcher(String.valueOf(at(yml, "micronaut", "server", "port")));
    assertTrue(port.matches(), name + ": its port is read from an environment variable");
    assertEquals(port.group(2), literal.get(port.group(1)), name + " port " + port.group(1));

    String defaultUrl = (String) at(yml, "datasources", "default", "url");
    String url = literal.get("DATASOURCES_DEFAULT_URL");
    assertNotNull(url, name + " DATASOURCES_DEFAULT_URL");
    assertEquals(DistributedDeployment.databaseOf(defaultUrl),
        DistributedDeployment.databaseOf(url), name + " database");
    // The module's tuned driver options (batched inserts, server-side statements) are kept.
    assertEquals(defaultUrl.substring(defaultUrl.indexOf('?')), url.substring(url.indexOf('?')),
        name + " JDBC options");
    assertTrue(names.containsAll(Set.of("KAFKA_BOOTSTRAP_SERVERS",
        "DATASOURCES_DEFAULT_USERNAME")), name + " Kafka and database user");
    // A plain variable in Kubernetes; in compose, a file under /run/secrets for the entrypoint.
    assertTrue(names.contains("DATASOURCES_DEFAULT_PASSWORD")
        || names.contains("DATASOURCES_DEFAULT_PASSWORD_FILE"), name + " database password");
    if (at(yml, "hub", "core", "url") != null) {
      assertTrue(literal.containsKey("HUB_CORE_URL"), name + " reads hub.core.url");
    }
  }

  /** micronaut.server.max-request-size: the largest body the service takes (photos included). */
  long maxRequestSize() {
    return ((Number) at(readApplicationYml(), "micronaut", "server", "max-request-size"))
        .longValue();
  }

  private Map<String, Object> readApplicationYml() {
    try {
      return new Yaml(new SafeConstructor(new LoaderOptions()))
          .load(Files.readString(DistributedDeployment.REPOSITORY.resolve(applicationYml)));
    } catch (IOException e) {
      throw new AssertionError(name + ": cannot read " + applicationYml, e);
    }
  }

  private static Object at(Map<String, Object> yml, String... path) {
    Object node = yml;
    for (String key : path) {
      if (!(node instanceof Map<?, ?> map)) {
        return null;
      }
      node = map.get(key);
    }
    return node;
  }
}

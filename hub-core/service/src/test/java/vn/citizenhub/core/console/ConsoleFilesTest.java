package vn.citizenhub.core.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.testsupport.HubTestProperties;

/**
 * The console's files over plain HTTP: the shell and its assets with the right types and strict
 * headers, revalidated on every load, and nothing else from the classpath, however the path is
 * spelled. The raw JDK client sends paths exactly as written (no normalising of "..").
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleFilesTest implements TestPropertyProvider {

  @Inject
  EmbeddedServer server;

  private final HttpClient raw = HttpClient.newHttpClient();

  @Override
  public Map<String, String> getProperties() {
    return HubTestProperties.realServices("core_console_files");
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create(server.getURL().toString().replaceAll("/$", "") + path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return raw.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theShellIsServedAtBothAddressesWithStrictHeadersAndNoData() throws Exception {
    for (String path : List.of("/console", "/console/")) {
      HttpResponse<String> page = get(path);
      assertEquals(200, page.statusCode(), path);
      assertEquals("text/html; charset=utf-8",
          page.headers().firstValue("Content-Type").orElse("").toLowerCase(), path);
      assertEquals("no-cache", page.headers().firstValue("Cache-Control").orElse(""));
      String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.startsWith("default-src 'self'"), policy);
      assertTrue(policy.contains("frame-ancestors 'none'"), policy);
      assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
      assertTrue(page.body().contains("<html lang=\"vi\">"));
      assertTrue(page.body().contains("Tiếp nhận phản ánh, kiến nghị"), "served as UTF-8");
      assertFalse(page.body().contains("<script>"), "no inline script: the policy forbids it");
    }
  }

  @Test
  void assetsCarryTheirOwnTypesAndAnUnchangedFileCostsOnlyA304() throws Exception {
    Map<String, String> types = Map.of(
        "/console/app.js", "text/javascript; charset=utf-8",
        "/console/console.css", "text/css; charset=utf-8",
        "/console/favicon.svg", "image/svg+xml",
        // The code and styles the console shares with the hotline screen, open as the console is.
        "/web-shared/api.js", "text/javascript; charset=utf-8",
        "/web-shared/base.css", "text/css; charset=utf-8");
    for (var entry : types.entrySet()) {
      HttpResponse<String> file = get(entry.getKey());
      assertEquals(200, file.statusCode(), entry.getKey());
      assertEquals(entry.getValue(),
          file.headers().firstValue("Content-Type").orElse("").toLowerCase(), entry.getKey());
      assertEquals("nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
    }
    String etag = get("/console/app.js").headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = get("/console/app.js", "If-None-Match", etag);
    assertEquals(304, again.statusCode());
    assertTrue(again.body().isEmpty());
  }

  @Test
  void nothingElseOnTheClasspathCanBeReached() throws Exception {
    for (String path : List.of("/console/application.yml", "/console/logback.xml",
        "/console/nothing.js", "/console/..%2Fapplication.yml", "/console/%2e%2e%2fapplication.yml",
        "/console/../application.yml", "/console/..%5Capplication.yml",
        "/console/db%2Fhub-core%2FV1__core_schema.sql", "/console/.hidden.js",
        "/console/ConsoleController.class", "/web-shared/application.yml",
        "/web-shared/..%2Fapplication.yml", "/web-shared/nothing.js")) {
      HttpResponse<String> refused = get(path);
      // 404 from the console; 400 or 401 where the server refuses the path before routing it.
      assertTrue(List.of(400, 401, 404).contains(refused.statusCode()),
          path + " answered " + refused.statusCode());
      assertFalse(refused.body().contains("datasources"), path + " leaked configuration");
      assertFalse(refused.body().contains("CREATE TABLE"), path + " leaked the schema");
    }
  }
}

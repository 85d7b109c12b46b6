package vn.citizenhub.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import vn.citizenhub.contract.ContractJson;

/**
 * The operational endpoints live on a management port of their own: this checks that the public
 * port does not answer them (404, or 401 where a sign-in rule answers first) and the management
 * port does, with the content an operator expects.
 */
public final class ManagementPort {

  /** Every operational endpoint a service has. */
  public static final List<String> ENDPOINTS = List.of("/health", "/prometheus", "/metrics");

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private ManagementPort() {}

  /** Asserts that {@link #ENDPOINTS} answer on {@code managementBase} and not on {@code publicBase}. */
  public static void assertOnlyThere(String publicBase, String managementBase)
      throws IOException, InterruptedException {
    for (String path : ENDPOINTS) {
      int onPublic = get(publicBase + path).statusCode();
      assertTrue(onPublic == 404 || onPublic == 401,
          path + " must not answer on the public port, got " + onPublic);
      HttpResponse<String> onManagement = get(managementBase + path);
      assertEquals(200, onManagement.statusCode(), path + " on the management port");
    }
    assertEquals("UP", ContractJson.mapper().readTree(get(managementBase + "/health").body())
        .path("status").asText(), "the management port's /health says UP");
    // Prometheus text format: one sample a line, the metric's name first.
    assertTrue(get(managementBase + "/prometheus").body().lines()
            .anyMatch(line -> line.startsWith("jvm_memory_used_bytes{")),
        "the management port's /prometheus has the JVM's metrics");
  }

  /** A plain GET, no sign-in. */
  public static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** http://127.0.0.1:port, the base address of a service's management port. */
  public static String base(int port) {
    return "http://127.0.0.1:" + port;
  }
}

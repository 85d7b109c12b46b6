package vn.citizenhub.channel.zalo.outbound;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.time.Duration;
import okhttp3.OkHttpClient;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;

/** The one OkHttp client (connection pool, dispatcher) every call to Zalo goes through. */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ZaloHttp {

  private final OkHttpClient client = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofSeconds(3))
      .readTimeout(Duration.ofSeconds(10))
      .callTimeout(Duration.ofSeconds(15))
      .retryOnConnectionFailure(false) // Resilience4j decides about retries, with backoff
      .build();

  public OkHttpClient client() {
    return client;
  }

  @PreDestroy
  void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}

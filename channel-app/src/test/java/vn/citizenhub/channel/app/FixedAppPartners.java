package vn.citizenhub.channel.app;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.channel.app.partner.AppPartners;

/**
 * The registered apps, as a test sets them up, for tests that set {@code
 * test.app-partners=fixed}. {@code @Primary}: beside the JDBC registry (once it is in the
 * module), tests that ask for this one get it and others are untouched.
 */
@Singleton
@Primary
@Requires(property = "test.app-partners", value = "fixed")
public class FixedAppPartners implements AppPartners {

  private final Map<String, AppPartner> apps = new ConcurrentHashMap<>();

  @Override
  public Optional<AppPartner> find(String appId) {
    return Optional.ofNullable(apps.get(appId));
  }

  /** A new active app with a random id and secret, and this callback URL (null for none). */
  public AppPartner add(String name, URI callbackUrl) {
    AppPartner app = new AppPartner("app-" + UUID.randomUUID().toString().substring(0, 8), name,
        UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8),
        Optional.ofNullable(callbackUrl), true);
    apps.put(app.appId(), app);
    return app;
  }

  public void put(AppPartner app) {
    apps.put(app.appId(), app);
  }
}

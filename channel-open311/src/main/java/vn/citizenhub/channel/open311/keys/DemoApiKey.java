package vn.citizenhub.channel.open311.keys;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.open311.Open311Settings;

/**
 * One Open311 key for a newcomer to try the API with (hub.demo.enabled, on in the all-in-one
 * hub), issued at first start like the demo staff accounts: OPEN311_API_KEY
 * ({@code hub.open311.demo-key}) chooses it, else a random one is printed once.
 */
@Singleton
@Requires(property = "hub.demo.enabled", value = "true")
@Requires(beans = ApiKeys.class)
class DemoApiKey {

  static final String NAME = "demo";
  private static final Logger LOG = LoggerFactory.getLogger(DemoApiKey.class);

  private final ApiKeys keys;
  private final Open311Settings settings;

  DemoApiKey(ApiKeys keys, Open311Settings settings) {
    this.keys = keys;
    this.settings = settings;
  }

  @EventListener
  void onStartup(StartupEvent event) throws SQLException {
    if (keys.named(NAME)) {
      return;
    }
    String chosen = settings.getDemoKey();
    if (chosen != null && !chosen.isBlank()) {
      if (chosen.strip().length() < ApiKeys.MIN_KEY || chosen.strip().length() > ApiKeys.MAX_KEY) {
        throw new IllegalStateException("OPEN311_API_KEY must have " + ApiKeys.MIN_KEY + " to "
            + ApiKeys.MAX_KEY + " characters");
      }
      keys.issue(NAME, "demo", chosen.strip());
      System.out.println("Demo Open311 API key (khóa API dùng thử): (OPEN311_API_KEY)");
    } else {
      ApiKeys.Issued issued = keys.issue(NAME, "demo");
      // Printed once, on purpose: only the key's hash is stored.
      System.out.println("Demo Open311 API key (khóa API dùng thử), shown only this once: "
          + issued.key());
    }
    LOG.info("Made the demo Open311 key");
  }
}

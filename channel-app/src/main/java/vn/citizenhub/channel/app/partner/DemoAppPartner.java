package vn.citizenhub.channel.app.partner;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A demo app for a newcomer to sign requests with at once (the all-in-one hub names it
 * {@code demo-app}): registered at first start, its secret printed that once, as the demo staff
 * accounts' passwords are, or HUB_DEMO_APP_SECRET when given. Never in a deployment that does not
 * set {@code hub.app.partners.demo-app-id}.
 */
@Singleton
@Requires(property = "hub.app.partners.demo-app-id")
class DemoAppPartner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoAppPartner.class);

  private final JdbcAppPartners partners;
  private final AppPartnerSettings settings;

  DemoAppPartner(JdbcAppPartners partners, AppPartnerSettings settings) {
    this.partners = partners;
    this.settings = settings;
  }

  @EventListener
  void onStartup(StartupEvent event) throws SQLException {
    String appId = settings.getDemoAppId();
    if (partners.find(appId).isPresent()) {
      return;
    }
    String chosen = settings.getDemoAppSecret();
    boolean given = chosen != null && !chosen.isBlank();
    String secret;
    try {
      secret = partners.register(appId, "Ứng dụng dùng thử (demo)", null,
          given ? chosen : null);
    } catch (JdbcAppPartners.AlreadyRegistered e) {
      return; // another replica registered it first
    }
    // Printed once, on purpose, like the demo staff passwords: the database keeps it sealed.
    System.out.println("Demo app (ứng dụng dùng thử), shown only this once:%n  X-App-Id %s%n"
        .formatted(appId) + "  secret   " + (given ? "(HUB_DEMO_APP_SECRET)" : secret));
    LOG.info("Registered the demo app {}", appId);
  }
}

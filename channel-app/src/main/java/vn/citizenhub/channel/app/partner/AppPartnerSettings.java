package vn.citizenhub.channel.app.partner;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/** The app partners' settings ({@code hub.app.partners.*}; docs/app-api.md). */
@ConfigurationProperties("hub.app.partners")
public interface AppPartnerSettings {

  /**
   * 64 hex digits (HUB_APP_SECRETS_KEY): the key app secrets are sealed with. Kept outside the
   * database (an environment variable, a Kubernetes secret), a database dump alone reveals no app
   * secret. Without it a key is made once and kept in the database (app_secret_seal_key): secrets
   * are then still not readable in the partner table alone, but a whole dump reveals them.
   */
  @Nullable
  String getSecretsKey();

  /** The demo app registered at first start when set (the all-in-one hub sets {@code demo-app}). */
  @Nullable
  String getDemoAppId();

  /** The demo app's secret (HUB_DEMO_APP_SECRET); a random one printed once when not given. */
  @Nullable
  String getDemoAppSecret();

  /** Bytes of a new app's random secret. */
  @Bindable(defaultValue = "32")
  int getSecretBytes();
}

package vn.citizenhub.channel.zalo.oa;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * One Official Account (one per province or agency), under {@code hub.zalo.oas.<name>}. The OA
 * secret key signs webhooks; the app secret authenticates token refreshes. Base URLs are settings
 * so that tests and staging point them at local fakes.
 */
@EachProperty("hub.zalo.oas")
public interface OaAccount {

  @Parameter
  String getName();

  String getAppId();

  String getOaId();

  /** Signs webhook events (oa.zalo.me, developer tools): not the app secret. */
  String getOaSecretKey();

  /** Authenticates the token refresh ({@code secret_key} header). */
  String getAppSecret();

  @Bindable(defaultValue = "https://openapi.zalo.me")
  String getApiBaseUrl();

  @Bindable(defaultValue = "https://oauth.zaloapp.com")
  String getOauthBaseUrl();

  /** ZNS/ZBS template messages (outside the 7-day window). */
  @Bindable(defaultValue = "https://business.openapi.zalo.me")
  String getTemplateBaseUrl();

  /** Approved template for notices outside the 7-day window; none means hand back to SMS. */
  @Nullable
  String getNoticeTemplateId();

  /** Version of the consent text this OA shows; recorded with each report (Decree 13). */
  @Bindable(defaultValue = "zalo-2025-07")
  String getConsentTextVersion();

  /** First token pair, used only until the OA's row exists in the database. */
  @Nullable
  String getInitialAccessToken();

  @Nullable
  String getInitialRefreshToken();

  @Bindable(defaultValue = "true")
  boolean isEnabled();
}

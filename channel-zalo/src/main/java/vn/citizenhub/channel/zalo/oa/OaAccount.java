package vn.citizenhub.channel.zalo.oa;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;

/**
 * One Official Account (one per province or agency), under {@code hub.zalo.oas.<name>}. The OA
 * secret key signs webhooks; the app secret authenticates token refreshes. Base URLs are settings
 * so that tests and staging point them at local fakes.
 */
@EachProperty("hub.zalo.oas")
public class OaAccount {

  public static final String API_BASE_URL = "https://openapi.zalo.me";
  public static final String OAUTH_BASE_URL = "https://oauth.zaloapp.com";
  public static final String TEMPLATE_BASE_URL = "https://business.openapi.zalo.me";
  public static final String CONSENT_TEXT_VERSION = "zalo-2025-07";

  private final String name;
  private String appId;
  private String oaId;
  private String oaSecretKey;
  private String appSecret;
  private String apiBaseUrl = API_BASE_URL;
  private String oauthBaseUrl = OAUTH_BASE_URL;
  private String templateBaseUrl = TEMPLATE_BASE_URL;
  private String noticeTemplateId;
  private String consentTextVersion = CONSENT_TEXT_VERSION;
  private String consentText;
  private String initialAccessToken;
  private String initialRefreshToken;
  private String requestInfoImageUrl;
  private boolean enabled = true;

  public OaAccount(@Parameter String name) {
    this.name = name;
  }

  public String getName() {
    return name;
  }

  public String getAppId() {
    return appId;
  }

  public void setAppId(String appId) {
    this.appId = appId;
  }

  public String getOaId() {
    return oaId;
  }

  public void setOaId(String oaId) {
    this.oaId = oaId;
  }

  /** Signs webhook events (oa.zalo.me, developer tools): not the app secret. */
  public String getOaSecretKey() {
    return oaSecretKey;
  }

  public void setOaSecretKey(String oaSecretKey) {
    this.oaSecretKey = oaSecretKey;
  }

  /** Authenticates the token refresh ({@code secret_key} header). */
  public String getAppSecret() {
    return appSecret;
  }

  public void setAppSecret(String appSecret) {
    this.appSecret = appSecret;
  }

  public String getApiBaseUrl() {
    return apiBaseUrl;
  }

  public void setApiBaseUrl(String apiBaseUrl) {
    this.apiBaseUrl = apiBaseUrl;
  }

  public String getOauthBaseUrl() {
    return oauthBaseUrl;
  }

  public void setOauthBaseUrl(String oauthBaseUrl) {
    this.oauthBaseUrl = oauthBaseUrl;
  }

  /** ZNS/ZBS template messages (outside the 7-day window). */
  public String getTemplateBaseUrl() {
    return templateBaseUrl;
  }

  public void setTemplateBaseUrl(String templateBaseUrl) {
    this.templateBaseUrl = templateBaseUrl;
  }

  /** Approved template for notices outside the 7-day window; none means hand back to SMS. */
  @Nullable
  public String getNoticeTemplateId() {
    return noticeTemplateId;
  }

  public void setNoticeTemplateId(@Nullable String noticeTemplateId) {
    this.noticeTemplateId = noticeTemplateId;
  }

  /** Version of the consent text this OA shows; recorded with each report (Decree 13). */
  public String getConsentTextVersion() {
    return consentTextVersion;
  }

  public void setConsentTextVersion(String consentTextVersion) {
    this.consentTextVersion = consentTextVersion;
  }

  /** The consent text shown before a report is sent; the shipped text when not set. */
  @Nullable
  public String getConsentText() {
    return consentText;
  }

  public void setConsentText(@Nullable String consentText) {
    this.consentText = consentText;
  }

  /** First token pair, used only until the OA's row exists in the database. */
  @Nullable
  public String getInitialAccessToken() {
    return initialAccessToken;
  }

  public void setInitialAccessToken(@Nullable String initialAccessToken) {
    this.initialAccessToken = initialAccessToken;
  }

  @Nullable
  public String getInitialRefreshToken() {
    return initialRefreshToken;
  }

  public void setInitialRefreshToken(@Nullable String initialRefreshToken) {
    this.initialRefreshToken = initialRefreshToken;
  }

  /** Picture on the "share your phone" card (request_user_info); none: a card without one. */
  @Nullable
  public String getRequestInfoImageUrl() {
    return requestInfoImageUrl;
  }

  public void setRequestInfoImageUrl(@Nullable String requestInfoImageUrl) {
    this.requestInfoImageUrl = requestInfoImageUrl;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public String toString() {
    return "OaAccount[" + name + "]"; // the keys are secrets: never printed
  }
}

package vn.citizenhub.channel.app.push;

import com.google.auth.oauth2.AccessToken;
import com.google.auth.oauth2.GoogleCredentials;
import com.google.auth.oauth2.ServiceAccountCredentials;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.citizenhub.channel.handoff.HandoffSettings;

/**
 * The OAuth 2 access token FCM wants, from the province's service account: Google's own library
 * signs the JWT bearer grant (RS256) and exchanges it at the account's {@code token_uri}, and
 * keeps the token until shortly before it expires.
 */
@Singleton
@Requires(property = PushSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
class FcmCredentials {

  /** The one scope FCM's send API needs. */
  static final String SCOPE = "https://www.googleapis.com/auth/firebase.messaging";

  private final GoogleCredentials credentials;
  private final String projectId;

  FcmCredentials(PushSettings settings) throws IOException {
    if (settings.getServiceAccountFile() == null || settings.getServiceAccountFile().isBlank()) {
      throw new IllegalStateException("hub.app.push.service-account-file"
          + " (HUB_APP_PUSH_SERVICE_ACCOUNT_FILE) is required when push is on; see docs/push.md");
    }
    ServiceAccountCredentials account;
    try (InputStream in = Files.newInputStream(Path.of(settings.getServiceAccountFile()))) {
      account = ServiceAccountCredentials.fromStream(in);
    }
    if (settings.getTokenUrl() != null && !settings.getTokenUrl().isBlank()) {
      account = account.toBuilder().setTokenServerUri(URI.create(settings.getTokenUrl())).build();
    }
    this.credentials = account.createScoped(List.of(SCOPE));
    String configured = settings.getProjectId();
    this.projectId = configured != null && !configured.isBlank() ? configured
        : account.getProjectId();
    if (projectId == null || projectId.isBlank()) {
      throw new IllegalStateException("hub.app.push.project-id is required: the service account"
          + " file names no project_id");
    }
  }

  String projectId() {
    return projectId;
  }

  /** A valid access token, fetched only when the kept one is about to expire. */
  String accessToken() throws FcmUnavailable {
    try {
      credentials.refreshIfExpired();
      AccessToken token = credentials.getAccessToken();
      if (token == null) {
        throw new FcmUnavailable("the token endpoint gave no access token");
      }
      return token.getTokenValue();
    } catch (IOException e) {
      throw new FcmUnavailable("no access token from the service account's token endpoint",
          null, e);
    }
  }

  /** FCM refused the kept token (revoked, rotated key): fetch a new one now. */
  String refreshedAccessToken() throws FcmUnavailable {
    try {
      credentials.refresh();
    } catch (IOException e) {
      throw new FcmUnavailable("no access token from the service account's token endpoint",
          null, e);
    }
    return accessToken();
  }
}

package vn.citizenhub.channel.zalo.token;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.outbound.ZaloHttp;
import vn.citizenhub.channel.zalo.outbound.ZaloUnavailable;
import vn.citizenhub.contract.ContractJson;

/**
 * Zalo's OAuth endpoint: {@code POST /v4/oa/access_token} with the refresh token, the app
 * secret in a {@code secret_key} header. Its answer carries a new pair; the old refresh token is
 * spent from then on.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class OAuthClient {

  private final OkHttpClient http;

  public OAuthClient(ZaloHttp http) {
    this.http = http.client();
  }

  public TokenPair refresh(OaAccount oa, String refreshToken, Instant now)
      throws ZaloUnavailable {
    Request request = new Request.Builder()
        .url(oa.getOauthBaseUrl().replaceAll("/+$", "") + "/v4/oa/access_token")
        .header("secret_key", oa.getAppSecret())
        .post(new FormBody.Builder()
            .add("refresh_token", refreshToken)
            .add("app_id", oa.getAppId())
            .add("grant_type", "refresh_token")
            .build())
        .build();
    try (Response response = http.newCall(request).execute()) {
      if (response.code() >= 500) {
        throw new ZaloUnavailable("OAuth answered HTTP " + response.code());
      }
      JsonNode body = ContractJson.mapper().readTree(response.body().byteStream());
      String access = body.path("access_token").asText(null);
      String refresh = body.path("refresh_token").asText(null);
      if (access == null || refresh == null) {
        // error_name/error_reason name the problem; they carry no token.
        throw new TokenRefused(body.path("error").asInt(0) + " "
            + body.path("error_name").asText("") + " " + body.path("error_reason").asText(""));
      }
      long seconds = Long.parseLong(body.path("expires_in").asText("90000").strip());
      return new TokenPair(access, refresh, now.plusSeconds(seconds));
    } catch (IOException | NumberFormatException e) {
      throw new ZaloUnavailable("OAuth unreachable or unreadable: " + e.getClass().getSimpleName(),
          e);
    }
  }

  /** Zalo refused the refresh token (spent, revoked, wrong app secret): an operator must act. */
  public static class TokenRefused extends ZaloUnavailable {
    public TokenRefused(String message) {
      super("Zalo refused the refresh token: " + message);
    }
  }
}

package vn.citizenhub.channel.zalo.token;

import java.time.Instant;

/** An OA's access token, until when it is good, and the single-use refresh token. */
public record TokenPair(String accessToken, String refreshToken, Instant accessExpiresAt) {

  @Override
  public String toString() {
    return "TokenPair[expires " + accessExpiresAt + "]"; // tokens are secrets: never printed
  }
}

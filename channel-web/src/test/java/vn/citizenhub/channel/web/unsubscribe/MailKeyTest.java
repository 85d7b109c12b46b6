package vn.citizenhub.channel.web.unsubscribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The address hash and the unsubscribe token, without a database. */
class MailKeyTest {

  private final MailKey key = new MailKey("one installation's secret......".getBytes(
      StandardCharsets.UTF_8));
  private final MailKey otherInstallation = new MailKey("another installation's secret.."
      .getBytes(StandardCharsets.UTF_8));

  @Test
  void aTokenNamesTheAddressHashAndNothingElse() {
    String hash = key.addressHash("Nguyen.Van.An@Thu.Example.vn ");
    assertEquals(hash, key.addressHash("nguyen.van.an@thu.example.vn"), "case and spaces");
    assertNotEquals(hash, key.addressHash("nguyen.van.an2@thu.example.vn"));
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);

    String token = key.token(hash);
    assertEquals(MailKey.TOKEN_LENGTH, token.length());
    assertTrue(token.matches("[A-Za-z0-9_-]{64}"), "URL-safe as it is: " + token);
    assertEquals(Optional.of(hash), key.verify(token));
    assertFalse(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.ISO_8859_1)
        .contains("nguyen"), "the address is not in the token");
  }

  @Test
  void forgedCutOrForeignTokensAreRefused() {
    String token = key.token(key.addressHash("chi@thu.example.vn"));
    byte[] raw = Base64.getUrlDecoder().decode(token);
    for (int i = 0; i < raw.length; i++) {
      byte[] flipped = Arrays.copyOf(raw, raw.length);
      flipped[i] ^= 0x01;
      String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(flipped);
      assertEquals(Optional.empty(), key.verify(forged), "byte " + i + " changed");
    }
    assertEquals(Optional.empty(), key.verify(token.substring(1)));
    assertEquals(Optional.empty(), key.verify(token + "A"));
    assertEquals(Optional.empty(), key.verify(null));
    assertEquals(Optional.empty(), key.verify("=".repeat(64)), "not base64url");
    assertEquals(Optional.empty(), key.verify("+/".repeat(32)), "base64, not base64url");
    assertEquals(Optional.empty(), otherInstallation.verify(token), "another hub's key");
  }
}

package vn.citizenhub.channel.web.unsubscribe;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.StoredSecret;

/**
 * The web channel's mail secret, and what is made from it: the keyed hash that names an e-mail
 * address without holding it, and the signed unsubscribe token that carries that hash. The secret
 * is made once and kept in the database ({@code web_mail_key}), so every replica agrees and a
 * restart breaks no link; it is never configured, because a new one would orphan every hash
 * already kept (people who unsubscribed would get mail again).
 *
 * <p>A token is {@code base64url(hash ‖ first 16 bytes of HMAC(token key, hash))}: 64 characters,
 * no expiry (an unsubscribe link must work for as long as the mail is kept), and no address in it.
 */
@Singleton
public class MailKey {

  private static final int HASH_BYTES = 32;
  private static final int SIGNATURE_BYTES = 16;
  static final int TOKEN_LENGTH = 64;

  private final byte[] addressKey;
  private final byte[] tokenKey;

  @Inject
  MailKey(JdbcDatabase database) throws SQLException {
    this(HexFormat.of().parseHex(
        StoredSecret.readOrCreate(database, "web_mail_key", "the web channel's mail key")));
  }

  MailKey(byte[] secret) {
    // Two keys derived from one secret, so a hash can never pass for a signature.
    this.addressKey = hmac(secret, "citizenhub web mail: address hash");
    this.tokenKey = hmac(secret, "citizenhub web mail: unsubscribe token");
  }

  /** The address's keyed hash (hex): equal for addresses that differ only in case or spaces. */
  public String addressHash(String address) {
    return HexFormat.of().formatHex(
        hmac(addressKey, address.strip().toLowerCase(Locale.ROOT)));
  }

  /** The unsubscribe token naming the address behind {@code addressHash}. */
  public String token(String addressHash) {
    byte[] hash = HexFormat.of().parseHex(addressHash);
    ByteBuffer token = ByteBuffer.allocate(HASH_BYTES + SIGNATURE_BYTES);
    token.put(hash).put(signature(hash));
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  /** The address hash a genuine token names; empty for anything forged, cut or garbled. */
  public Optional<String> verify(String token) {
    if (token == null || token.length() != TOKEN_LENGTH) {
      return Optional.empty();
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    byte[] hash = Arrays.copyOfRange(raw, 0, HASH_BYTES);
    byte[] given = Arrays.copyOfRange(raw, HASH_BYTES, raw.length);
    return MessageDigest.isEqual(signature(hash), given)
        ? Optional.of(HexFormat.of().formatHex(hash)) : Optional.empty();
  }

  private byte[] signature(byte[] hash) {
    return Arrays.copyOf(hmac(tokenKey, "unsubscribe:v1:" + HexFormat.of().formatHex(hash)),
        SIGNATURE_BYTES);
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}

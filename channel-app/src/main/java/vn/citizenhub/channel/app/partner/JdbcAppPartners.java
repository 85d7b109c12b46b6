package vn.citizenhub.channel.app.partner;

import jakarta.inject.Singleton;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.StoredSecret;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * The registered apps in the channel's own table, their secrets sealed ({@link SecretSeal}).
 * A secret is a random string the administrator is shown once; the HMAC key is its UTF-8 bytes,
 * so an app (or {@code openssl dgst -hmac}) uses the string as given.
 */
@Singleton
public class JdbcAppPartners implements AppPartners {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcAppPartners.class);

  private final JdbcDatabase database;
  private final AppPartnerSettings settings;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();
  private volatile SecretSeal seal;

  JdbcAppPartners(JdbcDatabase database, AppPartnerSettings settings) {
    this.database = database;
    this.settings = settings;
  }

  /** Why a registration was refused. */
  public static final class AlreadyRegistered extends Exception {
    AlreadyRegistered() {
      super("already registered");
    }
  }

  @Override
  public Optional<AppPartner> find(String appId) {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT app_id, name, sealed_secret,"
            + " callback_url, active FROM app_partner WHERE app_id = ?")) {
      s.setString(1, appId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String url = rs.getString("callback_url");
        return Optional.of(new AppPartner(rs.getString("app_id"), rs.getString("name"),
            seal().open(appId, rs.getString("sealed_secret")),
            Optional.ofNullable(url).map(URI::create), rs.getBoolean("active")));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("app partners unreadable", e);
    }
  }

  /**
   * Registers an app and answers its secret: {@code chosenSecret} when given (the demo app's
   * HUB_DEMO_APP_SECRET), else a random one. The only time the secret is shown.
   */
  public String register(String appId, String name, URI callbackUrl, String chosenSecret)
      throws SQLException, AlreadyRegistered {
    String secret = chosenSecret != null ? chosenSecret : newSecret();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO app_partner (app_id, name,"
            + " sealed_secret, callback_url, active, created_at) VALUES (?, ?, ?, ?, TRUE, ?)")) {
      s.setString(1, appId);
      s.setString(2, name);
      s.setString(3, seal().seal(appId, secret.getBytes(StandardCharsets.UTF_8)));
      s.setString(4, callbackUrl == null ? null : callbackUrl.toString());
      s.setObject(5, UtcTime.column(clock.instant()));
      s.executeUpdate();
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        throw new AlreadyRegistered();
      }
      throw e;
    }
    LOG.info("App partner {} registered", appId);
    return secret;
  }

  /** Deactivates an app: its requests are refused from now on. False when there is none. */
  public boolean deactivate(String appId) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE app_partner SET active = FALSE,"
            + " deactivated_at = ? WHERE app_id = ? AND active = TRUE")) {
      s.setObject(1, UtcTime.column(clock.instant()));
      s.setString(2, appId);
      boolean changed = s.executeUpdate() == 1;
      if (changed) {
        LOG.info("App partner {} deactivated", appId);
      }
      return changed || find(appId).isPresent();
    }
  }

  private String newSecret() {
    byte[] bytes = new byte[Math.max(16, settings.getSecretBytes())];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private SecretSeal seal() {
    SecretSeal made = seal;
    if (made == null) {
      synchronized (this) {
        if (seal == null) {
          seal = new SecretSeal(HexFormat.of().parseHex(sealingKey()));
        }
        made = seal;
      }
    }
    return made;
  }

  private String sealingKey() {
    String configured = settings.getSecretsKey();
    if (configured != null && !configured.isBlank()) {
      return configured.strip();
    }
    try {
      return StoredSecret.readOrCreate(database, "app_secret_seal_key",
          "the key app secrets are sealed with (set HUB_APP_SECRETS_KEY to keep it outside)");
    } catch (SQLException e) {
      throw new IllegalStateException("the app secrets' sealing key is unreadable", e);
    }
  }
}

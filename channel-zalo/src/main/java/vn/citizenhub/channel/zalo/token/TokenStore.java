package vn.citizenhub.channel.zalo.token;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.channel.zalo.oa.OaDirectory;
import vn.citizenhub.channel.zalo.outbound.ZaloUnavailable;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * Each OA's token pair, kept in {@code zalo_oa_token}. A refresh runs inside a transaction that
 * holds the OA's row lock ({@code SELECT ... FOR UPDATE}): of several replicas exactly one calls
 * Zalo, the others wait and then find the new pair. The new pair is committed before anything
 * uses it, because the refresh token it replaces is already spent.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class TokenStore {

  private static final Logger LOG = LoggerFactory.getLogger(TokenStore.class);

  private final JdbcDatabase database;
  private final OAuthClient oauth;
  private final OaDirectory oas;
  private final Duration refreshAhead;
  private final Clock clock;
  private final Map<String, TokenPair> cache = new ConcurrentHashMap<>();

  public TokenStore(JdbcDatabase database, OAuthClient oauth, OaDirectory oas,
      @Value("${hub.zalo.token-refresh-ahead:5h}") Duration refreshAhead) {
    this.database = database;
    this.oauth = oauth;
    this.oas = oas;
    this.refreshAhead = refreshAhead;
    this.clock = Clock.systemUTC();
  }

  /** A valid access token for the OA, refreshed first if it is due. */
  public String accessToken(OaAccount oa) throws ZaloUnavailable {
    TokenPair pair = cache.get(oa.getName());
    if (pair == null || due(pair)) {
      pair = refresh(oa, null);
    }
    return pair.accessToken();
  }

  /** Zalo said the token is invalid (-216, -220): refresh, unless another call already did. */
  public String refreshAfterRejection(OaAccount oa, String rejected) throws ZaloUnavailable {
    return refresh(oa, rejected).accessToken();
  }

  /** Refreshes every OA whose token is due, ahead of its expiry. */
  @Scheduled(fixedDelay = "${hub.zalo.token-check-interval:1m}", initialDelay = "5s")
  void refreshDue() {
    for (OaAccount oa : oas.all()) {
      try {
        accessToken(oa);
      } catch (ZaloUnavailable | RuntimeException e) {
        LOG.warn("Token of OA {} not refreshed: {}", oa.getName(), ErrorText.of(e));
      }
    }
  }

  private boolean due(TokenPair pair) {
    return !clock.instant().isBefore(pair.accessExpiresAt().minus(refreshAhead));
  }

  private TokenPair refresh(OaAccount oa, String rejected) throws ZaloUnavailable {
    Object outcome;
    try {
      outcome = database.inTransaction(c -> {
        TokenPair current = lockedRow(c, oa);
        boolean stale = rejected != null && rejected.equals(current.accessToken());
        if (!stale && !due(current)) {
          return current; // fresh, or another replica or thread refreshed while we waited
        }
        try {
          TokenPair fresh = oauth.refresh(oa, current.refreshToken(), clock.instant());
          store(c, oa.getName(), fresh);
          LOG.info("Access token of OA {} refreshed; good until {}", oa.getName(),
              fresh.accessExpiresAt());
          return fresh;
        } catch (ZaloUnavailable e) {
          recordError(c, oa.getName(), ErrorText.of(e)); // committed: operators see why
          return e;
        }
      });
    } catch (SQLException e) {
      throw new ZaloUnavailable("token store unreachable", e);
    }
    if (outcome instanceof ZaloUnavailable failed) {
      throw failed;
    }
    TokenPair pair = (TokenPair) outcome;
    cache.put(oa.getName(), pair);
    return pair;
  }

  private TokenPair lockedRow(Connection c, OaAccount oa) throws SQLException {
    Optional<TokenPair> row = select(c, oa.getName());
    if (row.isPresent()) {
      return row.get();
    }
    seed(c, oa);
    return select(c, oa.getName()).orElseThrow(
        () -> new IllegalStateException("OA " + oa.getName() + " has no token row"));
  }

  /** The configured first pair; the access token is taken as due so that it is refreshed soon. */
  private void seed(Connection c, OaAccount oa) throws SQLException {
    if (oa.getInitialRefreshToken() == null) {
      throw new IllegalStateException("OA " + oa.getName() + " has no token yet: set"
          + " hub.zalo.oas." + oa.getName() + ".initial-refresh-token");
    }
    Instant now = clock.instant();
    String access = oa.getInitialAccessToken() == null ? "" : oa.getInitialAccessToken();
    Instant expires = oa.getInitialAccessToken() == null ? now : now.plus(refreshAhead);
    try (PreparedStatement s = c.prepareStatement("INSERT INTO zalo_oa_token (oa_name,"
        + " access_token, refresh_token, access_expires_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, oa.getName());
      s.setString(2, access);
      s.setString(3, oa.getInitialRefreshToken());
      s.setObject(4, UtcTime.column(expires));
      s.executeUpdate();
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) {
        throw e; // else another replica seeded it first
      }
    }
  }

  private static Optional<TokenPair> select(Connection c, String oaName) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT access_token, refresh_token,"
        + " access_expires_at FROM zalo_oa_token WHERE oa_name = ? FOR UPDATE")) {
      s.setString(1, oaName);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(new TokenPair(rs.getString(1), rs.getString(2),
            UtcTime.read(rs, "access_expires_at"))) : Optional.empty();
      }
    }
  }

  private void store(Connection c, String oaName, TokenPair pair) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE zalo_oa_token SET access_token = ?,"
        + " refresh_token = ?, access_expires_at = ?, refreshed_at = ?,"
        + " refresh_count = refresh_count + 1, last_error = NULL WHERE oa_name = ?")) {
      s.setString(1, pair.accessToken());
      s.setString(2, pair.refreshToken());
      s.setObject(3, UtcTime.column(pair.accessExpiresAt()));
      s.setObject(4, UtcTime.column(clock.instant()));
      s.setString(5, oaName);
      s.executeUpdate();
    }
  }

  private static void recordError(Connection c, String oaName, String error) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE zalo_oa_token SET last_error = ? WHERE oa_name = ?")) {
      s.setString(1, error.length() > 300 ? error.substring(0, 300) : error);
      s.setString(2, oaName);
      s.executeUpdate();
    }
  }
}

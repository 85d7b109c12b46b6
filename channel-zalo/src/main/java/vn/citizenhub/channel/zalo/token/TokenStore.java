package vn.citizenhub.channel.zalo.token;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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

/**
 * Each OA's token pair, kept in {@code zalo_oa_token}. A refresh is claimed first, with a lease
 * committed on the OA's row: of several replicas exactly one calls Zalo, the others poll the row
 * until they find the new pair. No transaction is open and no row is locked while Zalo is called
 * (a slow or absent Zalo must not make other replicas wait on the database); a claimant that dies
 * leaves a lease that expires. The new pair is saved before anything uses it, because the refresh
 * token it replaces is already spent.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class TokenStore {

  private static final Logger LOG = LoggerFactory.getLogger(TokenStore.class);
  /** Longer than a call to Zalo's OAuth can take (ZaloHttp's call timeout is 15 s). */
  static final Duration DEFAULT_LEASE = Duration.ofSeconds(60);
  private static final Duration CLAIM_POLL = Duration.ofMillis(100);

  private final OAuthClient oauth;
  private final OaDirectory oas;
  private final Duration refreshAhead;
  private final Clock clock;
  private final Map<String, TokenPair> cache = new ConcurrentHashMap<>();
  private final TokenRow rows;
  private final Duration lease;

  public TokenStore(JdbcDatabase database, OAuthClient oauth, OaDirectory oas,
      Duration refreshAhead) {
    this(database, oauth, oas, refreshAhead, DEFAULT_LEASE);
  }

  @Inject
  public TokenStore(JdbcDatabase database, OAuthClient oauth, OaDirectory oas,
      @Value("${hub.zalo.token-refresh-ahead:5h}") Duration refreshAhead,
      @Value("${hub.zalo.token-refresh-lease:60s}") Duration lease) {
    this.rows = new TokenRow(database);
    this.lease = lease;
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
    try {
      TokenPair pair = refreshOnce(oa, rejected);
      cache.put(oa.getName(), pair);
      return pair;
    } catch (SQLException e) {
      throw new ZaloUnavailable("token store unreachable", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZaloUnavailable("interrupted while waiting for a token refresh", e);
    }
  }

  private TokenPair refreshOnce(OaAccount oa, String rejected)
      throws SQLException, InterruptedException, ZaloUnavailable {
    Instant deadline = clock.instant().plus(lease);
    while (true) {
      TokenPair current = currentRow(oa);
      boolean stale = rejected != null && rejected.equals(current.accessToken());
      if (!stale && !due(current)) {
        return current; // fresh, or another replica or thread refreshed meanwhile
      }
      Instant now = clock.instant();
      String claimant = UUID.randomUUID().toString();
      if (rows.claim(oa.getName(), current.refreshToken(), claimant, now, now.plus(lease))) {
        return refreshClaimed(oa, current, claimant);
      }
      // Another replica holds the claim: its new pair is saved before anyone uses it.
      if (!clock.instant().isBefore(deadline)) {
        if (!stale && clock.instant().isBefore(current.accessExpiresAt())) {
          return current; // due, not yet expired: good for this call
        }
        throw new ZaloUnavailable("token of OA " + oa.getName() + " is being refreshed elsewhere");
      }
      Thread.sleep(CLAIM_POLL.toMillis());
    }
  }

  /** Zalo is called with no transaction open and no row locked; the claim keeps others off. */
  private TokenPair refreshClaimed(OaAccount oa, TokenPair current, String claimant)
      throws SQLException, ZaloUnavailable {
    TokenPair fresh;
    try {
      fresh = oauth.refresh(oa, current.refreshToken(), clock.instant());
    } catch (ZaloUnavailable e) {
      rows.release(oa.getName(), claimant, ErrorText.of(e)); // operators see why
      throw e;
    }
    // The spent refresh token is gone: the new pair is saved before anything uses it.
    if (!rows.store(oa.getName(), claimant, fresh, clock.instant())) {
      throw new ZaloUnavailable("token refresh of OA " + oa.getName()
          + " outlived its lease; the pair was not saved");
    }
    LOG.info("Access token of OA {} refreshed; good until {}", oa.getName(),
        fresh.accessExpiresAt());
    return fresh;
  }

  private TokenPair currentRow(OaAccount oa) throws SQLException {
    Optional<TokenPair> row = rows.read(oa.getName());
    if (row.isPresent()) {
      return row.get();
    }
    seed(oa);
    return rows.read(oa.getName()).orElseThrow(
        () -> new IllegalStateException("OA " + oa.getName() + " has no token row"));
  }

  /** The configured first pair; the access token is taken as due so that it is refreshed soon. */
  private void seed(OaAccount oa) throws SQLException {
    if (oa.getInitialRefreshToken() == null) {
      throw new IllegalStateException("OA " + oa.getName() + " has no token yet: set"
          + " hub.zalo.oas." + oa.getName() + ".initial-refresh-token");
    }
    Instant now = clock.instant();
    String access = oa.getInitialAccessToken() == null ? "" : oa.getInitialAccessToken();
    Instant expires = oa.getInitialAccessToken() == null ? now : now.plus(refreshAhead);
    rows.seed(oa, access, expires);
  }
}

package vn.citizenhub.core.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.reactivestreams.Publisher;
import vn.citizenhub.contract.Channel;

/**
 * The paths that need no staff sign-in, from DESIGN.md's public surface: each channel's own (from
 * its {@link Channel} definition, so a new channel opens its paths without an edit here) and
 * tracking, outside systems that prove themselves in their own way (Zalo's signature, an app
 * partner's key), operations' probes (served on the management port only, so the public port
 * answers 404 for them), the citizen portal's pages ({@code /}, {@code /report}, their files
 * and what they share with the tracking page), and the console's and API documentation's static
 * pages with the code the staff pages share (which hold no data: their data comes from
 * {@code /api/staff}). Kept in code, not in a configuration file, so that the all-in-one
 * launcher and hub-core alone draw the same line.
 * Everything else is closed unless a controller's {@code @Secured} opens it.
 */
@Singleton
class PublicPathsRule implements SecurityRule<HttpRequest<?>> {

  /**
   * hub-core's own: public API, tracking, probes, the console's and the portal's shared files,
   * and the province's public record (search, figures, agencies' pages, published answers and
   * articles).
   */
  private static final List<String> CORE_PREFIXES = List.of(
      "/api/public/", "/health", "/prometheus", "/metrics", "/console", "/track", "/swagger/",
      "/web-shared/", "/portal-shared/", "/favicon.ico", "/search", "/figures", "/agencies",
      "/answers", "/articles");

  /** hub-core's own, then what each channel's definition says its module serves. */
  static final List<String> PUBLIC_PREFIXES = Stream.concat(CORE_PREFIXES.stream(),
      Arrays.stream(Channel.values()).flatMap(c -> c.publicPathPrefixes().stream())).toList();

  /** Whole paths (the portal's "/" and "/report"), as "/" is a prefix of everything. */
  static final Set<String> PUBLIC_PAGES = Arrays.stream(Channel.values())
      .flatMap(c -> c.publicPages().stream()).collect(Collectors.toUnmodifiableSet());

  @Override
  public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
      @Nullable Authentication authentication) {
    if (request == null) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    String path = request.getPath();
    if (PUBLIC_PAGES.contains(path)) {
      return Publishers.just(SecurityRuleResult.ALLOWED);
    }
    for (String prefix : PUBLIC_PREFIXES) {
      if (path.startsWith(prefix)) {
        return Publishers.just(SecurityRuleResult.ALLOWED);
      }
    }
    return Publishers.just(SecurityRuleResult.UNKNOWN);
  }

  @Override
  public int getOrder() {
    // First: a stale cookie must not shut a citizen-facing or static page.
    return LiveSessionRule.ORDER - 1;
  }
}

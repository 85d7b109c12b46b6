package vn.citizenhub.core.search;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.requests.PublicRequest;
import vn.citizenhub.channel.requests.PublicRequests;
import vn.citizenhub.channel.requests.RequestQuery;
import vn.citizenhub.channel.search.PublicSearch;
import vn.citizenhub.channel.search.SearchQuery;
import vn.citizenhub.channel.search.SearchResult;
import vn.citizenhub.channel.search.SearchResults;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.ticket.TicketStatus;
import vn.citizenhub.logging.ErrorText;

/**
 * The search for {@code GET /api/public/search} and for channels in the same process: a typed
 * tracking code first (open or not, in its public form), then the index's hits, each with its
 * public page and the names of its category, commune and agency.
 */
@Singleton
class LocalPublicSearch implements PublicSearch {

  private static final Logger LOG = LoggerFactory.getLogger(LocalPublicSearch.class);
  private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

  private final LiveSearchIndex index;
  private final ReferenceData referenceData;
  private final PublicRequests requests;
  private final SearchSettings settings;

  LocalPublicSearch(LiveSearchIndex index, ReferenceData referenceData, PublicRequests requests,
      SearchSettings settings) {
    this.index = index;
    this.referenceData = referenceData;
    this.requests = requests;
    this.settings = settings;
  }

  @Override
  public Optional<SearchResults> search(SearchQuery q) {
    String text = q.text() == null ? "" : q.text().strip();
    List<SearchResult> results = new ArrayList<>();
    Optional<TrackingCode> code = TrackingCode.parse(text);
    if (code.isPresent()) {
      // A code (its check character makes a word rarely parse as one) names one ticket: the
      // database has it, open or not; the index is not asked.
      if (q.page() == 1) {
        Optional<List<PublicRequest>> found = requests.find(new RequestQuery(
            List.of(code.get().value()), List.of(), null, null, null, 1, 1));
        if (found.isEmpty()) {
          return Optional.empty();
        }
        found.get().forEach(r -> results.add(codeHit(r)));
      }
      return Optional.of(new SearchResults(text, results.size(), counts(null), results));
    }
    if (text.isEmpty() && q.categoryCode() == null && q.communeCode() == null
        && q.agencyCode() == null) {
      return Optional.of(new SearchResults(text, 0, counts(null), results));
    }
    try {
      SearchHits hits = index.search(new SearchRequest(text,
          q.type() == null ? null : SearchType.valueOf(q.type()), q.categoryCode(),
          q.communeCode(), q.agencyCode(), q.page(), settings.getPageSize()));
      ReferenceSnapshot ref = referenceData.current();
      hits.hits().forEach(h -> results.add(hit(ref, h)));
      return Optional.of(new SearchResults(text, hits.total(), counts(hits), results));
    } catch (IOException | RuntimeException e) {
      LOG.warn("Search failed: {}", ErrorText.of(e));
      return Optional.empty();
    }
  }

  private static Map<String, Long> counts(SearchHits hits) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (SearchType type : List.of(SearchType.ARTICLE, SearchType.ANSWER, SearchType.TICKET)) {
      counts.put(type.name(), hits == null ? 0L : hits.perType().getOrDefault(type, 0L));
    }
    return counts;
  }

  private static SearchResult codeHit(PublicRequest r) {
    String display = new TrackingCode(r.trackingCode()).display();
    return new SearchResult(SearchType.CODE.name(), null, display,
        "Mã tra cứu " + display, "Tracking code " + display, null, null,
        summary(r.categoryName(), r.communeName(), r.statusLabel(), r.receivedAt()),
        summary(r.categoryName(), r.communeName(), r.statusLabelEn(), r.receivedAt()),
        "/track?code=" + display, r.categoryCode(), r.categoryName(), null, r.communeName(),
        null, r.agencyName(), r.statusLabel(), r.statusLabelEn(), r.receivedAt(), r.latitude(),
        r.longitude(), 0);
  }

  private static SearchResult hit(ReferenceSnapshot ref, SearchHits.Hit hit) {
    SearchDocument d = hit.document();
    String category = ref.category(d.categoryCode()).map(c -> c.nameVi()).orElse(null);
    String categoryEn = ref.category(d.categoryCode()).map(c -> c.nameEn()).orElse(category);
    String commune = ref.commune(d.communeCode()).map(c -> c.name()).orElse(null);
    String agency = ref.agency(d.agencyCode()).map(a -> a.nameVi()).orElse(null);
    return switch (d.type()) {
      case TICKET -> {
        TicketStatus status = TicketStatus.valueOf(d.status());
        String display = new TrackingCode(d.code()).display();
        yield new SearchResult(d.type().name(), null, display,
            (category == null ? "" : category) + (commune == null ? "" : " — " + commune),
            (categoryEn == null ? "" : categoryEn) + (commune == null ? "" : " — " + commune),
            null, null, summary(category, commune, status.labelVi(), d.receivedAt()),
            summary(categoryEn, commune, status.labelEn(), d.receivedAt()),
            "/track?code=" + display, d.categoryCode(), category, d.communeCode(), commune,
            d.agencyCode(), agency, status.labelVi(), status.labelEn(), d.receivedAt(),
            d.latitude(), d.longitude(), hit.score());
      }
      case ARTICLE, ANSWER -> new SearchResult(d.type().name(), d.id(), null, d.titleVi(),
          d.titleEn(), hit.snippet(), d.body(), null, null,
          (d.type() == SearchType.ARTICLE ? "/articles/" : "/answers/") + d.id(),
          d.categoryCode(), category, d.communeCode(), commune, d.agencyCode(), agency, null,
          null, null, null, null, hit.score());
      case CODE -> throw new IllegalStateException("a code is not indexed");
    };
  }

  /** A ticket's public summary: category — commune — status — date received (in Vietnam). */
  private static String summary(String category, String commune, String status,
      java.time.Instant received) {
    List<String> parts = new ArrayList<>();
    for (String part : new String[] {category, commune, status}) {
      if (part != null && !part.isBlank()) {
        parts.add(part);
      }
    }
    if (received != null) {
      LocalDate day = received.atZone(PROVINCE).toLocalDate();
      parts.add(String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(),
          day.getYear()));
    }
    return String.join(" — ", parts);
  }
}

package vn.citizenhub.core.search;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;

/**
 * The public search index of this hub-core: built from the database by the first poll after
 * start, then kept fresh by polling the rows changed since the last poll (by their
 * {@code updated_at}, which hub-core writes from its clock: the watermark is the time the last
 * poll began, less an overlap for a clock a little apart on another replica) every
 * {@code hub.search.refresh-interval}. Searches never wait for a poll: they read the last
 * refreshed view, which is empty until the first build is done.
 */
@Singleton
public class LiveSearchIndex {

  private static final Logger LOG = LoggerFactory.getLogger(LiveSearchIndex.class);
  /** Rows written in the same instant as the watermark, committed a moment later, still count. */
  private static final Duration OVERLAP = Duration.ofSeconds(5);

  private final SearchIndex index;
  private final SearchSource source;
  private final Clock clock = Clock.systemUTC();
  private Instant watermark;
  private volatile boolean built;

  LiveSearchIndex(SearchSettings settings, SearchSource source) {
    this.source = source;
    try {
      this.index = new SearchIndex(directory(settings));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Directory directory(SearchSettings settings) throws IOException {
    return settings.getFolder() == null || settings.getFolder().isBlank()
        ? new ByteBuffersDirectory() : FSDirectory.open(Path.of(settings.getFolder()));
  }

  public SearchHits search(SearchRequest request) throws IOException {
    return index.search(request);
  }

  /** Whether the first build from the database is done. */
  public boolean built() {
    return built;
  }

  @Scheduled(fixedDelay = "${hub.search.refresh-interval:5s}", initialDelay = "1s")
  synchronized void poll() {
    try {
      Instant now = clock.instant();
      if (watermark == null) {
        long started = System.nanoTime();
        index.clear();
        int rows = source.load(index, null);
        LOG.info("Search index built from the database: {} documents in {} ms", rows,
            (System.nanoTime() - started) / 1_000_000);
      } else {
        int rows = source.load(index, watermark.minus(OVERLAP));
        LOG.debug("Search index took in {} changed rows", rows);
      }
      index.commit();
      index.refresh();
      watermark = now;
      built = true;
    } catch (Exception e) {
      LOG.warn("Search index refresh failed; will try again: {}", ErrorText.of(e));
    }
  }

  @PreDestroy
  void close() throws IOException {
    index.close();
  }
}

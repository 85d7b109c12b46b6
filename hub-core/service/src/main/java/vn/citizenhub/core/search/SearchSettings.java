package vn.citizenhub.core.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * {@code hub.search.*}: how often the public search index takes in what changed in the database,
 * and where it lives: in memory by default (rebuilt at every start), or in {@code folder}
 * (memory-mapped, for a province whose open tickets are too many to keep on the heap).
 */
@ConfigurationProperties("hub.search")
public class SearchSettings {

  public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofSeconds(5);
  public static final int DEFAULT_PAGE_SIZE = 20;

  private Duration refreshInterval = DEFAULT_REFRESH_INTERVAL;
  private String folder;
  private int pageSize = DEFAULT_PAGE_SIZE;

  public Duration getRefreshInterval() {
    return refreshInterval;
  }

  public void setRefreshInterval(Duration refreshInterval) {
    this.refreshInterval = refreshInterval;
  }

  /** The index's folder; none keeps it in memory. It is rebuilt at start either way. */
  @Nullable
  public String getFolder() {
    return folder;
  }

  public void setFolder(@Nullable String folder) {
    this.folder = folder;
  }

  public int getPageSize() {
    return pageSize;
  }

  public void setPageSize(int pageSize) {
    this.pageSize = pageSize;
  }
}

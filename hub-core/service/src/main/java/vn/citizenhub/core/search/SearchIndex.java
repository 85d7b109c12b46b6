package vn.citizenhub.core.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;

/**
 * The public search index: one Lucene index of published articles, published answers and open
 * tickets, written by one writer and read through a {@link SearcherManager}, so a search never
 * waits for a write and sees what was written once {@link #refresh()} has run. Plain Java: the
 * tests use it on a directory of their own.
 */
public final class SearchIndex implements Closeable {

  private static final int SNIPPET_PASSAGES = 2;

  private final Analyzer analyzer = new FoldingAnalyzer();
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;

  public SearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(32);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
  }

  public Analyzer analyzer() {
    return analyzer;
  }

  /** Adds a document or replaces the one with its key. */
  public void put(SearchDocument document) throws IOException {
    Document doc = SearchDocuments.toLucene(document);
    writer.updateDocument(new Term(SearchFields.KEY, document.key()), doc);
  }

  /** Removes what was indexed for a row (a withdrawn article, a closed ticket); none is fine. */
  public void remove(SearchType type, long id) throws IOException {
    writer.deleteDocuments(new Term(SearchFields.KEY, SearchDocument.key(type, id)));
  }

  /** Empties the index (before a rebuild). */
  public void clear() throws IOException {
    writer.deleteAll();
  }

  /** Makes what was written visible to searches. */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** Commits (for an index in a folder; a no-op cost for one in memory). */
  public void commit() throws IOException {
    writer.commit();
  }

  public int size() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * The hits for a request. Words are first matched exactly or as prefixes; only when that finds
   * less than a page are typos forgiven too ("đèn đườg"), which costs several times the work
   * (measured at a million tickets: docs/benchmarks.md).
   */
  public SearchHits search(SearchRequest request) throws IOException {
    boolean words = request.text() != null && !request.text().isBlank();
    SearchHits exact = search(request, false);
    return words && exact.total() < request.pageSize() ? search(request, true) : exact;
  }

  private SearchHits search(SearchRequest request, boolean typos) throws IOException {
    Query words = request.text() == null || request.text().isBlank() ? null
        : TypoTolerantQuery.of(analyzer, request.text(), typos);
    BooleanQuery.Builder filtered = new BooleanQuery.Builder()
        .add(words == null ? new MatchAllDocsQuery() : words, Occur.MUST);
    filter(filtered, SearchFields.CATEGORY, request.categoryCode());
    filter(filtered, SearchFields.COMMUNE, request.communeCode());
    filter(filtered, SearchFields.AGENCY, request.agencyCode());
    Query anyType = filtered.build();
    Query query = request.type() == null ? anyType : new BooleanQuery.Builder()
        .add(anyType, Occur.MUST)
        .add(new TermQuery(new Term(SearchFields.TYPE, request.type().name())), Occur.FILTER)
        .build();
    IndexSearcher searcher = searchers.acquire();
    try {
      int wanted = request.page() * request.pageSize();
      // One pass finds the best hits and counts each type; with a type filter the counts (of
      // every type, for the page's tabs) take a second, score-free pass.
      TopScoreDocCollectorManager best =
          new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE);
      TopDocs top;
      Map<SearchType, Long> perType;
      if (request.type() == null) {
        Object[] both = searcher.search(query, new MultiCollectorManager(best, new TypeCounts()));
        top = (TopDocs) both[0];
        @SuppressWarnings("unchecked")
        Map<SearchType, Long> counted = (Map<SearchType, Long>) both[1];
        perType = counted;
      } else {
        top = searcher.search(query, best);
        perType = searcher.search(anyType, new TypeCounts());
      }
      long total = request.type() == null
          ? perType.values().stream().mapToLong(Long::longValue).sum()
          : perType.getOrDefault(request.type(), 0L);
      ScoreDoc[] page = slice(top.scoreDocs, (request.page() - 1) * request.pageSize(),
          request.pageSize());
      String[] snippets = snippets(searcher, words, top, page);
      List<SearchHits.Hit> hits = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        SearchDocument doc = SearchDocuments.fromLucene(
            searcher.storedFields().document(page[i].doc));
        hits.add(new SearchHits.Hit(doc, page[i].score, snippets[i]));
      }
      return new SearchHits(total, perType, hits);
    } finally {
      searchers.release(searcher);
    }
  }

  private static void filter(BooleanQuery.Builder query, String field, String code) {
    if (code != null) {
      query.add(new TermQuery(new Term(field, code)), Occur.FILTER);
    }
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int from, int size) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    ScoreDoc[] page = new ScoreDoc[Math.min(size, all.length - from)];
    System.arraycopy(all, from, page, 0, page.length);
    return page;
  }

  /** Highlighted passages of the page's bodies (tickets have none: null). */
  private String[] snippets(IndexSearcher searcher, Query words, TopDocs top, ScoreDoc[] page)
      throws IOException {
    String[] none = new String[page.length];
    if (words == null || page.length == 0) {
      return none;
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withFieldMatcher(field -> true)
        .withMaxLength(4000)
        .build();
    TopDocs pageDocs = new TopDocs(top.totalHits, page);
    String[] found = highlighter.highlight(SearchFields.BODY, words, pageDocs, SNIPPET_PASSAGES);
    return found == null ? none : found;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }
}

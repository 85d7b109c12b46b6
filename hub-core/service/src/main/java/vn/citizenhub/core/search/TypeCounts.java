package vn.citizenhub.core.search;

import java.io.IOException;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Counts the matching documents of each type in the same pass that finds the best ones (through
 * a {@code MultiCollectorManager}), so the counts per type cost no second search. Reads the
 * type from its doc values ({@link SearchFields#TYPE_VALUES}).
 */
final class TypeCounts implements CollectorManager<TypeCounts.Counter, Map<SearchType, Long>> {

  static final class Counter extends SimpleCollector {

    private final long[] counts = new long[SearchType.values().length];
    private SortedDocValues types;
    private int[] typeOfOrd;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      types = DocValues.getSorted(context.reader(), SearchFields.TYPE_VALUES);
      typeOfOrd = new int[types.getValueCount()];
      for (int ord = 0; ord < typeOfOrd.length; ord++) {
        typeOfOrd[ord] = SearchType.valueOf(types.lookupOrd(ord).utf8ToString()).ordinal();
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      if (types.advanceExact(doc)) {
        counts[typeOfOrd[types.ordValue()]]++;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  @Override
  public Counter newCollector() {
    return new Counter();
  }

  @Override
  public Map<SearchType, Long> reduce(Collection<Counter> collectors) {
    Map<SearchType, Long> total = new EnumMap<>(SearchType.class);
    for (SearchType type : SearchType.values()) {
      if (type != SearchType.CODE) {
        long n = 0;
        for (Counter c : collectors) {
          n += c.counts[type.ordinal()];
        }
        total.put(type, n);
      }
    }
    return total;
  }
}

package vn.citizenhub.core.search;

import java.time.Instant;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * A {@link SearchDocument} as Lucene stores it and back. Codes are exact keyword fields (the
 * filters), titles, keywords and names are analyzed and not stored twice, the body is analyzed
 * with offsets so the highlighter need not analyze it again.
 */
final class SearchDocuments {

  private static final FieldType BODY = bodyType();

  private SearchDocuments() {}

  private static FieldType bodyType() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  static Document toLucene(SearchDocument d) {
    Document doc = new Document();
    doc.add(new StringField(SearchFields.KEY, d.key(), Field.Store.NO));
    doc.add(new StringField(SearchFields.TYPE, d.type().name(), Field.Store.YES));
    doc.add(new SortedDocValuesField(SearchFields.TYPE_VALUES, new BytesRef(d.type().name())));
    doc.add(new StoredField(SearchFields.ID, d.id()));
    keyword(doc, SearchFields.CODE, d.code());
    keyword(doc, SearchFields.CATEGORY, d.categoryCode());
    keyword(doc, SearchFields.COMMUNE, d.communeCode());
    keyword(doc, SearchFields.AGENCY, d.agencyCode());
    stored(doc, SearchFields.STATUS, d.status());
    stored(doc, SearchFields.TITLE_VI, d.titleVi());
    stored(doc, SearchFields.TITLE_EN, d.titleEn());
    text(doc, SearchFields.TITLE, join(d.titleVi(), d.titleEn()));
    text(doc, SearchFields.KEYWORDS, d.keywords());
    text(doc, SearchFields.NAMES, d.names());
    if (d.body() != null) {
      doc.add(new Field(SearchFields.BODY, FoldingAnalyzer.composed(d.body()), BODY));
    }
    if (d.receivedAt() != null) {
      doc.add(new StoredField(SearchFields.RECEIVED, d.receivedAt().toEpochMilli()));
    }
    if (d.latitude() != null && d.longitude() != null) {
      doc.add(new StoredField(SearchFields.LATITUDE, d.latitude()));
      doc.add(new StoredField(SearchFields.LONGITUDE, d.longitude()));
    }
    return doc;
  }

  static SearchDocument fromLucene(Document doc) {
    IndexableField received = doc.getField(SearchFields.RECEIVED);
    IndexableField lat = doc.getField(SearchFields.LATITUDE);
    IndexableField lon = doc.getField(SearchFields.LONGITUDE);
    return new SearchDocument(SearchType.valueOf(doc.get(SearchFields.TYPE)),
        doc.getField(SearchFields.ID).numericValue().longValue(), doc.get(SearchFields.CODE),
        doc.get(SearchFields.TITLE_VI), doc.get(SearchFields.TITLE_EN), null, null,
        doc.get(SearchFields.BODY), doc.get(SearchFields.CATEGORY), doc.get(SearchFields.COMMUNE),
        doc.get(SearchFields.AGENCY), doc.get(SearchFields.STATUS),
        received == null ? null : Instant.ofEpochMilli(received.numericValue().longValue()),
        lat == null ? null : lat.numericValue().doubleValue(),
        lon == null ? null : lon.numericValue().doubleValue());
  }

  private static void keyword(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StringField(field, value, Field.Store.YES));
    }
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }

  private static void text(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new TextField(field, FoldingAnalyzer.composed(value), Field.Store.NO));
    }
  }

  private static String join(String a, String b) {
    return b == null ? a : a == null ? b : a + " \n " + b;
  }
}

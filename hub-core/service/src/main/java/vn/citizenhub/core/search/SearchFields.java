package vn.citizenhub.core.search;

/** The index's field names. */
final class SearchFields {

  /** {@code TYPE:id}, the key a changed row replaces its document by. */
  static final String KEY = "key";
  static final String TYPE = "type";
  /** The type again as doc values, for counting hits per type in one pass. */
  static final String TYPE_VALUES = "type_dv";
  static final String ID = "id";
  static final String CODE = "code";
  static final String TITLE = "title";
  static final String TITLE_VI = "title_vi";
  static final String TITLE_EN = "title_en";
  static final String KEYWORDS = "keywords";
  static final String NAMES = "names";
  /** An article's or answer's text: searched, stored and highlighted. */
  static final String BODY = "body";
  static final String CATEGORY = "category";
  static final String COMMUNE = "commune";
  static final String AGENCY = "agency";
  static final String STATUS = "status";
  static final String RECEIVED = "received";
  static final String LATITUDE = "lat";
  static final String LONGITUDE = "lon";

  private SearchFields() {}
}

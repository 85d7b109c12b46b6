package vn.citizenhub.core.figures;

/** What a row of figures is about: the whole province, one agency, or one commune. */
public enum Scope {
  PROVINCE, AGENCY, COMMUNE;

  /** The province's one row has this code. */
  public static final String PROVINCE_CODE = "ALL";
}

package vn.citizenhub.core.agencies;

/**
 * How long each published text of an agency may be: what its column in {@code agency} holds
 * (AgencyColumnLimitsTest reads the sizes from the schema), so an edit the API accepts can always
 * be stored.
 */
public final class ContactLimits {

  public static final int MAX_FOCAL_POINT = 200;
  public static final int MAX_PHONE = 40;
  public static final int MAX_EMAIL = 120;
  public static final int MAX_ADDRESS = 300;
  public static final int MAX_HOURS = 300;
  public static final int MAX_RULES = 4000;
  public static final int MAX_URL = 300;

  private ContactLimits() {}
}

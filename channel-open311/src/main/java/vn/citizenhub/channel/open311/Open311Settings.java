package vn.citizenhub.channel.open311;

import io.micronaut.context.annotation.ConfigurationProperties;

/** {@code hub.open311.*}: what this endpoint says of itself, and the consent its keys carry. */
@ConfigurationProperties("hub.open311")
public class Open311Settings {

  public static final String DEFAULT_CONSENT_VERSION = "open311-terms-2026-12";
  public static final String DEFAULT_CONTACT =
      "Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Tây Ninh / Tay Ninh Smart City"
          + " Operations Centre";
  public static final String DEFAULT_KEY_SERVICE =
      "Khóa API do quản trị viên của tỉnh cấp / API keys are issued by the province's"
          + " administrator";
  public static final String DEFAULT_CHANGESET = "2026-12-02T00:00:00+07:00";
  /** Posts one API key may make a minute: a city's whole FixMyStreet, not one citizen. */
  public static final int DEFAULT_POSTS_PER_MINUTE = 600;
  public static final int DEFAULT_READS_PER_MINUTE = 120;

  private String consentTextVersion = DEFAULT_CONSENT_VERSION;
  private String contact = DEFAULT_CONTACT;
  private String keyService = DEFAULT_KEY_SERVICE;
  private String changeset = DEFAULT_CHANGESET;
  private String demoKey;
  private int postsPerMinute = DEFAULT_POSTS_PER_MINUTE;
  private int readsPerMinute = DEFAULT_READS_PER_MINUTE;

  /**
   * The consent text version put on every posted request: a key is issued only to a client whose
   * terms oblige it to ask its users, in writing, before it sends their contact details.
   */
  public String getConsentTextVersion() {
    return consentTextVersion;
  }

  public void setConsentTextVersion(String consentTextVersion) {
    this.consentTextVersion = consentTextVersion;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getKeyService() {
    return keyService;
  }

  public void setKeyService(String keyService) {
    this.keyService = keyService;
  }

  /** When this endpoint's description last changed (discovery's {@code changeset}). */
  public String getChangeset() {
    return changeset;
  }

  public void setChangeset(String changeset) {
    this.changeset = changeset;
  }

  /** Posts one API key may make a minute; more are refused (429) until the minute turns. */
  public int getPostsPerMinute() {
    return postsPerMinute;
  }

  public void setPostsPerMinute(int postsPerMinute) {
    this.postsPerMinute = postsPerMinute;
  }

  /**
   * Reads (GET) one client address may make a minute: a city's dashboard polling every few
   * seconds fits; a scraper walking every page and filter does not crowd out the others.
   */
  public int getReadsPerMinute() {
    return readsPerMinute;
  }

  public void setReadsPerMinute(int readsPerMinute) {
    this.readsPerMinute = readsPerMinute;
  }

  /** The demo key the all-in-one hub issues at first start (OPEN311_API_KEY); else random. */
  public String getDemoKey() {
    return demoKey;
  }

  public void setDemoKey(String demoKey) {
    this.demoKey = demoKey;
  }
}

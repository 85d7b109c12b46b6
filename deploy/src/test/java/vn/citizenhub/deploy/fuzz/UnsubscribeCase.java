package vn.citizenhub.deploy.fuzz;

/**
 * One request to the unsubscribe link: GET or POST of {@code /api/web/unsubscribe?t=<token>}, or
 * GET of a file under it. In {@code token}, {@link #GENUINE} stands for a genuine token of a
 * fresh address, made when the case is sent; {@code flip} (0-63, or -1) changes one character of
 * it, which must make it a forgery.
 */
record UnsubscribeCase(String where, String method, String token, int flip, String contentType,
    String body) {

  static final String GENUINE = "@GENUINE@";

  /** Whether the token sent is exactly a genuine one. */
  boolean genuine() {
    return where.equals("link") && token.equals(GENUINE) && flip < 0;
  }

  @Override
  public String toString() {
    return "UnsubscribeCase[" + where + " " + method + " t=" + Shown.of(token)
        + (flip >= 0 ? " flip@" + flip : "") + ", type=" + contentType + ", body="
        + Shown.of(body) + "]";
  }
}

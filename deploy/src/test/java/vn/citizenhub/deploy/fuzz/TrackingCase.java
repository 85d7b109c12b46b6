package vn.citizenhub.deploy.fuzz;

/**
 * A tracking lookup: where ({@code /api/public/tickets/{code}}, {@code /track?code=} or a file
 * under {@code /track/}) and the code as typed; {@link #KNOWN} stands for the code of a real
 * ticket of the run.
 */
record TrackingCase(String where, String code) {

  static final String KNOWN = "@KNOWN@";

  @Override
  public String toString() {
    return "TrackingCase[" + where + " " + Shown.of(code) + "]";
  }
}

package vn.citizenhub.deploy.fuzz;

/**
 * One staff action: who sends it (the agency's officer or the province's coordinator), on which
 * of the run's tickets (or at a path id that is none), with which body ({@link #VERSION} stands
 * for the ticket's current version, {@link #OTHER} for another ticket's id) and content type.
 */
record StaffCase(boolean coordinator, int ticket, String pathId, String contentType,
    String json) {

  static final String VERSION = "@VERSION@";
  static final String OTHER = "@OTHER@";

  @Override
  public String toString() {
    return "StaffCase[" + (coordinator ? "coordinator" : "officer") + ", ticket " + ticket
        + (pathId == null ? "" : ", path id " + Shown.of(pathId)) + ", type=" + contentType
        + ", body=" + Shown.of(json) + "]";
  }
}

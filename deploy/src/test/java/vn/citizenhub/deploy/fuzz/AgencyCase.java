package vn.citizenhub.deploy.fuzz;

/**
 * One edit of an agency's published contact: who sends it (the administrator, or the coordinator
 * who may only read), at which path code (an agency's, or one that is none), with which body and
 * content type.
 */
record AgencyCase(boolean administrator, String code, String contentType, String json) {

  @Override
  public String toString() {
    return "AgencyCase[" + (administrator ? "administrator" : "coordinator") + ", code "
        + Shown.of(code) + ", type=" + contentType + ", body=" + Shown.of(json) + "]";
  }
}

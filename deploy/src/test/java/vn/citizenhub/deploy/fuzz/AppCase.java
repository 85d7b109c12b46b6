package vn.citizenhub.deploy.fuzz;

/**
 * One app request as sent: the report (content type, body) and how it is signed: {@code spoil}
 * names what is wrong with the signing (null: nothing), {@code user} the X-App-User header as
 * sent, and whether an accepted report is sent again, freshly signed, under the same key.
 */
record AppCase(String contentType, String json, String key, String user, String spoil,
    boolean resend) {

  byte[] bytes() {
    return JsonText.bytes(json);
  }

  @Override
  public String toString() {
    return "AppCase[type=" + contentType + ", key=" + Shown.of(key) + ", user=" + Shown.of(user)
        + ", spoil=" + spoil + ", resend=" + resend + ", body=" + Shown.of(json) + "]";
  }
}

package vn.citizenhub.deploy.fuzz;

/**
 * One phone-system event: its JSON ({@link #NOW} stands for the current Unix second, filled in
 * when sent, so that a fresh event is not refused as stale), and how it is signed.
 */
record PhoneCase(String json, ZaloCase.Signing signing, boolean bareHex) {

  static final String NOW = "@NOW@";

  @Override
  public String toString() {
    return "PhoneCase[" + signing + (bareHex ? " bare-hex" : "") + " " + Shown.of(json) + "]";
  }
}

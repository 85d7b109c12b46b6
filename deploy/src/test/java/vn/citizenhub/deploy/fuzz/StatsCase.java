package vn.citizenhub.deploy.fuzz;

/**
 * A request for the public figures or open data: which endpoint ({@code stats}, {@code agency},
 * {@code commune}, {@code chart}, {@code csv}, {@code dictionary}) and each parameter as typed
 * (null: left out). {@link #valid} says the case asks for something that exists in a valid way,
 * so it must be answered 200.
 */
record StatsCase(String endpoint, String code, String months, String scope, String measure,
    String month, boolean valid) {

  @Override
  public String toString() {
    return "StatsCase[" + endpoint + " code=" + Shown.of(code) + " months=" + Shown.of(months)
        + " scope=" + Shown.of(scope) + " measure=" + Shown.of(measure) + " month="
        + Shown.of(month) + " valid=" + valid + "]";
  }
}

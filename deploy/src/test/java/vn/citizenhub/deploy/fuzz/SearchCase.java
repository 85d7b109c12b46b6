package vn.citizenhub.deploy.fuzz;

/**
 * A public search ({@code GET /api/public/search}): each parameter as sent, null when left out.
 */
record SearchCase(String q, String type, String category, String commune, String agency,
    String page) {

  @Override
  public String toString() {
    return "SearchCase[q=" + Shown.of(q) + " type=" + Shown.of(type) + " category="
        + Shown.of(category) + " commune=" + Shown.of(commune) + " agency=" + Shown.of(agency)
        + " page=" + Shown.of(page) + "]";
  }
}

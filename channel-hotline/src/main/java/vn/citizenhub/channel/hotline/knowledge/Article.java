package vn.citizenhub.channel.hotline.knowledge;

/** A published answer or FAQ an operator can read out. */
public record Article(int id, String kind, String title, String answer, String categoryCode,
    String keywords, String source) {

  /** What the search matches: title, keywords and answer, folded. */
  String searchText() {
    return KnowledgeSearch.fold(title + " | " + (keywords == null ? "" : keywords) + " | "
        + answer);
  }
}

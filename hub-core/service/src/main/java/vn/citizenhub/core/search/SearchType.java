package vn.citizenhub.core.search;

/** What a search hit is. {@code CODE} is the ticket a tracking code names, always first. */
public enum SearchType {
  CODE, ARTICLE, ANSWER, TICKET
}

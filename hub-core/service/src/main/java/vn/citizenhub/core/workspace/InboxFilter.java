package vn.citizenhub.core.workspace;

import java.util.List;

/**
 * What the inbox is asked for. Every field is optional; without a status, the open tickets.
 *
 * @param due {@code OVERDUE} or {@code DUE_SOON}
 * @param assignee a staff id, {@code me} or {@code none}
 * @param q words to find in the code, description or address, with or without diacritics
 */
public record InboxFilter(
    List<String> status, String due, String category, String commune, String assignee,
    String channel, String agency, String q, Boolean transferPending, Integer page,
    Integer size) {

  static final int MAX_SIZE = 100;

  int pageOrFirst() {
    return page == null || page < 0 ? 0 : page;
  }

  int sizeOrDefault() {
    return size == null || size <= 0 ? 25 : Math.min(size, MAX_SIZE);
  }
}

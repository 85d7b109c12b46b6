package vn.citizenhub.core.workspace;

import java.util.List;

/** A page of the inbox and how many tickets match in all. */
public record InboxPage(long total, int page, int size, List<InboxItem> items) {}

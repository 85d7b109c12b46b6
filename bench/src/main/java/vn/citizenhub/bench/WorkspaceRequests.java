package vn.citizenhub.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * The requests staff make in a working day, for the bench to replay: inbox views with the filters
 * officers use, ticket pages within their own agency, the coordinator's league table.
 */
final class WorkspaceRequests {

  /** One request: which endpoint (for the figures), which variant of it, path, whose token. */
  record Request(String endpoint, String variant, String path, String token) {}

  /** An officer signed in, with the tickets and categories of their agency. */
  record Officer(String agency, String token, long[] ticketIds, List<String> categories) {}

  /** Folded words citizens' reports contain (and one that none does). */
  static final List<String> SEARCH_WORDS = List.of("duong", "den", "rac", "ngap", "hung vuong",
      "cong", "o nhiem", "tieng on", "khong co tu nay");

  private static final WeightedChoice<String> INBOX_VARIANTS = WeightedChoice.of(Map.of(
      "open", 30, "overdue", 15, "due-soon", 5, "category", 15, "search", 15, "page-2-5", 10,
      "mine", 5, "coordinator", 5));

  private final List<Officer> officers;
  private final String coordinatorToken;

  WorkspaceRequests(List<Officer> officers, String coordinatorToken) {
    this.officers = officers;
    this.coordinatorToken = coordinatorToken;
  }

  List<Request> inbox(int count, RandomGenerator random) {
    List<Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Officer o = officers.get(random.nextInt(officers.size()));
      String variant = INBOX_VARIANTS.pick(random);
      String query = switch (variant) {
        case "overdue" -> "?due=OVERDUE";
        case "due-soon" -> "?due=DUE_SOON";
        case "category" -> "?category=" + o.categories().get(random.nextInt(o.categories().size()));
        case "search" -> "?q=" + URLEncoder.encode(
            SEARCH_WORDS.get(random.nextInt(SEARCH_WORDS.size())), StandardCharsets.UTF_8);
        case "page-2-5" -> "?page=" + (1 + random.nextInt(4));
        case "mine" -> "?assignee=me";
        default -> "";
      };
      String token = "coordinator".equals(variant) ? coordinatorToken : o.token();
      requests.add(new Request("inbox", variant, "/api/staff/tickets" + query, token));
    }
    return requests;
  }

  /**
   * A province's workspace traffic in random order: staff open their inbox and a ticket from it
   * about as often, and a coordinator looks at the league table now and then (one request in 25).
   */
  List<Request> mix(int count, RandomGenerator random) {
    int league = Math.max(1, count / 25);
    int inbox = (count - league) / 2;
    List<Request> mix = new ArrayList<>(inbox(inbox, random));
    mix.addAll(ticketPages(count - league - inbox, random));
    mix.addAll(league(league));
    Collections.shuffle(mix, new Random(random.nextLong()));
    return mix;
  }

  List<Request> ticketPages(int count, RandomGenerator random) {
    List<Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Officer o = officers.get(random.nextInt(officers.size()));
      long id = o.ticketIds()[random.nextInt(o.ticketIds().length)];
      requests.add(new Request("ticket page", o.agency(), "/api/staff/tickets/" + id, o.token()));
    }
    return requests;
  }

  List<Request> league(int count) {
    List<Request> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      requests.add(new Request("league table", "coordinator", "/api/staff/league",
          coordinatorToken));
    }
    return requests;
  }
}

package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.citizenhub.channel.web.unsubscribe.MailKey;

/**
 * The e-mails' unsubscribe link ({@code GET}/{@code POST /api/web/unsubscribe?t=}, and the files
 * under it) against the whole hub: no server error; a token that is not exactly genuine is
 * refused (400) and stores nothing; a genuine one is shown on GET (storing nothing) and
 * unsubscribes on POST.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnsubscribeFuzzTest {

  private static final String PATH = "/api/web/unsubscribe";
  private static final String BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  private static final Tally TALLY = new Tally("unsubscribe");
  private static FuzzHub hub;
  private static MailKey key;

  @BeforeAll
  void start() {
    hub = FuzzHub.start();
    key = hub.server.getApplicationContext().getBean(MailKey.class);
  }

  @AfterAll
  void finish() {
    try {
      hub.assertPromisesKept(Map.of(), TALLY);
    } finally {
      TALLY.write();
      hub.close();
    }
  }

  static UnsubscribeCase cases(FuzzRandom r) {
    String where = r.frequency(weight(9, x -> "link"), weight(1, x -> "file"));
    String method = where.equals("file") ? "GET" : r.oneOf("GET", "POST", "POST");
    String token = r.frequency(
        weight(4, x -> UnsubscribeCase.GENUINE),
        weight(2, x -> x.oneOf(UnsubscribeCase.GENUINE + "A", "A" + UnsubscribeCase.GENUINE,
            " " + UnsubscribeCase.GENUINE, UnsubscribeCase.GENUINE + "\u200b",
            UnsubscribeCase.GENUINE + "%00", UnsubscribeCase.GENUINE + "&t=x")),
        weight(3, x -> x.string(BASE64URL, 64, 64)),
        weight(1, x -> x.string(BASE64URL + "+/=", 0, 100)),
        weight(4, Hostile::text),
        weight(1, x -> x.oneOf("", "%", "%ZZ", "%00", "%ED%A0%80", "%C0%AF", "..",
            "../../etc/passwd", "unsubscribe.css", "#")));
    int flip = token.equals(UnsubscribeCase.GENUINE) && r.between(0, 2) == 0
        ? r.between(0, 63) : -1;
    String contentType = r.oneOf("application/x-www-form-urlencoded", "application/json",
        "text/plain", null, "application/x-www-form-urlencoded; charset=nonsense",
        "multipart/form-data");
    String body = method.equals("GET") ? "" : r.frequency(
        weight(5, x -> "List-Unsubscribe=One-Click"),
        weight(1, x -> ""),
        weight(2, Hostile::text),
        weight(1, x -> "t=" + x.string(BASE64URL, 64, 64)));
    return new UnsubscribeCase(where, method, token, flip, contentType, body);
  }

  @Test
  void anUnsubscribeIsRefusedWithNothingStoredUnlessItsTokenIsGenuine() {
    FuzzCases.check("unsubscribe", FuzzCases.CASES, UnsubscribeFuzzTest::cases, this::send);
  }

  private void send(UnsubscribeCase c) {
    String hash = key.addressHash("fuzz." + FuzzHub.fresh() + "@thu.example.vn");
    String token = c.token().replace(UnsubscribeCase.GENUINE, flipped(key.token(hash), c.flip()));
    long before = unsubscribed();
    String path = c.where().equals("file") ? PATH + "/" + Url.segment(token)
        : PATH + "?t=" + Url.segment(token);
    Map<String, String> headers = new HashMap<>();
    Answer answer = TALLY.answered(c.method().equals("GET") ? hub.http.get(path, headers)
        : hub.http.post(path, c.contentType(), JsonText.bytes(c.body()), headers), c);
    if (answer.refused() && unsubscribed() != before) {
      TALLY.storedWhenRefused(c, answer, "an unsubscribed address");
    }
    if (!c.where().equals("link")) {
      return;
    }
    boolean stored = hub.db.count("SELECT COUNT(*) FROM web_mail_unsubscribed"
        + " WHERE address_hash = ?", hash) == 1;
    // A 400 from the link itself; a URL too long for the server is refused before it (413/414).
    if (!c.genuine() && (!answer.refused() || unsubscribed() != before)) {
      throw new AssertionError("a token that is not genuine must be refused, storing nothing: "
          + c + " -> " + answer);
    }
    if (c.genuine() && c.method().equals("GET") && (answer.status() != 200 || stored)) {
      throw new AssertionError("a GET shows the page and changes nothing: " + c + " -> "
          + answer);
    }
    if (c.genuine() && c.method().equals("POST") && answer.accepted() != stored) {
      throw new AssertionError("a POST accepted unsubscribes, refused stores nothing: " + c
          + " -> " + answer + ", stored " + stored);
    }
  }

  /** The genuine token with one character changed (another of the alphabet), or as it is. */
  private static String flipped(String genuine, int at) {
    if (at < 0) {
      return genuine;
    }
    char c = genuine.charAt(at);
    char other = BASE64URL.charAt((BASE64URL.indexOf(c) + 1) % BASE64URL.length());
    return genuine.substring(0, at) + other + genuine.substring(at + 1);
  }

  private static long unsubscribed() {
    return hub.db.count("SELECT COUNT(*) FROM web_mail_unsubscribed");
  }
}

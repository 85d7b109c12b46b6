package vn.citizenhub.channel.hotline.sms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.TrackingCode;

/**
 * Makes a notice fit an SMS route: without diacritics on a GSM-7 route, in parts of at most 160
 * septets (70 characters on a Unicode route), each numbered "(1/2) " when there are several, at
 * most {@code maxParts} of them (a longer notice is shortened with "..."), and always with the
 * ticket's tracking code, so the citizen can follow it up whatever was cut. A notice with the
 * citizen's private feedback link is two parts: the notice, shortened to one part if need be, and
 * the link whole in a part of its own (a link cut between two texts cannot be opened).
 */
public final class SmsText {

  static final int GSM_PART = 160;
  static final int UNICODE_PART = 70;
  /** "(1/3) ": the part number on each part of a split notice (at most 9 parts). */
  static final int NUMBERING = 6;
  static final int MAX_PARTS_LIMIT = 9;
  /** What the private link is for, before it in its part. */
  static final String LINK_LABEL = "Đánh giá hoặc báo chưa khắc phục:";

  private SmsText() {}

  /** The parts of one notice, in order, ready for the gateway. */
  public record Parts(List<String> parts, boolean unicode) {
    public int count() {
      return parts.size();
    }
  }

  public static Parts compose(String notice, String trackingCode, boolean unicode,
      int maxParts) {
    String message = notice == null ? "" : notice;
    int cap = Math.max(1, Math.min(maxParts, MAX_PARTS_LIMIT));
    String code = trackingCode == null ? null : TrackingCode.parse(trackingCode)
        .map(TrackingCode::display).orElse(trackingCode);
    String text = clean(message, unicode);
    List<String> parts = split(text, unicode, cap);
    if (code != null && parts.stream().noneMatch(part -> containsCode(part, code))) {
      // Not in the notice, or cut off with its end: lead with it.
      parts = split(clean("Mã " + code + ": " + message, unicode), unicode, cap);
    }
    return new Parts(parts, unicode);
  }

  /**
   * A notice with the citizen's private feedback link: "(1/2) " the notice (the tracking code
   * kept, shortened with "..." to one part), "(2/2) " the label and the link, whole. On the
   * route's alphabet when the link's part fits it, else on GSM-7, which every route carries (a
   * Unicode part holds 70 characters, fewer than most links). A link that fits no part, or a
   * route allowed a single part, sends the notice as {@link #compose(String, String, boolean,
   * int)} does: the code is in it, and the tracking page by code still shows the outcome.
   *
   * @param feedbackLink {@code {public-url}/track?code=…#k=…}, or null
   */
  public static Parts compose(String notice, String trackingCode, String feedbackLink,
      boolean unicode, int maxParts) {
    if (feedbackLink == null || maxParts < 2 || !Gsm7.fold(feedbackLink).equals(feedbackLink)) {
      return compose(notice, trackingCode, unicode, maxParts);
    }
    int budget = (unicode ? UNICODE_PART : GSM_PART) - NUMBERING;
    boolean route = unicode;
    String linkPart = clean(LINK_LABEL, route) + " " + feedbackLink;
    if (length(linkPart, route) > budget) {
      route = false;
      budget = GSM_PART - NUMBERING;
      linkPart = clean(LINK_LABEL, route) + " " + feedbackLink;
      if (length(linkPart, route) > budget) {
        return compose(notice, trackingCode, unicode, maxParts);
      }
    }
    String message = notice == null ? "" : notice;
    String code = trackingCode == null ? null : TrackingCode.parse(trackingCode)
        .map(TrackingCode::display).orElse(trackingCode);
    String first = shorten(clean(message, route), route, budget);
    if (code != null && !containsCode(first, code)) {
      first = shorten(clean("Mã " + code + ": " + message, route), route, budget);
    }
    return new Parts(List.of("(1/2) " + first, "(2/2) " + linkPart), route);
  }

  private static String shorten(String text, boolean unicode, int budget) {
    if (length(text, unicode) <= budget) {
      return text;
    }
    String ellipsis = unicode ? "…" : "...";
    int room = budget - length(ellipsis, unicode);
    return text.substring(0, cut(text, room, unicode)).stripTrailing() + ellipsis;
  }

  private static boolean containsCode(String text, String display) {
    return text.contains(display) || text.contains(display.replace("-", ""));
  }

  private static String clean(String text, boolean unicode) {
    String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
    String route = unicode ? normal : Gsm7.fold(normal);
    return route.replaceAll("[\\s\\u00A0]+", " ").strip();
  }

  private static int length(CharSequence s, boolean unicode) {
    return unicode ? s.length() : Gsm7.septets(s);
  }

  /** Greedy, at word boundaries; the last allowed part ends in an ellipsis if text remains. */
  static List<String> split(String text, boolean unicode, int cap) {
    int whole = unicode ? UNICODE_PART : GSM_PART;
    if (length(text, unicode) <= whole) {
      return List.of(text);
    }
    int budget = whole - NUMBERING;
    String ellipsis = unicode ? "…" : "...";
    List<String> bodies = new ArrayList<>();
    String rest = text;
    while (!rest.isEmpty() && bodies.size() < cap) {
      boolean last = bodies.size() == cap - 1;
      if (length(rest, unicode) <= budget) {
        bodies.add(rest);
        rest = "";
      } else if (last) {
        int room = budget - length(ellipsis, unicode);
        bodies.add(rest.substring(0, cut(rest, room, unicode)).stripTrailing() + ellipsis);
        rest = "";
      } else {
        int end = cut(rest, budget, unicode);
        bodies.add(rest.substring(0, end).stripTrailing());
        rest = rest.substring(end).stripLeading();
      }
    }
    List<String> parts = new ArrayList<>(bodies.size());
    for (int i = 0; i < bodies.size(); i++) {
      parts.add("(" + (i + 1) + "/" + bodies.size() + ") " + bodies.get(i));
    }
    return List.copyOf(parts);
  }

  /** Where to end a part of at most {@code room}: after the last space that fits, if any. */
  private static int cut(String text, int room, boolean unicode) {
    int end = 0;
    int used = 0;
    while (end < text.length()) {
      int next = length(text.substring(end, end + 1), unicode);
      if (used + next > room) {
        break;
      }
      used += next;
      end++;
    }
    if (end < text.length() && unicode && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    int space = text.lastIndexOf(' ', end);
    return end < text.length() && space > room / 2 ? space : Math.max(end, 1);
  }
}

package vn.citizenhub.core.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.citizenhub.core.knowledge.Masker.Kind;
import vn.citizenhub.core.knowledge.PublicationView.MaskedCount;

/**
 * What the masking of a draft hid, kept in published_answer.masked_kinds as "PHONE:1,NAME:2":
 * kinds and counts only, so the lead knows what to look for without the values being kept.
 */
final class MaskedKinds {

  private MaskedKinds() {}

  static Map<Kind, Integer> parse(String stored) {
    Map<Kind, Integer> counts = new LinkedHashMap<>();
    if (stored == null || stored.isBlank()) {
      return counts;
    }
    for (String part : stored.split(",")) {
      String[] kv = part.split(":");
      counts.merge(Kind.valueOf(kv[0]), Integer.parseInt(kv[1]), Integer::sum);
    }
    return counts;
  }

  static String format(Map<Kind, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      if (counts.containsKey(kind)) {
        parts.add(kind.name() + ":" + counts.get(kind));
      }
    }
    return parts.isEmpty() ? null : String.join(",", parts);
  }

  static Map<Kind, Integer> plus(Map<Kind, Integer> a, Map<Kind, Integer> b) {
    Map<Kind, Integer> sum = new LinkedHashMap<>(a);
    b.forEach((k, v) -> sum.merge(k, v, Integer::sum));
    return sum;
  }

  static List<MaskedCount> view(Map<Kind, Integer> counts) {
    List<MaskedCount> out = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Integer n = counts.get(kind);
      if (n != null) {
        out.add(new MaskedCount(kind.name(), n, labelVi(kind), labelEn(kind)));
      }
    }
    return out;
  }

  private static String labelVi(Kind kind) {
    return switch (kind) {
      case NAME -> "Họ tên";
      case PHONE -> "Số điện thoại";
      case EMAIL -> "Thư điện tử";
      case PLATE -> "Biển số xe";
      case HOUSE_NUMBER -> "Số nhà, số hẻm";
    };
  }

  private static String labelEn(Kind kind) {
    return switch (kind) {
      case NAME -> "Names";
      case PHONE -> "Phone numbers";
      case EMAIL -> "E-mail addresses";
      case PLATE -> "Vehicle plates";
      case HOUSE_NUMBER -> "House and alley numbers";
    };
  }
}

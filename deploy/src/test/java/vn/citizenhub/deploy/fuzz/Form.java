package vn.citizenhub.deploy.fuzz;

import static vn.citizenhub.deploy.fuzz.FuzzRandom.weight;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.citizenhub.deploy.fuzz.FuzzRandom.Gen;

/**
 * A JSON object as a client fills it in, then spoiled in a few places: a field's value made
 * hostile (a string with something nasty, a number that does not fit, a wrong type), the field
 * removed, or its key given twice. Mostly one or two spoils per case, sometimes none: an input
 * with everything wrong is refused for its first fault and tests little else.
 */
final class Form {

  /**
   * A field: its name, the values an honest client sends, whether it may be left out, and
   * whether a number goes there (then it is spoiled with numbers more often).
   */
  record Field(String name, Gen<String> ordinary, boolean optional, boolean numeric) {}

  private record Spoil(int field, Kind kind, String value) {}

  private enum Kind { REPLACE, REMOVE, DUPLICATE }

  private Form() {}

  static Field required(String name, Gen<String> ordinary) {
    return new Field(name, ordinary, false, false);
  }

  static Field optional(String name, Gen<String> ordinary) {
    return new Field(name, ordinary, true, false);
  }

  static Field number(String name, Gen<String> ordinary, boolean optional) {
    return new Field(name, ordinary, optional, true);
  }

  static Gen<String> object(List<Field> fields) {
    return r -> {
      List<String> v = fields.stream().map(f -> f.ordinary().apply(r)).toList();
      List<Boolean> p = r.list(fields.size(), x -> x.frequency(weight(3, y -> true),
          weight(1, y -> false)));
      int howMany = r.frequency(weight(25, x -> 0), weight(45, x -> 1), weight(20, x -> 2),
          weight(10, x -> 3));
      List<Spoil> s = r.list(howMany, x -> spoil(x, fields));
      List<Map.Entry<String, String>> entries = new ArrayList<>();
      for (int i = 0; i < fields.size(); i++) {
        String value = v.get(i);
        boolean keep = !fields.get(i).optional() || p.get(i);
        for (Spoil spoil : s) {
          if (spoil.field() == i) {
            keep = spoil.kind() != Kind.REMOVE;
            value = spoil.kind() == Kind.REPLACE ? spoil.value() : value;
          }
        }
        if (keep) {
          entries.add(Map.entry(fields.get(i).name(), value));
        }
        for (Spoil spoil : s) {
          if (spoil.field() == i && spoil.kind() == Kind.DUPLICATE) {
            entries.add(Map.entry(fields.get(i).name(), spoil.value()));
          }
        }
      }
      return JsonText.object(entries);
    };
  }

  private static Spoil spoil(FuzzRandom r, List<Field> fields) {
    int i = r.between(0, fields.size() - 1);
    Kind kind = r.frequency(weight(8, x -> Kind.REPLACE), weight(2, x -> Kind.REMOVE),
        weight(1, x -> Kind.DUPLICATE));
    String value = fields.get(i).numeric()
        ? r.frequency(weight(7, Hostile::number), weight(2, Hostile::stringValue),
            weight(1, Hostile::wrongValue))
        : r.frequency(weight(6, Hostile::stringValue), weight(3, Hostile::number),
            weight(1, Hostile::wrongValue));
    return new Spoil(i, kind, value);
  }
}

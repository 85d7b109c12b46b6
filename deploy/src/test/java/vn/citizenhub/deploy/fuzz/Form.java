package vn.citizenhub.deploy.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

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
  record Field(String name, Arbitrary<String> ordinary, boolean optional, boolean numeric) {}

  private record Spoil(int field, Kind kind, String value) {}

  private enum Kind { REPLACE, REMOVE, DUPLICATE }

  private Form() {}

  static Field required(String name, Arbitrary<String> ordinary) {
    return new Field(name, ordinary, false, false);
  }

  static Field optional(String name, Arbitrary<String> ordinary) {
    return new Field(name, ordinary, true, false);
  }

  static Field number(String name, Arbitrary<String> ordinary, boolean optional) {
    return new Field(name, ordinary, optional, true);
  }

  static Arbitrary<String> object(List<Field> fields) {
    Arbitrary<List<String>> values = Combinators.combine(fields.stream()
        .map(Field::ordinary).toList()).as(List::copyOf);
    Arbitrary<List<Boolean>> present = Arbitraries.frequency(Tuple.of(3, true),
        Tuple.of(1, false)).list().ofSize(fields.size());
    Arbitrary<Integer> howMany = Arbitraries.frequency(Tuple.of(25, 0), Tuple.of(45, 1),
        Tuple.of(20, 2), Tuple.of(10, 3));
    Arbitrary<List<Spoil>> spoils = howMany.flatMap(n -> spoil(fields).list().ofSize(n));
    return Combinators.combine(values, present, spoils).as((v, p, s) -> {
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
    });
  }

  private static Arbitrary<Spoil> spoil(List<Field> fields) {
    Arbitrary<String> text = Arbitraries.frequencyOf(
        Tuple.of(6, Hostile.stringValue()),
        Tuple.of(3, Hostile.number()),
        Tuple.of(1, Hostile.wrongValue()));
    Arbitrary<String> number = Arbitraries.frequencyOf(
        Tuple.of(7, Hostile.number()),
        Tuple.of(2, Hostile.stringValue()),
        Tuple.of(1, Hostile.wrongValue()));
    return Arbitraries.integers().between(0, fields.size() - 1).flatMap(i -> Combinators.combine(
        Arbitraries.frequency(Tuple.of(8, Kind.REPLACE), Tuple.of(2, Kind.REMOVE),
            Tuple.of(1, Kind.DUPLICATE)), fields.get(i).numeric() ? number : text)
        .as((kind, value) -> new Spoil(i, kind, value)));
  }
}

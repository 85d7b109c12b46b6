package vn.citizenhub.core.routing;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import vn.citizenhub.contract.text.Diacritics;

/**
 * Finds the commune of a report: the code the citizen picked, else a commune named in the address
 * they wrote ("... phường Tân An" or "phuong tan an"). Names written with their diacritics are
 * matched first, since two communes can differ only by them (Xã Tân Thạnh, Xã Tân Thành); then
 * names without. Longest name first, so that a name is not mistaken for a shorter one it contains.
 */
public final class CommuneResolver {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Comparator<Map.Entry<String, String>> LONGEST_FIRST =
      Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed()
          .thenComparing(Map.Entry::getKey);

  private final Map<String, String> namesByCode;
  private final List<Map.Entry<String, String>> exactNames;
  private final List<Map.Entry<String, String>> foldedNames;

  /** @param namesByCode commune names by code, as in the reference table */
  public CommuneResolver(Map<String, String> namesByCode) {
    this.namesByCode = Map.copyOf(namesByCode);
    this.exactNames = byLength(namesByCode, CommuneResolver::lowerCase);
    this.foldedNames = byLength(namesByCode, Diacritics::fold);
  }

  private static List<Map.Entry<String, String>> byLength(
      Map<String, String> names, UnaryOperator<String> form) {
    return names.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), form.apply(e.getValue())))
        .sorted(LONGEST_FIRST)
        .toList();
  }

  public Optional<String> resolve(String communeCode, String address) {
    if (communeCode != null && namesByCode.containsKey(communeCode)) {
      return Optional.of(communeCode);
    }
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    String plain = address.replaceAll("[,.;]", " ");
    return find(exactNames, lowerCase(plain)).or(() -> find(foldedNames, Diacritics.fold(plain)));
  }

  private static Optional<String> find(List<Map.Entry<String, String>> names, String address) {
    String padded = " " + address + " ";
    return names.stream()
        .filter(e -> padded.contains(" " + e.getValue() + " "))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private static String lowerCase(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(VIETNAMESE)
        .replaceAll("[\\s\\u00a0]+", " ").strip();
  }
}

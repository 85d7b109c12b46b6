package vn.citizenhub.core.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.citizenhub.contract.text.Diacritics;

/**
 * Finds the commune of a report: the code the citizen picked, else a commune named in the address
 * they wrote ("... phường Tân An" or "phuong tan an"), longest name first so that "Xã Tân Thạnh"
 * is not mistaken for a shorter name it contains.
 */
public final class CommuneResolver {

  private final Map<String, String> namesByCode;
  private final List<Map.Entry<String, String>> foldedNames;

  /** @param namesByCode commune names by code, as in the reference table */
  public CommuneResolver(Map<String, String> namesByCode) {
    this.namesByCode = Map.copyOf(namesByCode);
    this.foldedNames = namesByCode.entrySet().stream()
        .map(e -> Map.entry(e.getKey(), Diacritics.fold(e.getValue())))
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length())
            .reversed())
        .toList();
  }

  public Optional<String> resolve(String communeCode, String address) {
    if (communeCode != null && namesByCode.containsKey(communeCode)) {
      return Optional.of(communeCode);
    }
    if (address == null || address.isBlank()) {
      return Optional.empty();
    }
    String folded = " " + Diacritics.fold(address.replaceAll("[,.;]", " ")) + " ";
    return foldedNames.stream()
        .filter(e -> folded.contains(" " + e.getValue() + " "))
        .map(Map.Entry::getKey)
        .findFirst();
  }
}

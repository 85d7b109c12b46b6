package vn.citizenhub.contract.intake;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** Where the matter is: a commune code, a point, or an address as the citizen wrote it. */
public record Location(String communeCode, Double latitude, Double longitude, String address) {

  public boolean hasPoint() {
    return latitude != null && longitude != null;
  }

  @JsonIgnore // derived, not part of the wire format
  public boolean isEmpty() {
    return isBlank(communeCode) && !hasPoint() && isBlank(address);
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}

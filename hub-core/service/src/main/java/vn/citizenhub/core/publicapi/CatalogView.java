package vn.citizenhub.core.publicapi;

import java.time.LocalDate;
import java.util.List;

/**
 * The public catalog: what citizens can report, where, who answers, and through which channels
 * (their labels come from each channel's definition, so the console and the portal need no list
 * of their own).
 */
public record CatalogView(List<Category> categories, List<Commune> communes, List<Agency> agencies,
    List<ChannelLabel> channels) {

  /** A channel as citizens and staff name it; {@code code} is the JSON name in every envelope. */
  public record ChannelLabel(String code, String name, String nameEn, boolean deliversNotices) {}

  /** {@code name}/{@code nameEn}: the kind of item the clock is for; extension: at most, once. */
  public record Clock(String code, String dayType, int firstResponseDays, int resolutionDays,
      String legalBasis, String name, String nameEn, int extensionDays) {}

  /** {@code guidance}/{@code guidanceEn}: what a report of it should say; null where none. */
  public record Category(String code, String name, String nameEn, String kind, Clock clock,
      String guidance, String guidanceEn) {}

  public record Commune(String code, String name, String kind) {}

  /**
   * An agency's published focal point, hours and rules (Decree 42/2022): {@code rulesUpdatedOn}
   * is the date (YYYY-MM-DD) its rules last changed. Never a staff member's name.
   */
  public record Agency(String code, String name, String nameEn, String level, String communeCode,
      String focalPoint, String focalPointEn, String contactPhone, String contactEmail,
      String address, String infoRulesUrl, String addressEn, String hours, String hoursEn,
      String rules, String rulesEn, LocalDate rulesUpdatedOn) {}
}

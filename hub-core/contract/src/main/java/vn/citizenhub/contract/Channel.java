package vn.citizenhub.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The media through which citizens reach the hub. Each constant is its channel's whole definition:
 * the symbol its tracking codes start with, the prefix of its citizens' identities, what citizens
 * and staff call it, whether it can deliver notices and the public paths its module serves.
 * Nothing outside this file switches over channels; hub-core reads these fields even when it runs
 * alone, without the channel modules on its class path (see docs/adr/0005-channel-definitions.md).
 *
 * <p>Adding a channel: one constant here, one module that serves it, one subclass of the channel
 * contract test in hub-core/test-support. The JSON names ({@code "channel": "WEB"}) are the
 * constants' names and never change.
 */
public enum Channel {
  WEB('W', "web", "Cổng thông tin điện tử", "the web portal", NoticeDelivery.IN_ITS_MEDIUM,
      List.of("/api/web/", "/portal/"), List.of("/", "/report")),
  ZALO('Z', "zalo", "Zalo OA của tỉnh", "the province's Zalo OA", NoticeDelivery.IN_ITS_MEDIUM,
      List.of("/zalo/"), List.of()),
  HOTLINE('H', "phone", "Đường dây nóng 1022", "the 1022 hotline", NoticeDelivery.BY_SMS,
      List.of("/hotline"), List.of()),
  APP('A', "app", "ứng dụng đô thị thông minh", "the smart-city app",
      NoticeDelivery.IN_ITS_MEDIUM, List.of("/api/app/"), List.of()),
  /** GeoReport v2 clients poll for what became of their requests: no notice reaches them. */
  OPEN311('G', "open311", "ứng dụng kết nối theo chuẩn Open311", "an Open311 application",
      NoticeDelivery.NONE, List.of("/open311/"), List.of());

  /** How a channel tells its citizens what became of their reports. */
  public enum NoticeDelivery {
    /** It cannot: hub-core hands its notices back at once (SMS when a phone is known). */
    NONE,
    /** In its own medium (a Zalo message, a push, an e-mail). */
    IN_ITS_MEDIUM,
    /** By SMS: the channel every other one hands a notice back to. */
    BY_SMS
  }

  private final char symbol;
  private final String identityPrefix;
  private final String labelVi;
  private final String labelEn;
  private final NoticeDelivery noticeDelivery;
  private final List<String> publicPathPrefixes;
  private final List<String> publicPages;

  Channel(char symbol, String identityPrefix, String labelVi, String labelEn,
      NoticeDelivery noticeDelivery, List<String> publicPathPrefixes, List<String> publicPages) {
    this.symbol = symbol;
    this.identityPrefix = identityPrefix;
    this.labelVi = labelVi;
    this.labelEn = labelEn;
    this.noticeDelivery = noticeDelivery;
    this.publicPathPrefixes = publicPathPrefixes;
    this.publicPages = publicPages;
  }

  /** A citizen identity on this channel, e.g. {@code zalo:<uid>} or {@code phone:+84…}. */
  public String identity(String externalId) {
    return identityPrefix + ":" + externalId;
  }

  /** The part of an identity before the colon: {@code zalo}, {@code phone}, {@code web}. */
  public String identityPrefix() {
    return identityPrefix;
  }

  /** The first symbol of this channel's tracking codes (from the tracking code's alphabet). */
  public char symbol() {
    return symbol;
  }

  /** What citizens and staff call it, in Vietnamese: "Zalo OA của tỉnh". */
  public String labelVi() {
    return labelVi;
  }

  /** What citizens and staff call it, in English: "the province's Zalo OA". */
  public String labelEn() {
    return labelEn;
  }

  public NoticeDelivery noticeDelivery() {
    return noticeDelivery;
  }

  /** False for a channel whose citizens cannot be told anything on it (Open311 clients poll). */
  public boolean deliversNotices() {
    return noticeDelivery != NoticeDelivery.NONE;
  }

  /** Path prefixes its module serves to citizens or outside systems without staff sign-in. */
  public List<String> publicPathPrefixes() {
    return publicPathPrefixes;
  }

  /** Whole public paths (where a prefix would open everything, as "/" would). */
  public List<String> publicPages() {
    return publicPages;
  }

  /**
   * The channel a notice is handed back to when its own channel cannot deliver it: the one that
   * sends SMS. Empty in a build without one; a notice then ends as a note on the ticket's timeline.
   */
  public static Optional<Channel> handBackChannel() {
    return Arrays.stream(values())
        .filter(c -> c.noticeDelivery == NoticeDelivery.BY_SMS).findFirst();
  }

  /** The channel whose tracking codes start with this symbol. */
  public static Optional<Channel> bySymbol(char symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol == symbol).findFirst();
  }
}

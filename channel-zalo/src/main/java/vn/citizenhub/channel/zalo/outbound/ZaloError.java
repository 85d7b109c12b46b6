package vn.citizenhub.channel.zalo.outbound;

/**
 * What an error code of the OA API means for the sender (the reference table of Zalo's codes).
 * Zalo answers errors with HTTP 200 and a non-zero {@code error}, so every answer is classified.
 */
public enum ZaloError {
  NONE,
  /** -216, -220: the access token is invalid or expired: refresh once, retry once. */
  TOKEN,
  /** -230, -232: outside the 7-day interaction window: no retry, fall back. */
  OUTSIDE_WINDOW,
  /** -213 (not a follower), -227 (banned, inactive), -201, -244, -248: permanent. */
  PERMANENT,
  /** -32: the app's rate limit: back off and retry. */
  RATE_LIMITED,
  /** -211, -218: out of quota: defer and alert. */
  QUOTA,
  /** -209, -212, -221, -224: the app or OA is not set up for this API: alert. */
  CONFIGURATION,
  /** Anything else: treated as passing trouble. */
  UNKNOWN;

  public static ZaloError of(int code) {
    return switch (code) {
      case 0 -> NONE;
      case -216, -220 -> TOKEN;
      case -230, -232 -> OUTSIDE_WINDOW;
      case -213, -227, -201, -244, -248 -> PERMANENT;
      case -32 -> RATE_LIMITED;
      case -211, -218 -> QUOTA;
      case -209, -212, -221, -224 -> CONFIGURATION;
      default -> UNKNOWN;
    };
  }

  /** Why, in Vietnamese, for the ticket's timeline (no personal data). */
  public static String reasonVi(int code) {
    return switch (code) {
      case -213 -> "người dân không còn quan tâm (theo dõi) Zalo OA";
      case -227 -> "tài khoản Zalo của người dân bị khóa hoặc không hoạt động quá 45 ngày";
      case -230, -232 -> "đã quá 7 ngày kể từ lần tương tác cuối của người dân với Zalo OA";
      case -244 -> "người dân đã chặn loại tin nhắn này";
      case -248 -> "nội dung tin nhắn bị Zalo từ chối";
      case -201 -> "Zalo từ chối tham số của tin nhắn";
      default -> "Zalo trả lỗi " + code;
    };
  }

  public static String reasonEn(int code) {
    return switch (code) {
      case -213 -> "the citizen no longer follows the Zalo OA";
      case -227 -> "the citizen's Zalo account is banned or inactive for over 45 days";
      case -230, -232 -> "more than 7 days since the citizen last interacted with the OA";
      case -244 -> "the citizen restricted this type of message";
      case -248 -> "Zalo refused the message content";
      case -201 -> "Zalo refused a parameter of the message";
      default -> "Zalo answered error " + code;
    };
  }
}

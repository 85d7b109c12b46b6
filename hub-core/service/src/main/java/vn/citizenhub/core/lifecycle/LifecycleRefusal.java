package vn.citizenhub.core.lifecycle;

/** An action the lifecycle refuses, with why in Vietnamese and English. */
public class LifecycleRefusal extends RuntimeException {

  /** How the refusal maps to HTTP: 409, 403 or 400. */
  public enum Kind { ILLEGAL_TRANSITION, NOT_ALLOWED, INVALID }

  private final Kind kind;
  private final String code;
  private final String reasonVi;
  private final String reasonEn;

  public LifecycleRefusal(Kind kind, String code, String reasonVi, String reasonEn) {
    super(code + ": " + reasonEn);
    this.kind = kind;
    this.code = code;
    this.reasonVi = reasonVi;
    this.reasonEn = reasonEn;
  }

  static LifecycleRefusal illegal(String action, TicketState t) {
    return new LifecycleRefusal(Kind.ILLEGAL_TRANSITION, "ILLEGAL_TRANSITION",
        "Không thể thực hiện \"" + action + "\" khi phiếu ở trạng thái \"" + t.status.labelVi()
            + "\".",
        "Cannot " + action + " a ticket whose status is " + t.status.name() + ".");
  }

  static LifecycleRefusal notAllowed(String action) {
    return new LifecycleRefusal(Kind.NOT_ALLOWED, "ROLE_NOT_ALLOWED",
        "Vai trò của bạn không được thực hiện \"" + action + "\".",
        "Your role may not " + action + ".");
  }

  static LifecycleRefusal invalid(String code, String reasonVi, String reasonEn) {
    return new LifecycleRefusal(Kind.INVALID, code, reasonVi, reasonEn);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String reasonVi() {
    return reasonVi;
  }

  public String reasonEn() {
    return reasonEn;
  }
}

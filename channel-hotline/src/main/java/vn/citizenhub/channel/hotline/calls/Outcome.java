package vn.citizenhub.channel.hotline.calls;

/** How a call ended, as the supervisor's figures count it. */
public enum Outcome {
  NEW_TICKET("Phiếu mới", true),
  FOLLOW_UP("Bổ sung vào phiếu đã có", true),
  /** First-contact resolution: answered there and then, kept as a resolved ticket. */
  ANSWERED_ON_THE_SPOT("Trả lời ngay", true),
  WRONG_NUMBER("Gọi nhầm số", false),
  NUISANCE("Cuộc gọi quấy rối", false),
  /** Rang and ended unanswered: set by the phone system's events, never by an operator. */
  MISSED("Cuộc gọi nhỡ", false);

  private final String labelVi;
  private final boolean genuine;

  Outcome(String labelVi, boolean genuine) {
    this.labelVi = labelVi;
    this.genuine = genuine;
  }

  public String labelVi() {
    return labelVi;
  }

  /** A call with a real matter: what the share answered on the spot is a share of. */
  public boolean genuine() {
    return genuine;
  }
}

package vn.citizenhub.contract;

/** What a citizen brings to the hub; each kind runs on its own legal clock. */
public enum ItemKind {
  /** Phản ánh. */
  REPORT,
  /** Kiến nghị, góp ý. */
  SUGGESTION,
  /** Hỏi đáp. */
  QUESTION,
  /** Yêu cầu cung cấp thông tin (Law on Access to Information). */
  INFORMATION_REQUEST,
  /** Khiếu nại (Law on Complaints): a separate legal track. */
  COMPLAINT
}

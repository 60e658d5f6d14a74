package vn.danhgia.evaluation.report;

/** The kind of a piece of work in an explanation. */
public enum WorkKind {
  /** An annual task. */
  ANNUAL,
  /** A breakthrough task. */
  BREAKTHROUGH,
  /** Ordered work (việc được đặt hàng). */
  ORDER
}

package vn.danhgia.evaluation.model;

/** What an {@link Excuse} cancels (lý do khách quan được chấp thuận). */
public enum ExcuseKind {
  /** Cancels one quality failure of the product ({@link Product#qualityFailures()}). */
  QUALITY,
  /** Cancels one delay of the product ({@link Product#delays()}). */
  DELAY
}

package vn.danhgia.evaluation.report;

/** Whether a cadre could be rated. */
public enum ResultStatus {
  /** The cadre has a score and a rating. */
  RATED,
  /**
   * The cadre could not be rated (chưa đủ căn cứ đánh giá): no deciding assessment or no counted
   * annual task. The result has no score, components or rating; its reasons say why.
   */
  INCOMPLETE
}

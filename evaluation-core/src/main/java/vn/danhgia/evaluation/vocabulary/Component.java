package vn.danhgia.evaluation.vocabulary;

/** The components of a score, as named in the report's {@code components}. */
public enum Component {
  /** The general criteria (tiêu chí chung). */
  GENERAL,
  /** The annual tasks (chỉ tiêu, nhiệm vụ năm). */
  ANNUAL,
  /** The breakthrough tasks (việc đột phá). */
  BREAKTHROUGH,
  /** The ordered work (việc được đặt hàng). */
  ORDERS
}

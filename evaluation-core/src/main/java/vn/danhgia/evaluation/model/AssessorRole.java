package vn.danhgia.evaluation.model;

/** Who made an assessment (chủ thể đánh giá). */
public enum AssessorRole {
  /** The cadre's own assessment (tự đánh giá); it never decides the rating. */
  SELF,
  /** The collective's assessment (tập thể đánh giá); decides when there is no superior one. */
  COLLECTIVE,
  /** The superior's assessment (cấp trên đánh giá); decides when present. */
  SUPERIOR
}

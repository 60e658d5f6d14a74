package vn.danhgia.evaluation.model;

/** The kind of a registered task (loại nhiệm vụ). */
public enum TaskKind {
  /** An annual target or task (chỉ tiêu, nhiệm vụ năm). */
  ANNUAL,
  /** A breakthrough or innovation task (việc đột phá, đổi mới) registered by the cadre. */
  BREAKTHROUGH
}

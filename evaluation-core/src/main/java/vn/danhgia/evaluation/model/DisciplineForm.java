package vn.danhgia.evaluation.model;

/** The form of a disciplinary measure (hình thức kỷ luật), from the lightest to the heaviest. */
public enum DisciplineForm {
  /** Khiển trách. */
  REPRIMAND,
  /** Cảnh cáo. */
  WARNING,
  /** Hạ bậc lương or giáng chức. */
  DEMOTION,
  /** Cách chức. */
  REMOVAL,
  /** Buộc thôi việc. */
  DISMISSAL,
  /** Khai trừ (from the party). */
  EXPULSION
}

package vn.danhgia.evaluation.report;

/** What a task or an order came to at the period's end. */
public enum WorkStatus {
  /** Due after the period's end and not completed: left out of every count. */
  IN_PROGRESS,
  /** Every product met and none late: credit 1. */
  COMPLETED_ON_TIME,
  /** Every product met, at least one late: the late credit. */
  COMPLETED_LATE,
  /** Not completed (for an order: failed): credit 0. */
  NOT_COMPLETED,
  /** A breakthrough task the standing committee has not approved: ignored. */
  NOT_APPROVED
}

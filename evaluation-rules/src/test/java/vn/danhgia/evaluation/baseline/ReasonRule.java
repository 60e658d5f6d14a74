package vn.danhgia.evaluation.baseline;

/**
 * The reasons of the shipped {@code leaders} rule set that this baseline gives, by code: the
 * baseline's own implementation of the criteria decides when each is given. Everything else about a
 * reason (its rule's name, its phase, its messages) is read from the rule set's metadata by {@link
 * Criteria}, so a reworded message or a renamed rule needs no change here.
 */
enum ReasonRule {
  BREAKTHROUGH_NOT_APPROVED,
  NO_DECIDING_ASSESSMENT,
  NO_ANNUAL_TASKS,
  EXCELLENT_CONDITIONS_NOT_MET,
  GOOD_CONDITIONS_NOT_MET,
  CAP_BREAKTHROUGH_NOT_REGISTERED,
  CAP_ORDER_FAILED,
  VETO_DISCIPLINE,
  DISCIPLINE_SELF_REMEDIED,
  VETO_TASK_COMPLETION,
  VETO_BASIC_TARGET_MISSED,
  VETO_UNITS_NOT_COMPLETED,
  VETO_LOW_CONFIDENCE,
  DEMOTED_BY_QUOTA,
  QUOTA_TIE,
  TOO_FEW_REVIEWS,
  VETO_UNIT_CORRUPTION
}

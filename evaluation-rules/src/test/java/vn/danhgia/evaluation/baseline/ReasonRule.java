package vn.danhgia.evaluation.baseline;

/**
 * The rules of the shipped {@code leaders} rule set that give a reason: the reason code, the rule's
 * name (as in the DRL file), its agenda group (phase) and its message templates ({@code @vi},
 * {@code @en}). Copied by hand from the rule files; {@code BaselineEquivalenceTest} fails when they
 * drift apart.
 */
enum ReasonRule {
  BREAKTHROUGH_NOT_APPROVED("An unapproved breakthrough task is ignored", "work-items",
      "Việc đột phá {subject} chưa được Ban Thường vụ phê duyệt nên không được tính",
      "Breakthrough task {subject} is not approved by the standing committee and does not count"),
  NO_DECIDING_ASSESSMENT("Without a deciding assessment the cadre is not rated", "score",
      "Không có đánh giá của cấp trên hoặc của tập thể nên chưa xếp loại",
      "No superior or collective assessment, so the cadre is not rated"),
  NO_ANNUAL_TASKS("Without a counted annual task the cadre is not rated", "score",
      "Không có nhiệm vụ năm nào được tính nên chưa xếp loại",
      "No annual task counts, so the cadre is not rated"),
  EXCELLENT_CONDITIONS_NOT_MET("A score for excellent without its conditions goes on to good", "level",
      "Đạt điểm xuất sắc nhưng chưa đủ điều kiện: mọi nhiệm vụ năm đúng hạn, ít nhất"
          + " {excellent.minExceededPercent}% vượt chỉ tiêu, mọi việc đột phá hoàn thành, đơn vị phụ trách đạt yêu cầu",
      "The score reaches excellent but the conditions are not all met: every annual task on time, at least"
          + " {excellent.minExceededPercent}% exceeded, every breakthrough task completed, the units led rated well"
          + " enough"),
  GOOD_CONDITIONS_NOT_MET("A score for good without every annual task on time goes on to completed", "level",
      "Đạt điểm tốt nhưng có nhiệm vụ năm không hoàn thành hoặc hoàn thành chậm",
      "The score reaches good but an annual task was not completed, or not on time"),
  CAP_BREAKTHROUGH_NOT_REGISTERED(
      "No breakthrough task registered where the position requires one caps the rating", "caps",
      "Chức danh phải đăng ký việc đột phá nhưng không có việc đột phá nào được phê duyệt",
      "The position requires a breakthrough task but none is approved"),
  CAP_ORDER_FAILED("A failed order caps the rating", "caps",
      "Có việc được Ban Thường vụ đặt hàng không hoàn thành",
      "Work ordered by the standing committee was not completed"),
  VETO_DISCIPLINE("A discipline within the period vetoes", "vetoes",
      "Bị kỷ luật trong kỳ đánh giá",
      "Disciplined within the evaluation period"),
  DISCIPLINE_SELF_REMEDIED("A self-remedied discipline does not veto", "vetoes",
      "Bị kỷ luật trong kỳ nhưng đã chủ động khắc phục hậu quả nên không bị phủ quyết",
      "Disciplined within the period but remedied the consequences on their own initiative, so no veto"),
  VETO_TASK_COMPLETION("Too few annual tasks completed vetoes", "vetoes",
      "Hoàn thành dưới {veto.minAnnualCompletedPercent}% nhiệm vụ năm",
      "Fewer than {veto.minAnnualCompletedPercent}% of the annual tasks were completed"),
  VETO_BASIC_TARGET_MISSED("A basic target missed vetoes", "vetoes",
      "Chỉ tiêu cơ bản {subject} không hoàn thành",
      "Basic target {subject} was not completed"),
  VETO_UNITS_NOT_COMPLETED("Too many of the units led not completed vetoes", "vetoes",
      "Hơn {veto.maxUnitsNotCompletedPercent}% đơn vị phụ trách không hoàn thành nhiệm vụ",
      "More than {veto.maxUnitsNotCompletedPercent}% of the units led did not complete their tasks"),
  VETO_LOW_CONFIDENCE("Low confidence from more than half of the voters vetoes", "vetoes",
      "Số phiếu tín nhiệm thấp trong lần lấy phiếu gần nhất vượt quá {vote.vetoAbove} tổng số phiếu",
      "Low confidence from more than {vote.vetoAbove} of the voters in the latest vote"),
  DEMOTED_BY_QUOTA("Excellent ratings past the group's allowance become good", "quota",
      "Vượt tỷ lệ xuất sắc của nhóm chức danh nên xếp loại hoàn thành tốt nhiệm vụ",
      "Past the peer group's quota of excellent ratings, so rated good"),
  QUOTA_TIE("Excellent ratings tied across the allowance's edge all become good", "quota",
      "Bằng điểm và tỷ lệ vượt chỉ tiêu với người khác ở ngưỡng tỷ lệ xuất sắc; Ban Thường vụ xem xét",
      "Tied on score and share exceeded with others at the edge of the quota; the committee decides");

  /** The DRL rule's name, as reports carry it. */
  final String rule;
  /** The rule's agenda group. */
  final String phase;
  /** The Vietnamese message, placeholders unfilled. */
  final String vi;
  /** The English message, placeholders unfilled. */
  final String en;

  ReasonRule(String rule, String phase, String vi, String en) {
    this.rule = rule;
    this.phase = phase;
    this.vi = vi;
    this.en = en;
  }
}

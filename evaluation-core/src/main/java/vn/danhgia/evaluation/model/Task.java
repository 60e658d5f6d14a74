package vn.danhgia.evaluation.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task (nhiệm vụ) registered by a cadre: an annual task or a breakthrough task.
 *
 * @param id the task's identifier, unique among tasks
 * @param cadre the id of the cadre responsible
 * @param kind annual (chỉ tiêu năm) or breakthrough (việc đột phá)
 * @param title what the task is
 * @param deadline the day by which its products are due; a task due after the period's end that is
 *     not completed is in progress
 * @param basicTarget whether the task is a basic target (chỉ tiêu cơ bản) whose miss vetoes an
 *     excellent or good rating where the rule set says so
 * @param approved for a breakthrough task, whether the standing committee approved it (được phê
 *     duyệt); an unapproved breakthrough task is ignored
 */
public record Task(
    String id,
    String cadre,
    TaskKind kind,
    String title,
    LocalDate deadline,
    boolean basicTarget,
    boolean approved) {
  /**
   * Checks the required components.
   *
   * @param id the task's identifier, unique among tasks
   * @param cadre the id of the cadre responsible
   * @param kind annual (chỉ tiêu năm) or breakthrough (việc đột phá)
   * @param title what the task is
   * @param deadline the day by which its products are due; a task due after the period's end that
   *     is not completed is in progress
   * @param basicTarget whether the task is a basic target (chỉ tiêu cơ bản) whose miss vetoes an
   *     excellent or good rating where the rule set says so
   * @param approved for a breakthrough task, whether the standing committee approved it (được phê
   *     duyệt); an unapproved breakthrough task is ignored
   */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(deadline, "deadline");
  }
}

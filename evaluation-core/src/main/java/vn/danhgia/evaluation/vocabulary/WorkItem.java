package vn.danhgia.evaluation.vocabulary;

import java.time.LocalDate;
import vn.danhgia.evaluation.report.WorkKind;

/**
 * A task or an order that counts for its cadre and whose products are checked.
 *
 * @param id the task's or order's id
 * @param cadre the cadre's id
 * @param kind annual, breakthrough or order
 * @param deadline the day its products are due
 * @param basicTarget whether it is a basic target (always {@code false} for an order)
 */
public record WorkItem(String id, String cadre, WorkKind kind, LocalDate deadline, boolean basicTarget) {}

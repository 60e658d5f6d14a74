package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkStatus;

/**
 * What a task or an order came to at the period's end.
 *
 * @param id the task's or order's id
 * @param cadre the cadre's id
 * @param kind annual, breakthrough or order
 * @param status its status
 * @param credit its credit, or {@code null} when it does not count
 */
public record WorkCheck(String id, String cadre, WorkKind kind, WorkStatus status, @Nullable BigDecimal credit) {}

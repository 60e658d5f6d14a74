package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation period (kỳ đánh giá), usually a year. Dates within it are inclusive at both ends.
 *
 * @param id the period's identifier, e.g. {@code "2019"}
 * @param start the first day of the period
 * @param end the last day of the period, not before {@code start}
 * @param ruleSetVersion the rule set version the input asks for, or {@code null} to apply the one in
 *     force at {@code end}
 * @param quotaExceptions approved exceptions to the excellent-rating quota, by peer group
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationPeriod(
    String id,
    LocalDate start,
    LocalDate end,
    @Nullable String ruleSetVersion,
    List<QuotaException> quotaExceptions) {

  /**
   * Checks the required components and copies the list.
   *
   * @param id the period's identifier, e.g. {@code "2019"}
   * @param start the first day of the period
   * @param end the last day of the period, not before {@code start}
   * @param ruleSetVersion the rule set version the input asks for, or {@code null} to apply the one
   *     in force at {@code end}
   * @param quotaExceptions approved exceptions to the excellent-rating quota, by peer group
   */
  public EvaluationPeriod {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    quotaExceptions = Lists.copy(quotaExceptions);
  }

  /**
   * A period without a requested rule set version and without quota exceptions.
   *
   * @param id the period's identifier
   * @param start the first day
   * @param end the last day
   * @return the period
   */
  public static EvaluationPeriod of(String id, LocalDate start, LocalDate end) {
    return new EvaluationPeriod(id, start, end, null, List.of());
  }

  /**
   * Whether {@code date} lies within the period, both ends included.
   *
   * @param date the date to test
   * @return {@code true} when {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}

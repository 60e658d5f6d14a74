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
 * @param reviews the reviews the period is divided into, in date order; empty when the document gives
 *     none (then the whole period is one review whose id is the period's), and then not written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationPeriod(
    String id,
    LocalDate start,
    LocalDate end,
    @Nullable String ruleSetVersion,
    List<QuotaException> quotaExceptions,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Review> reviews) {

  /**
   * Checks the required components and copies the list.
   *
   * @param id the period's identifier, e.g. {@code "2019"}
   * @param start the first day of the period
   * @param end the last day of the period, not before {@code start}
   * @param ruleSetVersion the rule set version the input asks for, or {@code null} to apply the one
   *     in force at {@code end}
   * @param quotaExceptions approved exceptions to the excellent-rating quota, by peer group
   * @param reviews the reviews the period is divided into, in date order; empty or {@code null} for
   *     none
   */
  public EvaluationPeriod {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    quotaExceptions = Lists.copy(quotaExceptions);
    reviews = Lists.copy(reviews);
  }

  /**
   * A period without reviews of its own (the whole period is one review).
   *
   * @param id the period's identifier, e.g. {@code "2019"}
   * @param start the first day of the period
   * @param end the last day of the period, not before {@code start}
   * @param ruleSetVersion the rule set version the input asks for, or {@code null}
   * @param quotaExceptions approved exceptions to the excellent-rating quota, by peer group
   */
  public EvaluationPeriod(String id, LocalDate start, LocalDate end, @Nullable String ruleSetVersion,
      List<QuotaException> quotaExceptions) {
    this(id, start, end, ruleSetVersion, quotaExceptions, List.of());
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
   * The period's reviews as evaluation sees them: {@link #reviews()} when there are some, else one
   * review that is the whole period, whose id is the period's id.
   *
   * @return the reviews in the period's order, at least one
   */
  public List<Review> reviewsOrWhole() {
    return reviews.isEmpty() ? List.of(new Review(id, start, end)) : reviews;
  }

  /** @return the first of {@link #reviewsOrWhole()} */
  public Review firstReview() {
    return reviewsOrWhole().get(0);
  }

  /** @return the last of {@link #reviewsOrWhole()} */
  public Review lastReview() {
    List<Review> all = reviewsOrWhole();
    return all.get(all.size() - 1);
  }

  /**
   * @param date a date
   * @return whether it is before the period's first day
   */
  public boolean isBeforeStart(LocalDate date) {
    return date.isBefore(start);
  }

  /**
   * @param date a date
   * @return whether it is after the period's last day
   */
  public boolean isAfterEnd(LocalDate date) {
    return date.isAfter(end);
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

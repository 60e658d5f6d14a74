package vn.danhgia.evaluation.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One review of the period (kỳ theo dõi, đánh giá): a month, a quarter or another span within which
 * products fall due and are measured. The reviews of a valid input tile the period: in date order,
 * the first starting on the period's start, each next one the day after the previous one's end, the
 * last ending on the period's end. Dates are inclusive at both ends.
 *
 * @param id the review's identifier, unique among the period's reviews, e.g. {@code "2026-Q1"}
 * @param start the review's first day
 * @param end the review's last day, not before {@code start}
 */
public record Review(String id, LocalDate start, LocalDate end) {
  /**
   * Checks that no component is null.
   *
   * @param id the review's identifier, unique among the period's reviews, e.g. {@code "2026-Q1"}
   * @param start the review's first day
   * @param end the review's last day, not before {@code start}
   */
  public Review {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * Whether {@code date} lies within the review, both ends included.
   *
   * @param date the date to test
   * @return {@code true} when {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}

package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.time.LocalDate;

/**
 * A confidence vote (lấy phiếu tín nhiệm) on a cadre.
 *
 * @param cadre the id of the cadre voted on
 * @param date the day of the vote
 * @param voters how many voted, at least 1
 * @param low how many voted "low confidence" (tín nhiệm thấp), 0 to {@code voters}
 */
public record ConfidenceVote(String cadre, LocalDate date, @JsonProperty(required = true) int voters, @JsonProperty(required = true) int low) {
  /**
   * Checks the required components.
   *
   * @param cadre the id of the cadre voted on
   * @param date the day of the vote
   * @param voters how many voted, at least 1
   * @param low how many voted "low confidence" (tín nhiệm thấp), 0 to {@code voters}
   */
  public ConfidenceVote {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(date, "date");
  }
}

package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A satisfaction survey (khảo sát mức độ hài lòng) of the people or organisations served by a
 * cadre's unit.
 *
 * @param cadre the id of the cadre surveyed
 * @param date the day of the survey
 * @param respondents how many answered, at least 1
 * @param satisfied how many were satisfied, 0 to {@code respondents}
 */
public record Survey(String cadre, LocalDate date, @JsonProperty(required = true) int respondents, @JsonProperty(required = true) int satisfied) {
  /**
   * Checks the required components.
   *
   * @param cadre the id of the cadre surveyed
   * @param date the day of the survey
   * @param respondents how many answered, at least 1
   * @param satisfied how many were satisfied, 0 to {@code respondents}
   */
  public Survey {
    Objects.requireNonNull(cadre, "cadre");
    Objects.requireNonNull(date, "date");
  }
}

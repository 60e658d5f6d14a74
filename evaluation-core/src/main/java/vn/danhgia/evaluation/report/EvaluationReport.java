package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The report of one evaluation: the {@code evaluation-report/1} document.
 *
 * @param period the evaluated period's id
 * @param ruleSet the rule set applied
 * @param input the input evaluated
 * @param results one result per cadre, ordered by cadre id (code-point order)
 * @param summary the count of each rating
 */
@JsonPropertyOrder({"format", "period", "ruleSet", "input", "results", "summary"})
@JsonIgnoreProperties(value = "format", allowGetters = true)
public record EvaluationReport(
    String period,
    RuleSetIdentity ruleSet,
    InputIdentity input,
    List<CadreResult> results,
    Summary summary) {

  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "evaluation-report/1";

  /**
   * Checks the required components and copies the list.
   *
   * @param period the evaluated period's id
   * @param ruleSet the rule set applied
   * @param input the input evaluated
   * @param results one result per cadre, ordered by cadre id (code-point order)
   * @param summary the count of each rating
   */
  public EvaluationReport {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(summary, "summary");
    results = results == null ? List.of() : List.copyOf(results);
  }

  /** @return {@value #FORMAT} */
  @JsonProperty("format")
  public String format() {
    return FORMAT;
  }

  /**
   * @param cadreId a cadre's id
   * @return that cadre's result, if the report has one
   */
  public Optional<CadreResult> result(String cadreId) {
    return results.stream().filter(r -> r.cadre().equals(cadreId)).findFirst();
  }
}

package vn.danhgia.evaluation.scenario;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.EvaluationInput;

/**
 * One scenario test: a situation and the results expected for some of its cadres. Read one from a
 * file with {@link ScenarioReader}, or make one in code with {@link #of}.
 *
 * @param id a short identifier: the file name without {@code .json} for a file, e.g. {@code
 *     01-score-of-exactly-90-is-excellent}
 * @param name the situation in words
 * @param description the policy it illustrates, in words; may be empty
 * @param version the rule set version to evaluate with, or {@code null} for the run's version (else the
 *     one the input names, else the one in force on the period's end)
 * @param input the situation, valid in every respect
 * @param expect the expectations, by cadre id, in the order written
 * @param file the scenario file, or {@code null} for a scenario made in code
 */
public record Scenario(
    String id,
    String name,
    String description,
    @Nullable String version,
    EvaluationInput input,
    Map<String, Expectation> expect,
    @Nullable Path file) {

  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "evaluation-scenario/1";

  /**
   * Checks the required components and copies the map.
   *
   * @param id a short identifier: the file name without {@code .json} for a file, e.g. {@code
   *     01-score-of-exactly-90-is-excellent}
   * @param name the situation in words
   * @param description the policy it illustrates, in words; may be empty
   * @param version the rule set version to evaluate with, or {@code null} for the run's version
   *     (else the one the input names, else the one in force on the period's end)
   * @param input the situation, valid in every respect
   * @param expect the expectations, by cadre id, in the order written
   * @param file the scenario file, or {@code null} for a scenario made in code
   */
  public Scenario {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(input, "input");
    expect = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(expect, "expect")));
  }

  /**
   * A scenario made in code.
   *
   * @param name the situation in words (also its id)
   * @param input the situation
   * @param expect the expectations, by cadre id
   * @return the scenario, with no version of its own
   */
  public static Scenario of(String name, EvaluationInput input, Map<String, Expectation> expect) {
    return new Scenario(name, name, "", null, input, expect, null);
  }

  /**
   * @param v the version to evaluate with
   * @return a copy that names that version
   */
  public Scenario withVersion(@Nullable String v) {
    return new Scenario(id, name, description, v, input, expect, file);
  }

  /** @return {@code id: name}, or the name alone when they are the same */
  public String title() {
    return id.equals(name) ? name : id + ": " + name;
  }
}

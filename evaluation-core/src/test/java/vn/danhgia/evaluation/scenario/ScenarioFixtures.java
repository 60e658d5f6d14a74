package vn.danhgia.evaluation.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.Situation;

/**
 * Scenario documents for the tests, and the fixture rule set "mini" (src/test/resources/rulesets/mini):
 * a cadre with an assessment scores its points + 40 and is GOOD, capped at COMPLETED with reason LOW
 * under 10 points; without one it is INCOMPLETE (NO_DECIDING_ASSESSMENT); the first cadre by id of
 * each peer group becomes NOT_COMPLETED (FIRST).
 */
public final class ScenarioFixtures {
  private ScenarioFixtures() {}

  /** @return the folder of the fixture rule set "mini", version 1.0 */
  public static Path miniFolder() {
    try {
      return Path.of(ScenarioFixtures.class.getResource("/rulesets/mini").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return an evaluator of the rule set "mini" */
  public static Evaluator mini() {
    return Evaluator.builder().ruleSets(RuleSets.fromDirectory(miniFolder())).build();
  }

  /**
   * Two cadres of one peer group: C1 (27 points: 67, GOOD level, but first of the group, so
   * NOT_COMPLETED with FIRST) and C2 (5 points: 45, capped at COMPLETED with LOW); and C3, not
   * assessed (INCOMPLETE, NO_DECIDING_ASSESSMENT).
   *
   * @return the situation
   */
  public static Situation threeCadres() {
    return Situation.year(2020)
        .cadre("C1", c -> c.superior("27").annual("A1", t -> t.met()))
        .cadre("C2", c -> c.superior("5").annual("A1", t -> t.met()))
        .cadre("C3", c -> c.annual("A1", t -> t.met()));
  }

  /**
   * @param s a situation
   * @return its input document
   */
  public static String input(Situation s) {
    return Interchange.standard().writeInputAsString(s.build());
  }

  /**
   * @param name the scenario's name
   * @param inputField {@code "input": {…}} or {@code "inputFile": "…"}
   * @param expect the {@code expect} object
   * @return the scenario document
   */
  public static String scenario(String name, String inputField, String expect) {
    return "{\n  \"format\": \"evaluation-scenario/1\",\n  \"name\": \"" + name + "\",\n  " + inputField
        + ",\n  \"expect\": " + expect + "\n}\n";
  }

  /**
   * @param name the scenario's name
   * @param expect the {@code expect} object
   * @return a scenario of {@link #threeCadres()}, inline
   */
  public static String scenario(String name, String expect) {
    return scenario(name, "\"input\": " + input(threeCadres()), expect);
  }

  /**
   * @param dir a folder
   * @param file a file name
   * @param content its text
   * @return the file
   */
  public static Path write(Path dir, String file, String content) {
    try {
      Path p = dir.resolve(file);
      Files.createDirectories(p.getParent());
      return Files.writeString(p, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

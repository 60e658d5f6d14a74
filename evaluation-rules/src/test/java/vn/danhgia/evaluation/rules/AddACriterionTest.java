package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.ruleset.InvalidRuleSetException;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.Situation;

/**
 * Adding a criterion to a version takes one rule, one parameter and one scenario, and nothing else:
 * a copy of the shipped rule set with those three added passes every check the project runs on a
 * shipped version ({@link RuleSetChecks}), and each of the three is needed.
 */
class AddACriterionTest {
  private static final Path SHIPPED = Path.of("src/main/resources");
  private static final String RULE = """

      rule "Many orders are noted"
          @code("MANY_ORDERS")
          @vi("Được đặt hàng hơn {orders.many} việc trong kỳ")
          @en("More than {orders.many} pieces of work were ordered in the period")
          @severity("information")
          agenda-group "vetoes"
      when
          OrderFigures( $id : cadre, counted > params.decimal("orders.many").longValue() )
      then
          insert( new ReasonGiven( $id, null, drools.getRule().getName() ) );
      end
      """;
  private static final String PARAMETER = "\n# Note MANY_ORDERS above this many orders.\norders.many = 5\n";

  @TempDir
  Path tmp;
  Path rules;
  Path scenarios;

  @BeforeEach
  void copyTheShippedRuleSet() throws IOException {
    rules = tmp.resolve("rules");
    scenarios = tmp.resolve("scenarios");
    copy(SHIPPED.resolve("rulesets/leaders"), rules);
    copy(SHIPPED.resolve("scenarios/leaders/2025.1"), scenarios);
  }

  @Test
  void addingOneRuleOneParameterAndOneScenario_passesTheProjectsChecksWithNoOtherFileTouched() throws IOException {
    Map<String, String> before = tree(tmp);
    addRule();
    addParameter();
    addScenario();

    RuleSetChecks.verify(RuleSets.fromDirectory(rules), "2025.1", scenarios);

    Map<String, String> after = tree(tmp);
    assertThat(after.keySet()).containsAll(before.keySet());
    assertThat(after.keySet().stream().filter(f -> !before.containsKey(f)))
        .containsExactly("scenarios/35-more-than-five-orders-are-noted.json");
    assertThat(before.keySet().stream().filter(f -> !before.get(f).equals(after.get(f))))
        .containsExactlyInAnyOrder("rules/2025.1/05-vetoes.drl", "rules/2025.1/parameters.properties");
  }

  @Test
  void aCriterionWithoutItsScenario_failsTheChecks() throws IOException {
    addRule();
    addParameter();

    assertThatThrownBy(() -> RuleSetChecks.verify(RuleSets.fromDirectory(rules), "2025.1", scenarios))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Many orders are noted");
  }

  @Test
  void aCriterionWithoutItsParameter_isRefusedWhereItReadsIt() throws IOException {
    addRule();
    addScenario();

    assertThatThrownBy(() -> RuleSetChecks.verify(RuleSets.fromDirectory(rules), "2025.1", scenarios))
        .isInstanceOf(InvalidRuleSetException.class).hasMessageContaining("05-vetoes.drl:")
        .hasMessageContaining("\"orders.many\" is not defined");
  }

  private void addRule() throws IOException {
    Files.writeString(rules.resolve("2025.1/05-vetoes.drl"), RULE, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private void addParameter() throws IOException {
    Files.writeString(rules.resolve("2025.1/parameters.properties"), PARAMETER, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
  }

  private void addScenario() throws IOException {
    Situation situation = Leaders.situation("2025.1").cadre("C1", c -> {
      c.superior("25").annual("A1", t -> t.met());
      for (int i = 1; i <= 6; i++) {
        c.order("O" + i, t -> t.met());
      }
    });
    String input = Interchange.standard().writeInputAsString(situation.build());
    String scenario = """
        { "format": "evaluation-scenario/1",
          "name": "More than five orders are noted",
          "description": "Six orders, more than orders.many = 5: the reason MANY_ORDERS, which changes nothing else.",
          "input": %s,
          "expect": { "C1": { "reasons": ["MANY_ORDERS"] }, "PEER1": { "notReasons": ["MANY_ORDERS"] } } }
        """.formatted(input);
    Files.writeString(scenarios.resolve("35-more-than-five-orders-are-noted.json"), scenario, StandardCharsets.UTF_8);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  /** Every file under a folder, by its path relative to it, with a digest of its bytes. */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(f).toString().replace('\\', '/'), Integer.toHexString(Arrays.hashCode(Files.readAllBytes(f))));
      }
    }
    return out;
  }
}

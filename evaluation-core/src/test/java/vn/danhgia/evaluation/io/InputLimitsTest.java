package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.danhgia.evaluation.io.Fixtures.edited;
import static vn.danhgia.evaluation.io.Fixtures.set;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.validation.Problem;

/** A host's own limits: checked when set, and applied by the parser and by the schema's copy alike. */
class InputLimitsTest {
  private static final InputLimits DEFAULTS = InputLimits.defaults();

  static Stream<Arguments> invalidArguments() {
    return Stream.<Arguments>of(
        Arguments.of("document of 0 bytes", (Runnable) () -> DEFAULTS.withMaxDocumentBytes(0)),
        Arguments.of("line of 0 characters", (Runnable) () -> DEFAULTS.withMaxLineLength(0)),
        Arguments.of("nesting depth 0", (Runnable) () -> DEFAULTS.withMaxNestingDepth(0)),
        Arguments.of("nesting depth beyond the ceiling",
            (Runnable) () -> DEFAULTS.withMaxNestingDepth(InputLimits.NESTING_DEPTH_CEILING + 1)),
        Arguments.of("string of 0 characters", (Runnable) () -> DEFAULTS.withMaxStringLength(0)),
        Arguments.of("string beyond half of an int", (Runnable) () -> DEFAULTS.withMaxStringLength(Integer.MAX_VALUE)),
        Arguments.of("number of 0 characters", (Runnable) () -> DEFAULTS.withMaxNumberLength(0)),
        Arguments.of("negative decimal places", (Runnable) () -> DEFAULTS.withMaxDecimalPlaces(-1)),
        Arguments.of("no problem listed", (Runnable) () -> DEFAULTS.withMaxProblems(0)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidArguments")
  void with_argumentOutOfRange_isRefused(String what, Runnable set) {
    assertThatIllegalArgumentException().as(what).isThrownBy(set::run);
  }

  @Test
  void with_returnsACopy_andLeavesTheDefaultsAsTheyWere() {
    InputLimits mine = DEFAULTS.withMaxProblems(5).withMaxStringLength(20);

    assertThat(mine.maxProblems()).isEqualTo(5);
    assertThat(mine.maxStringLength()).isEqualTo(20);
    assertThat(mine.maxDocumentBytes()).isEqualTo(DEFAULTS.maxDocumentBytes());
    assertThat(DEFAULTS.maxProblems()).isEqualTo(100);
    assertThat(mine).isEqualTo(DEFAULTS.withMaxStringLength(20).withMaxProblems(5)).isNotEqualTo(DEFAULTS);
  }

  static Stream<Arguments> ownLimits() {
    return Stream.of(
        Arguments.of("a name at a string limit of 40", DEFAULTS.withMaxStringLength(40), "a".repeat(40), null),
        Arguments.of("a name beyond a string limit of 40", DEFAULTS.withMaxStringLength(40), "a".repeat(41),
            "tooLong"),
        Arguments.of("a name beyond the parser's buffer for a limit of 40", DEFAULTS.withMaxStringLength(40),
            "a".repeat(5_000), "tooLong"),
        Arguments.of("a name longer than the default, within a limit of 20,000",
            DEFAULTS.withMaxStringLength(20_000), "a".repeat(15_000), null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ownLimits")
  void readInput_ownStringLimit_isAppliedAtTheField(String what, InputLimits limits, String name, String key) {
    Interchange json = Interchange.standard().withLimits(limits);

    List<Problem> problems = json.validateInput(edited(set("/cadres/0/name", name)));

    if (key == null) {
      assertThat(problems).as(what).isEmpty();
    } else {
      assertThat(problems).as(what).singleElement().satisfies(p -> {
        assertThat(p.path()).isEqualTo("$.cadres[0].name");
        assertThat(p.key()).isEqualTo(key);
        assertThat(p.message()).contains("40 characters");
      });
    }
  }

  @Test
  void validate_ownDecimalPlaces_areAppliedByTheFastPathAndTheSchemaAlike() {
    Interchange json = Interchange.standard().withLimits(DEFAULTS.withMaxDecimalPlaces(2));
    UnaryOperator<String> doc = v -> new String(edited(set("/products/0/actual", new BigDecimal(v))),
        java.nio.charset.StandardCharsets.UTF_8);

    assertThat(json.validateInput(doc.apply("108.25").getBytes())).isEmpty();
    assertThat(json.validateInput(doc.apply("108.250000").getBytes())).isEmpty();
    assertThat(json.validateInput(doc.apply("108.251").getBytes())).singleElement().satisfies(p -> {
      assertThat(p.path()).isEqualTo("$.products[0].actual");
      assertThat(p.key()).isEqualTo("decimalPlaces");
    });
    var input = Interchange.standard().readInput(doc.apply("108.251"));
    assertThat(Interchange.standard().validate(input)).isEmpty();
    assertThat(json.validate(input)).singleElement().extracting(Problem::path).isEqualTo("$.products[0].actual");
  }

  @Test
  void readInput_ownNestingDepth_isAppliedByTheParser() {
    Interchange json = Interchange.standard().withLimits(DEFAULTS.withMaxNestingDepth(3));

    // the complete document nests 4 deep: root, period, quotaExceptions, one exception
    assertThat(json.validateInput(Fixtures.resource("complete.json"))).singleElement().satisfies(p -> {
      assertThat(p.key()).isEqualTo("tooDeep");
      assertThat(p.path()).startsWith("$.period.quotaExceptions");
    });
  }
}

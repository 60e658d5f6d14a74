package vn.danhgia.evaluation.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.io.InputLimits;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.policy.RulePolicy;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.Situation;

/** The options an evaluator (and a rule repository) compiles and evaluates with. */
class EvaluationOptionsTest {
  private static final RuleSets MINI = RuleSets.of(List.of(RuleSetFixtures.source("mini")));

  @Test
  void withBatchSize_lessThanOne_isRefusedQuotingTheValue() {
    assertThatThrownBy(() -> EvaluationOptions.defaults().withBatchSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("batch size must be at least 1, not 0");
    assertThatThrownBy(() -> EvaluationOptions.defaults().withBatchSize(-3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-3");
  }

  @Test
  void with_null_isRefusedNamingTheOption() {
    EvaluationOptions o = EvaluationOptions.defaults();

    assertThatThrownBy(() -> o.withPolicy(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("policy");
    assertThatThrownBy(() -> o.withLimits(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("limits");
    assertThatThrownBy(() -> o.withInterchange(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("interchange");
  }

  @Test
  void with_returnsACopyWithOneOptionChanged() {
    EvaluationOptions defaults = EvaluationOptions.defaults();
    EvaluationLimits limits = EvaluationLimits.defaults().withTimeout(Duration.ofSeconds(5));

    EvaluationOptions changed = defaults.withParallel(true).withBatchSize(5).withLimits(limits)
        .withPrecompiledModels(false);

    assertThat(changed.parallel()).isTrue();
    assertThat(changed.batchSize()).isEqualTo(5);
    assertThat(changed.limits()).isEqualTo(limits);
    assertThat(changed.precompiledModels()).isFalse();
    assertThat(changed.policy()).isSameAs(defaults.policy());
    assertThat(defaults.parallel()).isFalse();
    assertThat(defaults.batchSize()).isEqualTo(64);
    assertThat(defaults.limits()).isEqualTo(EvaluationLimits.defaults());
    assertThat(defaults.precompiledModels()).isTrue();
    assertThat(defaults.policy()).isEqualTo(RulePolicy.standard());
  }

  @Test
  void evaluator_withOptions_evaluatesWithThem() {
    EvaluationOptions tight = EvaluationOptions.defaults()
        .withLimits(EvaluationLimits.defaults().withTimeout(Duration.ofNanos(1)));
    Evaluator evaluator = Evaluator.builder().ruleSets(MINI).options(tight).build();

    RuleExecutionException e = catchThrowableOfType(RuleExecutionException.class,
        () -> evaluator.evaluate(Situation.year(2024).cadre("A", c -> c.superior("20")).build()));

    assertThat(evaluator.options()).isSameAs(tight);
    assertThat(e).isNotNull();
    assertThat(e.failure()).isEqualTo(RuleExecutionException.Failure.TIMED_OUT);
  }

  @Test
  void evaluator_withInterchangeOption_checksInputsWithinItsLimits() {
    Interchange small = Interchange.standard().withLimits(InputLimits.defaults().withMaxProblems(1));
    Evaluator evaluator = Evaluator.builder().ruleSets(MINI)
        .options(EvaluationOptions.defaults().withInterchange(small)).build();

    assertThat(evaluator.options().interchange()).isSameAs(small);
    assertThat(evaluator.interchange().limits().maxProblems()).isEqualTo(1);
  }
}

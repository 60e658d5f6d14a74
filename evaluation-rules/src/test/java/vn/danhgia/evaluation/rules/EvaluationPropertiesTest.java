package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.Direction;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.testing.RandomInputs;

/** Invariants of every evaluation, over generated inputs, for every shipped version. */
class EvaluationPropertiesTest {
  private static final Interchange JSON = Interchange.standard();

  @Provide
  Arbitrary<String> versions() {
    return Arbitraries.of(Leaders.VERSIONS);
  }

  private static EvaluationInput input(long seed, int cadres, String version) {
    return RandomInputs.generate(seed, cadres, Leaders.year(version));
  }

  @Property(tries = 80)
  void everyCadre_ratedOnceWithScoreInRangeEqualToComponents_orIncompleteWithNone(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 30) int cadres, @ForAll("versions") String version) {
    EvaluationInput input = input(seed, cadres, version);
    EvaluationReport report = Leaders.EVALUATOR.evaluate(input, version);

    assertThat(report.results()).extracting(CadreResult::cadre)
        .containsExactlyElementsOf(input.cadres().stream().map(c -> c.id()).sorted().toList());
    int rated = 0;
    for (CadreResult r : report.results()) {
      Statistics.label("result").collect(r.rating() == null ? "INCOMPLETE" : r.rating().name());
      r.reasons().forEach(x -> Statistics.label("reason").collect(x.code()));
      if (r.status() == ResultStatus.RATED) {
        rated++;
        assertThat(r.rating()).as(r.cadre()).isNotNull();
        assertThat(r.label()).as(r.cadre()).isNotBlank();
        assertThat(r.score()).as(r.cadre()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(r.score().scale()).isEqualTo(2);
        assertThat(r.score()).as(r.cadre()).isEqualByComparingTo(r.components().total());
      } else {
        assertThat(r.rating()).isNull();
        assertThat(r.score()).isNull();
        assertThat(r.components()).isNull();
        assertThat(r.reasons()).extracting(x -> x.code()).containsAnyElementsOf(Leaders.incompleteCodes(version));
      }
    }
    var s = report.summary();
    assertThat(s.excellent() + s.good() + s.completed() + s.notCompleted()).isEqualTo(rated);
    assertThat(s.incomplete()).isEqualTo(report.results().size() - rated);
  }

  @Property(tries = 60)
  void shufflingTheInputsArrays_changesNothingInTheReport(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int cadres, @ForAll("versions") String version) {
    EvaluationInput input = input(seed, cadres, version);
    EvaluationInput shuffled = RandomInputs.shuffled(input, seed ^ 0x5DEECE66DL);

    String a = JSON.writeReportAsString(Leaders.EVALUATOR.evaluate(input, version));
    String b = JSON.writeReportAsString(Leaders.EVALUATOR.evaluate(shuffled, version));

    assertThat(b).isEqualTo(a);
  }

  @Property(tries = 80)
  void improvingAProductsActual_neverLowersThatCadresScore(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int cadres, @ForAll("versions") String version,
      @ForAll @IntRange(min = 0, max = 10_000) int pick, @ForAll @IntRange(min = 1, max = 500) int gain) {
    EvaluationInput input = input(seed, cadres, version);
    List<Product> higher = input.products().stream().filter(p -> p.direction() == Direction.HIGHER_IS_BETTER).toList();
    if (higher.isEmpty()) {
      return;
    }
    Product p = higher.get(pick % higher.size());
    Map<String, String> cadreOf = new HashMap<>();
    input.tasks().forEach(t -> cadreOf.put("T:" + t.id(), t.cadre()));
    input.orders().forEach(o -> cadreOf.put("O:" + o.id(), o.cadre()));
    String cadre = p.task() != null ? cadreOf.get("T:" + p.task()) : cadreOf.get("O:" + p.order());
    List<Product> products = new ArrayList<>(input.products());
    products.set(products.indexOf(p), new Product(p.id(), p.task(), p.order(), p.indicator(), p.target(),
        p.actual().add(BigDecimal.valueOf(gain)), p.direction(), p.delivered(), p.evidence()));
    EvaluationInput improved = new EvaluationInput(input.period(), input.units(), input.positions(), input.cadres(),
        input.tasks(), input.orders(), products, input.assessments(), input.disciplines(), input.confidenceVotes());

    CadreResult before = Leaders.EVALUATOR.evaluate(input, version).result(cadre).orElseThrow();
    CadreResult after = Leaders.EVALUATOR.evaluate(improved, version).result(cadre).orElseThrow();

    assertThat(after.status()).isEqualTo(before.status());
    if (before.score() != null) {
      assertThat(after.score()).as("score of %s after product %s rose by %d", cadre, p.id(), gain)
          .isGreaterThanOrEqualTo(before.score());
    }
  }

  @Property(tries = 60)
  void quota_neverExceededInAnyPeerGroup(@ForAll long seed, @ForAll @IntRange(min = 5, max = 40) int cadres) {
    EvaluationInput input = input(seed, cadres, "2025.1");
    EvaluationReport report = Leaders.EVALUATOR.evaluate(input, "2025.1");

    Map<String, String> groupOfPosition = new HashMap<>();
    input.positions().forEach((Position pos) -> groupOfPosition.put(pos.code(), pos.group()));
    Map<String, String> groupOf = new HashMap<>();
    input.cadres().forEach(c -> groupOf.put(c.id(), groupOfPosition.get(c.position())));
    Map<String, Integer> excellent = new HashMap<>();
    Map<String, Integer> goodAfterQuota = new HashMap<>();
    Map<String, Integer> demoted = new HashMap<>();
    for (CadreResult r : report.results()) {
      String g = groupOf.get(r.cadre());
      if (r.rating() == Rating.EXCELLENT) {
        excellent.merge(g, 1, Integer::sum);
      } else if (r.rating() == Rating.GOOD) {
        boolean byQuota = r.hasReason("DEMOTED_BY_QUOTA") || r.hasReason("QUOTA_TIE");
        (byQuota ? demoted : goodAfterQuota).merge(g, 1, Integer::sum);
      }
    }
    for (Map.Entry<String, Integer> e : excellent.entrySet()) {
      int g = goodAfterQuota.getOrDefault(e.getKey(), 0);
      BigDecimal percent = input.period().quotaExceptions().stream().filter(q -> q.group().equals(e.getKey()))
          .map(q -> q.percent()).findFirst().orElse(BigDecimal.valueOf(20));
      Statistics.label("groups with excellent ratings").collect(e.getValue() > 0);
      int allowance = percent.multiply(BigDecimal.valueOf(g)).divide(BigDecimal.valueOf(100), 0,
          java.math.RoundingMode.FLOOR).intValueExact();
      assertThat(e.getValue()).as("excellent ratings in group %s with G = %d", e.getKey(), g)
          .isLessThanOrEqualTo(allowance);
    }
  }

  private static final vn.danhgia.evaluation.engine.Evaluator PARALLEL = vn.danhgia.evaluation.engine.Evaluator
      .builder().ruleSets(vn.danhgia.evaluation.ruleset.RuleSets.builtIn("leaders"))
      .options(vn.danhgia.evaluation.engine.EvaluationOptions.defaults().withBatchSize(3).withParallel(true)).build();

  @Property(tries = 30)
  void parallelBatches_giveTheSameReportAsOneThread(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int cadres,
      @ForAll("versions") String version) {
    EvaluationInput input = input(seed, cadres, version);
    assertThat(JSON.writeReportAsString(PARALLEL.evaluate(input, version)))
        .isEqualTo(JSON.writeReportAsString(Leaders.EVALUATOR.evaluate(input, version)));
  }

  @Property(tries = 30)
  void evaluatingTwice_givesByteIdenticalReports(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int cadres,
      @ForAll("versions") String version) {
    EvaluationInput input = input(seed, cadres, version);
    assertThat(JSON.writeReportAsString(Leaders.EVALUATOR.evaluate(input, version)))
        .isEqualTo(JSON.writeReportAsString(Leaders.EVALUATOR.evaluate(input, version)));
  }
}

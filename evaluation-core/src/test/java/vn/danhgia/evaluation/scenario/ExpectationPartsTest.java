package vn.danhgia.evaluation.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.scenario;
import static vn.danhgia.evaluation.scenario.ScenarioFixtures.write;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.NextBand;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.ReviewResult;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.scenario.ExpectationFailure.Aspect;

/** The optional parts of an expectation: components, nextBand and reviews, read from a file and checked. */
class ExpectationPartsTest {
  @TempDir
  Path tmp;

  private static final ReviewResult Q1 = new ReviewResult("Q1", new BigDecimal("2.00"), new BigDecimal("100.00"),
      new BigDecimal("87.50"), new BigDecimal("100.00"), new BigDecimal("96.25"));
  private static final ReviewResult Q2 = new ReviewResult("Q2", new BigDecimal("0.00"), null, null, null, null);

  /** A result of a version with reviews: 89.34 = general 20.00 + results 69.34, 0.66 from excellent. */
  private static CadreResult result() {
    Map<String, BigDecimal> parts = new LinkedHashMap<>();
    parts.put("general", new BigDecimal("20.00"));
    parts.put("results", new BigDecimal("69.34"));
    return new CadreResult("C1", ResultStatus.RATED, Rating.GOOD, "Hoàn thành tốt nhiệm vụ", new BigDecimal("89.34"),
        ScoreComponents.of(parts), List.of(), List.of(), List.of(Q1, Q2),
        new NextBand(Rating.EXCELLENT, new BigDecimal("0.66")), List.of());
  }

  private static Map<String, BigDecimal> components(String general, String results) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put("general", new BigDecimal(general));
    m.put("results", new BigDecimal(results));
    return m;
  }

  private static ReviewResult q1(String quality, String results) {
    return new ReviewResult("Q1", new BigDecimal("2"), new BigDecimal("100"), new BigDecimal(quality),
        new BigDecimal("100"), new BigDecimal(results));
  }

  @Test
  void check_componentsNextBandAndReviewsEqualAsDecimals_pass() {
    Expectation e = Expectation.any().withComponents(components("20", "69.340"))
        .withNextBand(new NextBand(Rating.EXCELLENT, new BigDecimal("0.660")))
        .withReviews(List.of(q1("87.5", "96.25"), new ReviewResult("Q2", BigDecimal.ZERO, null, null, null, null)));

    assertThat(e.check("C1", result())).isEmpty();
  }

  @Test
  void check_wrongComponent_failsNamingBoth() {
    List<ExpectationFailure> failures = Expectation.any().withComponents(components("20", "69.35"))
        .check("C1", result());

    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.aspect()).isEqualTo(Aspect.COMPONENTS);
      assertThat(f.summary()).isEqualTo("C1 components: expected components general 20, results 69.35, got "
          + "components general 20.00, results 69.34");
    });
  }

  @Test
  void check_componentCodeMissingOrExtra_fails() {
    Map<String, BigDecimal> onlyGeneral = Map.of("general", new BigDecimal("20.00"));

    assertThat(Expectation.any().withComponents(onlyGeneral).check("C1", result()))
        .extracting(ExpectationFailure::aspect).containsExactly(Aspect.COMPONENTS);
  }

  @Test
  void check_wrongNextBand_fails() {
    assertThat(Expectation.any().withNextBand(new NextBand(Rating.EXCELLENT, new BigDecimal("0.67")))
        .check("C1", result())).singleElement().satisfies(f -> {
          assertThat(f.aspect()).isEqualTo(Aspect.NEXT_BAND);
          assertThat(f.summary()).isEqualTo("C1 nextBand: expected next band EXCELLENT 0.67 points away, got next "
              + "band EXCELLENT 0.66 points away");
        });
    assertThat(Expectation.any().withNextBand(new NextBand(Rating.GOOD, new BigDecimal("0.66"))).check("C1", result()))
        .extracting(ExpectationFailure::aspect).containsExactly(Aspect.NEXT_BAND);
  }

  @Test
  void check_noNextBandExpectedButOneCame_fails() {
    assertThat(Expectation.any().withNextBand(NextBand.NONE).check("C1", result())).singleElement()
        .extracting(ExpectationFailure::summary)
        .isEqualTo("C1 nextBand: expected no next band, got next band EXCELLENT 0.66 points away");
  }

  @Test
  void check_wrongReviewFigure_fails() {
    List<ExpectationFailure> failures = Expectation.any()
        .withReviews(List.of(q1("87.5", "96.26"), new ReviewResult("Q2", BigDecimal.ZERO, null, null, null, null)))
        .check("C1", result());

    assertThat(failures).singleElement().satisfies(f -> {
      assertThat(f.aspect()).isEqualTo(Aspect.REVIEWS);
      assertThat(f.expected()).contains("Q1 (weight 2, quantity 100, quality 87.5, progress 100, results 96.26)");
      assertThat(f.actual()).contains("results 96.25)").contains("Q2 (weight 0.00, not counted)");
    });
  }

  @Test
  void check_reviewExpectedNotCountedButCounted_fails() {
    ReviewResult notCounted = new ReviewResult("Q1", new BigDecimal("2"), null, null, null, null);

    assertThat(Expectation.any().withReviews(List.of(notCounted, Q2)).check("C1", result()))
        .extracting(ExpectationFailure::aspect).containsExactly(Aspect.REVIEWS);
    assertThat(Expectation.any().withReviews(List.of(Q1)).check("C1", result()))
        .extracting(ExpectationFailure::aspect).containsExactly(Aspect.REVIEWS);
  }

  @Test
  void check_versionWithoutReviewsNorNextBand_fails() {
    CadreResult older = Reports.rated("C1", Rating.GOOD, "80.00");

    assertThat(Expectation.any().withReviews(List.of(Q1)).withNextBand(NextBand.NONE).check("C1", older))
        .extracting(ExpectationFailure::actual)
        .containsExactly("no next band reported by this version", "no reviews reported by this version");
  }

  @Test
  void read_componentsNextBandAndReviews_givesThem() {
    Path file = write(tmp, "s.json", scenario("Parts", "{\"C1\": {\"components\": {\"general\": 27, \"results\": "
        + "40.00}, \"nextBand\": {\"rating\": \"GOOD\", \"points\": 3.5}, \"reviews\": [{\"review\": \"2020\", "
        + "\"weight\": 1, \"quantity\": 100, \"quality\": 100, \"progress\": 100, \"results\": 100}]},"
        + " \"C2\": {\"nextBand\": null}, \"C3\": {}}"));

    Scenario s = ScenarioReader.standard().readFile(file);

    Expectation c1 = s.expect().get("C1");
    assertThat(c1.components()).containsOnlyKeys("general", "results");
    assertThat(c1.components().get("results")).isEqualByComparingTo("40");
    assertThat(c1.nextBand().rating()).isEqualTo(Rating.GOOD);
    assertThat(c1.nextBand().points()).isEqualByComparingTo("3.5");
    assertThat(c1.reviews()).singleElement().satisfies(r -> {
      assertThat(r.review()).isEqualTo("2020");
      assertThat(r.results()).isEqualByComparingTo("100");
    });
    assertThat(s.expect().get("C2").nextBand()).isEqualTo(NextBand.NONE);
    assertThat(s.expect().get("C3").nextBand()).isNull();
    assertThat(s.expect().get("C3").reviews()).isNull();
    assertThat(s.expect().get("C3").components()).isNull();
  }

  @Test
  void read_invalidParts_everyProblemAtItsPath() {
    Path file = write(tmp, "s.json", scenario("Bad parts", "{\"C3\": {\"status\": \"INCOMPLETE\", \"components\": "
        + "{\"general\": 1}, \"nextBand\": {\"rating\": \"GOOD\", \"points\": 1}},"
        + " \"C1\": {\"reviews\": [{\"review\": \"2020\", \"weight\": 1, \"quantity\": 100, \"quality\": null, "
        + "\"progress\": 100, \"results\": 100}, {\"review\": \"2020\", \"weight\": 0, \"quantity\": null, "
        + "\"quality\": null, \"progress\": null, \"results\": null}]},"
        + " \"C2\": {\"reviews\": [{\"review\": \"Q1\", \"weight\": 0, \"quantity\": null, \"quality\": null, "
        + "\"progress\": null, \"results\": null}]}}"));

    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class,
        () -> ScenarioReader.standard().readFile(file));

    assertThat(e).isNotNull();
    assertThat(String.join("\n", e.problems().stream().map(ScenarioProblem::toString).toList()))
        .contains("$.expect.C3.components: a cadre expected INCOMPLETE has no components")
        .contains("$.expect.C3.nextBand: a cadre expected INCOMPLETE has no next band")
        .contains("$.expect.C1.reviews[0]: give quantity, quality, progress and results")
        .contains("$.expect.C1.reviews[1].review: review \"2020\" is listed twice")
        .contains("$.expect.C2.reviews: must list every review of the period, in its order: 2020; got Q1");
  }

  @Test
  void read_nextBandWithoutPointsOrAReviewWithoutWeight_refusedByTheSchema() {
    Path file = write(tmp, "s.json", scenario("Schema", "{\"C1\": {\"nextBand\": {\"rating\": \"GOOD\"}, "
        + "\"reviews\": [{\"review\": \"2020\", \"quantity\": 1, \"quality\": 1, \"progress\": 1, \"results\": 1}], "
        + "\"components\": {\"general\": \"27\"}}}"));

    InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class,
        () -> ScenarioReader.standard().readFile(file));

    assertThat(e).isNotNull();
    assertThat(e.problems()).extracting(ScenarioProblem::path)
        .contains("$.expect.C1.nextBand.points", "$.expect.C1.reviews[0].weight", "$.expect.C1.components.general");
  }
}

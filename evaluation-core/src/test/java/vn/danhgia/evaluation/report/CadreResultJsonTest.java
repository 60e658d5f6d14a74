package vn.danhgia.evaluation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.io.ReportStreamWriter;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
import vn.danhgia.evaluation.model.Rating;

/** How the optional parts of a result (reviews, nextBand, a product's measure) are written and read back. */
class CadreResultJsonTest {
  private static final ScoreComponents COMPONENTS = ScoreComponents.of(
      Map.of("general", new BigDecimal("27.00"), "results", new BigDecimal("60.00")));

  private static CadreResult result(List<ReviewResult> reviews, NextBand next, ProductMeasure measure) {
    WorkOutcome work = new WorkOutcome("T1", WorkKind.ANNUAL, WorkStatus.COMPLETED_ON_TIME, false, BigDecimal.ONE,
        List.of(new ProductOutcome("P1", true, false, false, measure)));
    return new CadreResult("C1", ResultStatus.RATED, Rating.GOOD, "Hoàn thành tốt nhiệm vụ", new BigDecimal("87.00"),
        COMPONENTS, List.of(), List.of(), reviews, next, List.of(work));
  }

  private static final List<ReviewResult> REVIEWS = List.of(
      new ReviewResult("Q1", new BigDecimal("2.50"), new BigDecimal("100.00"), new BigDecimal("90.00"),
          new BigDecimal("75.00"), new BigDecimal("89.50")),
      new ReviewResult("Q2", new BigDecimal("0.00"), null, null, null, null));
  private static final ProductMeasure MEASURE = new ProductMeasure("Q1", new BigDecimal("1.50"), true,
      new BigDecimal("0.75"), new BigDecimal("1.00"), 1, 0, List.of(new Excuse(ExcuseKind.DELAY, "Sở Nội vụ", null)));

  @Test
  void write_noBandAbove_writesNullAndReadsBackAsNone() {
    String line = ReportStreamWriter.writeLine(result(REVIEWS, NextBand.NONE, MEASURE));

    assertThat(line).contains("\"nextBand\":null").contains("\"reviews\":[")
        .contains("{\"review\":\"Q2\",\"weight\":0.00,\"quantity\":null,\"quality\":null,\"progress\":null,\"results\":null}");
    CadreResult back = ReportStreamWriter.readResult(line);
    assertThat(back.nextBand()).isSameAs(NextBand.NONE);
    assertThat(ReportStreamWriter.writeLine(back)).isEqualTo(line);
  }

  @Test
  void write_bandAbove_writesRatingAndPointsAndReadsThemBack() {
    NextBand band = new NextBand(Rating.EXCELLENT, new BigDecimal("3.00"));
    String line = ReportStreamWriter.writeLine(result(REVIEWS, band, MEASURE));

    assertThat(line).contains("\"nextBand\":{\"rating\":\"EXCELLENT\",\"points\":3.00}")
        .contains("\"measure\":{\"review\":\"Q1\",\"weight\":1.50,\"completed\":true,\"qualityCredit\":0.75,"
            + "\"progressCredit\":1.00,\"qualityDeductions\":1,\"delayDeductions\":0,"
            + "\"excuses\":[{\"kind\":\"DELAY\",\"approvedBy\":\"Sở Nội vụ\"}]}");
    CadreResult back = ReportStreamWriter.readResult(line);
    assertThat(back).isEqualTo(result(REVIEWS, band, MEASURE));
    assertThat(ReportStreamWriter.writeLine(back)).isEqualTo(line);
  }

  @Test
  void write_versionWithoutReviews_writesNoneOfTheOptionalParts() {
    String line = ReportStreamWriter.writeLine(result(null, null, null));

    assertThat(line).doesNotContain("reviews").doesNotContain("nextBand").doesNotContain("measure");
    CadreResult back = ReportStreamWriter.readResult(line);
    assertThat(back.reviews()).isNull();
    assertThat(back.nextBand()).isNull();
    assertThat(ReportStreamWriter.writeLine(back)).isEqualTo(line);
  }
}

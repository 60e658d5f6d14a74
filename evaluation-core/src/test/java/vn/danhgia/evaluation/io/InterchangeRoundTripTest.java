package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.AssessorRole;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Direction;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.DisciplineForm;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.TaskKind;
import vn.danhgia.evaluation.model.Unit;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.InputIdentity;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.report.Components;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.report.Summary;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.report.WorkStatus;
import vn.danhgia.evaluation.testing.RandomInputs;

/** Read, write, read gives equal objects: for every type, for documents, for generated inputs. */
class InterchangeRoundTripTest {
  private static final Interchange JSON = Interchange.standard();
  private static final String SHA = "0".repeat(64);

  static Stream<Object> everyType() {
    LocalDate d = LocalDate.of(2019, 11, 30);
    return Stream.of(
        new EvaluationPeriod("2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), "2019.1",
            List.of(new QuotaException("G", new BigDecimal("30")))),
        EvaluationPeriod.of("2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        new QuotaException("DEPARTMENT_DIRECTOR", new BigDecimal("12.5")),
        new Unit("U-SD", "Huyện Sơn Dương", Rating.GOOD),
        new Unit("U-X", "Sở Tài chính", null),
        new Position("DPS", "Bí thư Huyện ủy", "DISTRICT_PARTY_SECRETARY", true),
        new Cadre("C01", "Nguyễn Văn A", "DPS", List.of("U-SD", "U-X")),
        new Task("T01", "C01", TaskKind.BREAKTHROUGH, "Giải phóng mặt bằng", d, true, true),
        new Order("O01", "C01", "Giải quyết đơn thư", "Ban Thường vụ Tỉnh ủy", d),
        new Order("O02", "C01", "Đối thoại", null, d),
        new Product("P01", "T01", null, "Quyết định giải quyết khiếu nại", new BigDecimal("23"),
            new BigDecimal("23.00"), Direction.HIGHER_IS_BETTER, d, "Báo cáo 12/BC"),
        new Product("P02", null, "O01", "Số ngày", new BigDecimal("0.125"), BigDecimal.ZERO,
            Direction.LOWER_IS_BETTER, null, null),
        new Assessment("C01", AssessorRole.SUPERIOR, new BigDecimal("27.50")),
        new Discipline("C01", DisciplineForm.EXPULSION, d, true),
        new ConfidenceVote("C01", d, 40, 3),
        new EvaluationPeriod("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, List.of(),
            List.of(new Review("H1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)),
                new Review("H2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31)))),
        new Review("2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
        new Unit("U-SD", "Huyện Sơn Dương", null, true),
        new Product("P03", "T01", null, "Sản phẩm quy đổi", BigDecimal.TEN, BigDecimal.TEN, Direction.HIGHER_IS_BETTER,
            d, null, new BigDecimal("1.50"), LocalDate.of(2026, 3, 20), 2, 1,
            List.of(new Excuse(ExcuseKind.QUALITY, "Sở Nội vụ", "Mưa lũ"), new Excuse(ExcuseKind.DELAY, "UBND", null))),
        new Excuse(ExcuseKind.DELAY, "Sở Nội vụ", null),
        new Survey("C01", d, 200, 163),
        new Reason("CAP_ORDER_FAILED", "Failed order caps the rating", "O01", new Message("vi", "en")),
        new Reason("NO_ANNUAL_TASKS", "Annual tasks needed", null, new Message("vi", "en")),
        Components.of(new BigDecimal("27.50"), new BigDecimal("40.00"), new BigDecimal("11.25"),
            new BigDecimal("7.50")),
        new ProductOutcome("P01", true, false, true),
        new WorkOutcome("T01", WorkKind.BREAKTHROUGH, WorkStatus.COMPLETED_LATE, true, new BigDecimal("0.75"),
            List.of(new ProductOutcome("P01", true, true, true))),
        new WorkOutcome("T02", WorkKind.ANNUAL, WorkStatus.IN_PROGRESS, false, null, List.of()),
        new RuleSetIdentity("leaders", "2019.1", SHA),
        new InputIdentity(SHA),
        new Summary(1, 2, 3, 4, 5),
        sampleResult(),
        new CadreResult("C02", ResultStatus.INCOMPLETE, null, null, null, null, List.of(), List.of(), List.of()),
        sampleReport());
  }

  private static CadreResult sampleResult() {
    return new CadreResult("C01", ResultStatus.RATED, Rating.GOOD, "Hoàn thành tốt nhiệm vụ",
        new BigDecimal("86.25"),
        Components.of(new BigDecimal("27.50"), new BigDecimal("40.00"), new BigDecimal("11.25"),
            new BigDecimal("7.50")),
        List.of(new Reason("CAP_ORDER_FAILED", "Failed order caps the rating", "O01",
            new Message("Việc được đặt hàng không hoàn thành", "An ordered work item failed"))),
        List.of("SELF_ASSESSMENT_DIVERGES"),
        List.of(new WorkOutcome("O01", WorkKind.ORDER, WorkStatus.NOT_COMPLETED, false, BigDecimal.ZERO,
            List.of(new ProductOutcome("P02", false, false, false)))));
  }

  private static EvaluationReport sampleReport() {
    return new EvaluationReport("2019", new RuleSetIdentity("leaders", "2019.1", SHA), new InputIdentity(SHA),
        List.of(sampleResult()), Summary.of(List.of(sampleResult())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyType")
  void writeThenRead_everyType_givesEqualObject(Object value) throws Exception {
    String json = Interchange.mapper().writeValueAsString(value);

    Object back = Interchange.mapper().readValue(json, value.getClass());

    assertThat(back).isEqualTo(value);
    assertThat(Interchange.mapper().writeValueAsString(back)).isEqualTo(json);
  }

  @Test
  void readWriteRead_completeDocument_givesEqualInput() {
    EvaluationInput first = JSON.readInput(Fixtures.resource("complete.json"));

    String written = JSON.writeInputAsString(first);
    EvaluationInput second = JSON.readInput(written);

    assertThat(second).isEqualTo(first);
    assertThat(JSON.writeInputAsString(second)).isEqualTo(written);
  }

  @Test
  void readInput_keepsDecimalsExact() {
    EvaluationInput input = JSON.readInput(Fixtures.resource("complete.json"));

    Product p1 = input.products().get(0);
    assertThat(p1.actual()).isEqualTo(new BigDecimal("108.30"));
    assertThat(input.products().get(3).target()).isEqualTo(new BigDecimal("0.25"));
    assertThat(JSON.writeInputAsString(input)).contains("\"actual\" : 108.30");
  }

  @Test
  void readInput_appliesDefaultsOfOptionalFields() {
    EvaluationInput input = JSON.readInput(Fixtures.resource("complete.json"));

    assertThat(input.positions().get(1).mustRegisterBreakthrough()).isFalse();
    assertThat(input.tasks().get(2).approved()).isFalse();
    assertThat(input.tasks().get(2).basicTarget()).isFalse();
    assertThat(input.cadres().get(1).leads()).isEmpty();
    assertThat(input.orders().get(1).orderedBy()).isNull();
    assertThat(input.products().get(3).delivered()).isNull();
    assertThat(input.units().get(1).rating()).isNull();
  }

  @Test
  void writeReport_isValidAgainstPublishedSchemaAndReadsBack() {
    String json = JSON.writeReportAsString(sampleReport());

    assertThat(JSON.readReport(json.getBytes(StandardCharsets.UTF_8))).isEqualTo(sampleReport());
    assertThat(json).contains("\"score\" : 86.25").contains("\"format\" : \"evaluation-report/1\"");
  }

  @Property(tries = 60)
  void readWriteRead_generatedValidInput_givesEqualInput(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int cadres, @ForAll @IntRange(min = 2019, max = 2027) int year) {
    EvaluationInput input = RandomInputs.generate(seed, cadres, year);

    String written = JSON.writeInputAsString(input);

    assertThat(JSON.validateInput(written.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(JSON.readInput(written)).isEqualTo(input);
  }

  @Property(tries = 60)
  void readWriteRead_generatedInputWithContinuousFields_givesEqualInput(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int cadres) {
    EvaluationInput input = RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026), seed);

    String written = JSON.writeInputAsString(input);

    assertThat(JSON.validateInput(written.getBytes(StandardCharsets.UTF_8))).isEmpty();
    assertThat(JSON.validate(input)).isEmpty();
    assertThat(JSON.readInput(written)).isEqualTo(input);
  }

  @Test
  void readWriteRead_documentWithEveryContinuousField_givesEqualInput() {
    EvaluationInput first = JSON.readInput(Fixtures.resource("continuous.json"));

    String written = JSON.writeInputAsString(first);
    EvaluationInput second = JSON.readInput(written);

    assertThat(second).isEqualTo(first);
    assertThat(JSON.writeInputAsString(second)).isEqualTo(written);
    assertThat(JSON.canonicalInputSha256(second)).isEqualTo(JSON.canonicalInputSha256(first));
  }

  @Property(tries = 60)
  void canonicalInputSha256_ignoresArrayOrderAndFormatting(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 12) int cadres) throws Exception {
    EvaluationInput input = RandomInputs.generate(seed, cadres, 2025);
    EvaluationInput shuffled = RandomInputs.shuffled(input, seed + 1);
    JsonNode compact = Interchange.mapper().readTree(JSON.writeInputAsString(shuffled));
    EvaluationInput reformatted = JSON.readInput(compact.toString());

    assertThat(JSON.canonicalInputSha256(shuffled)).isEqualTo(JSON.canonicalInputSha256(input));
    assertThat(JSON.canonicalInputSha256(reformatted)).isEqualTo(JSON.canonicalInputSha256(input));
  }

  @Test
  void canonicalInputSha256_changesWithContent() {
    EvaluationInput input = JSON.readInput(Fixtures.resource("complete.json"));
    Product p = input.products().get(0);
    List<Product> edited = new java.util.ArrayList<>(input.products());
    edited.set(0, new Product(p.id(), p.task(), p.order(), p.indicator(), p.target(),
        p.actual().add(BigDecimal.ONE), p.direction(), p.delivered(), p.evidence()));
    EvaluationInput changed = new EvaluationInput(input.period(), input.units(), input.positions(),
        input.cadres(), input.tasks(), input.orders(), edited, input.assessments(), input.disciplines(),
        input.confidenceVotes());

    assertThat(JSON.canonicalInputSha256(changed)).isNotEqualTo(JSON.canonicalInputSha256(input));
  }

  @Test
  void canonicalInput_trailingZerosDoNotMatter() {
    String a = new String(Fixtures.resource("complete.json"), StandardCharsets.UTF_8);
    String b = a.replace("\"generalPoints\": 27.5", "\"generalPoints\": 27.500");

    assertThat(b).isNotEqualTo(a);
    assertThat(JSON.canonicalInputSha256(JSON.readInput(b))).isEqualTo(JSON.canonicalInputSha256(JSON.readInput(a)));
    assertThat(new String(JSON.canonicalInput(JSON.readInput(a)), StandardCharsets.UTF_8))
        .startsWith("{\"assessments\":[{\"by\":\"SELF\",\"cadre\":\"C01\",\"generalPoints\":29}");
  }
}

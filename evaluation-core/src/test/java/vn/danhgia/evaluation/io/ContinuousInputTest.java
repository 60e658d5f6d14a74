package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.danhgia.evaluation.io.Fixtures.editedContinuous;
import static vn.danhgia.evaluation.io.Fixtures.remove;
import static vn.danhgia.evaluation.io.Fixtures.set;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * The input fields of continuous evaluation (interchange.md, "Continuous evaluation"): every invalid
 * case reported at its path, every problem in one pass, the defaults, and the counts of excuses
 * checked only where what they depend on is valid.
 */
class ContinuousInputTest {
  private static final Interchange JSON = Interchange.standard();
  private static final List<Object> NO_ITEMS = List.of();

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        // period.reviews
        bad("empty reviews", set("/period/reviews", NO_ITEMS), "$.period.reviews", "at least 1"),
        bad("reviews not an array", set("/period/reviews", "quarters"), "$.period.reviews", "an array"),
        bad("gap between reviews", set("/period/reviews/1/start", "2026-04-02"), "$.period.reviews[1].start",
            "gap"),
        bad("overlapping reviews", set("/period/reviews/2/start", "2026-06-30"), "$.period.reviews[2].start",
            "overlaps"),
        bad("first review after the period's start", set("/period/reviews/0/start", "2026-01-02"),
            "$.period.reviews[0].start", "2026-01-01"),
        bad("first review before the period's start", set("/period/reviews/0/start", "2025-12-01"),
            "$.period.reviews[0].start", "not on the period's start 2026-01-01"),
        bad("last review before the period's end", set("/period/reviews/3/end", "2026-12-30"),
            "$.period.reviews[3].end", "not on the period's end 2026-12-31"),
        bad("last review after the period's end", set("/period/reviews/3/end", "2027-01-31"),
            "$.period.reviews[3].end", "2027-01-31"),
        bad("repeated review id", set("/period/reviews/2/id", "2026-Q2"), "$.period.reviews[2].id",
            "first at $.period.reviews[1].id"),
        bad("review ending before it starts", set("/period/reviews/1/end", "2026-03-31"),
            "$.period.reviews[1].end", "before it starts"),
        bad("review start not a date", set("/period/reviews/1/start", "2026-04-31"),
            "$.period.reviews[1].start", "not a date"),
        bad("review without an id", remove("/period/reviews/0/id"), "$.period.reviews[0].id", "required"),
        bad("review with an empty id", set("/period/reviews/0/id", ""), "$.period.reviews[0].id", "empty"),
        bad("review without an end", remove("/period/reviews/3/end"), "$.period.reviews[3].end", "required"),
        bad("review with an undefined field", set("/period/reviews/0/label", "Quý I"),
            "$.period.reviews[0].label", "label"),
        // products
        bad("conversion 0", set("/products/0/conversion", 0), "$.products[0].conversion", "more than 0"),
        bad("negative conversion", set("/products/0/conversion", -1.5), "$.products[0].conversion", "-1.5"),
        bad("conversion as a string", set("/products/0/conversion", "1.5"), "$.products[0].conversion",
            "a number"),
        bad("conversion above 10^18", set("/products/0/conversion", new BigDecimal("1000000000000000000.5")),
            "$.products[0].conversion", "at most"),
        bad("conversion with 13 decimal places", set("/products/0/conversion", new BigDecimal("1.0000000000001")),
            "$.products[0].conversion", "decimal places"),
        bad("due not a date", set("/products/0/due", "2026-02-30"), "$.products[0].due", "not a date"),
        bad("due a number", set("/products/0/due", 20260320), "$.products[0].due", "a string"),
        bad("negative quality failures", set("/products/0/qualityFailures", -1), "$.products[0].qualityFailures",
            "at least 0"),
        bad("quality failures not an integer", set("/products/0/qualityFailures", 1.5),
            "$.products[0].qualityFailures", "an integer"),
        bad("negative delays", set("/products/1/delays", -1), "$.products[1].delays", "at least 0"),
        bad("delays beyond an int", set("/products/1/delays", 2147483648L), "$.products[1].delays", "at most"),
        bad("unknown excuse kind", set("/products/0/excuses/0/kind", "WEATHER"), "$.products[0].excuses[0].kind",
            "\"WEATHER\""),
        bad("excuse without a kind", remove("/products/0/excuses/0/kind"), "$.products[0].excuses[0].kind",
            "required"),
        bad("blank approver", set("/products/0/excuses/0/approvedBy", " \t "),
            "$.products[0].excuses[0].approvedBy", "not a space"),
        bad("empty approver", set("/products/0/excuses/1/approvedBy", ""), "$.products[0].excuses[1].approvedBy",
            "not a space"),
        bad("excuse without an approver", remove("/products/0/excuses/1/approvedBy"),
            "$.products[0].excuses[1].approvedBy", "required"),
        bad("approver not a string", set("/products/0/excuses/1/approvedBy", true),
            "$.products[0].excuses[1].approvedBy", "a string"),
        bad("note not a string", set("/products/0/excuses/0/note", 12), "$.products[0].excuses[0].note",
            "a string"),
        bad("excuse with an undefined field", set("/products/0/excuses/0/reason", "x"),
            "$.products[0].excuses[0].reason", "reason"),
        bad("excuses not an array", set("/products/0/excuses", Map.of()), "$.products[0].excuses", "an array"),
        bad("QUALITY excuse without a quality failure", set("/products/0/qualityFailures", 0),
            "$.products[0].excuses[0]", "QUALITY"),
        bad("QUALITY excuse beyond the quality failures, the third excuse", set("/products/1/qualityFailures", 0),
            "$.products[1].excuses[2]", "0 quality failure"),
        bad("second DELAY excuse for one delay", set("/products/1/delays", 1), "$.products[1].excuses[1]",
            "DELAY excuse number 2"),
        bad("DELAY excuse of a product delivered on its due date", set("/products/0/delivered", "2026-03-20"),
            "$.products[0].excuses[1]", "DELAY"),
        bad("DELAY excuse of a product on time for its owner's deadline",
            set("/products/2/excuses", List.of(Map.of("kind", "DELAY", "approvedBy", "Sở Nội vụ"))),
            "$.products[2].excuses[0]", "0 delay"),
        bad("DELAY excuse of a product never delivered", doc -> {
              remove("/products/3/delivered").accept(doc);
              set("/products/3/excuses", List.of(Map.of("kind", "DELAY", "approvedBy", "UBND tỉnh"))).accept(doc);
            }, "$.products[3].excuses[0]", "DELAY"),
        bad("delays not valid: the DELAY excuses are not counted", set("/products/1/delays", "two"),
            "$.products[1].delays", "an integer"),
        bad("delivered not a date: the DELAY excuse is not counted", set("/products/0/delivered", "2026-13-01"),
            "$.products[0].delivered", "not a date"),
        bad("due not a date: the DELAY excuse is not counted", set("/products/0/due", "soon"),
            "$.products[0].due", "not a date"),
        bad("quality failures null count as 0", set("/products/0/qualityFailures", null),
            "$.products[0].excuses[0]", "QUALITY"),
        // units
        bad("corruption finding as a string", set("/units/0/corruptionFinding", "yes"),
            "$.units[0].corruptionFinding", "true or false"),
        bad("corruption finding as a number", set("/units/1/corruptionFinding", 1),
            "$.units[1].corruptionFinding", "true or false"),
        // surveys
        bad("survey of an unknown cadre", set("/surveys/0/cadre", "C99"), "$.surveys[0].cadre", "\"C99\""),
        bad("survey date not a date", set("/surveys/0/date", "30/06/2026"), "$.surveys[0].date", "not a date"),
        bad("survey without respondents", set("/surveys/0/respondents", 0), "$.surveys[0].respondents",
            "at least 1"),
        bad("respondents not an integer", set("/surveys/0/respondents", 200.5), "$.surveys[0].respondents",
            "an integer"),
        bad("respondents beyond an int: satisfied is not compared", set("/surveys/0/respondents", 2147483648L),
            "$.surveys[0].respondents", "at most"),
        bad("negative satisfied", set("/surveys/0/satisfied", -1), "$.surveys[0].satisfied", "at least 0"),
        bad("more satisfied than respondents", set("/surveys/1/satisfied", 151), "$.surveys[1].satisfied",
            "151 exceed the number of respondents 150"),
        bad("survey without satisfied", remove("/surveys/2/satisfied"), "$.surveys[2].satisfied", "required"),
        bad("survey without a cadre", remove("/surveys/2/cadre"), "$.surveys[2].cadre", "required"),
        bad("survey with an undefined field", set("/surveys/0/comment", "x"), "$.surveys[0].comment", "comment"),
        bad("surveys not an array", set("/surveys", "none"), "$.surveys", "an array"));
  }

  private static Arguments bad(String what, Consumer<ObjectNode> edit, String path, String mentions) {
    return Arguments.of(what, editedContinuous(edit), path, mentions);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidDocuments")
  void readInput_invalidContinuousField_reportsOneProblemAtItsPath(String what, byte[] json, String path,
      String mentions) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e).as(what).isNotNull();
    assertThat(e.problems()).as(what).extracting(Problem::path).containsExactly(path);
    assertThat(e.problems().get(0).message()).as(what).contains(mentions);
    assertThat(JSON.validateInput(json)).as(what).isEqualTo(e.problems());
  }

  @Test
  void readInput_continuousFixture_isValid() {
    assertThat(JSON.validateInput(Fixtures.resource("continuous.json"))).isEmpty();
  }

  static Stream<Arguments> validDocuments() {
    return Stream.of(
        Arguments.of("reviews null", editedContinuous(set("/period/reviews", null))),
        Arguments.of("reviews absent", editedContinuous(remove("/period/reviews"))),
        Arguments.of("one review over the whole period", editedContinuous(set("/period/reviews",
            List.of(Map.of("id", "2026", "start", "2026-01-01", "end", "2026-12-31"))))),
        Arguments.of("twelve monthly reviews", editedContinuous(set("/period/reviews", months(2026)))),
        Arguments.of("one-day reviews", editedContinuous(doc -> {
          set("/period/end", "2026-01-02").accept(doc);
          set("/period/reviews", List.of(Map.of("id", "d1", "start", "2026-01-01", "end", "2026-01-01"),
              Map.of("id", "d2", "start", "2026-01-02", "end", "2026-01-02"))).accept(doc);
        })),
        Arguments.of("smallest conversion", editedContinuous(set("/products/0/conversion",
            new BigDecimal("0.000000000001")))),
        Arguments.of("largest conversion", editedContinuous(set("/products/0/conversion",
            new BigDecimal("1000000000000000000")))),
        Arguments.of("DELAY excuse of a product late for its owner's deadline", editedContinuous(doc -> {
          set("/products/2/delivered", "2026-12-01").accept(doc);
          set("/products/2/excuses", List.of(Map.of("kind", "DELAY", "approvedBy", "Sở Nội vụ"))).accept(doc);
        })),
        Arguments.of("DELAY excuse of a product delivered after the period, late", editedContinuous(doc -> {
          set("/products/3/delivered", "2027-01-05").accept(doc);
          set("/products/3/excuses", List.of(Map.of("kind", "DELAY", "approvedBy", "UBND tỉnh"))).accept(doc);
        })),
        Arguments.of("as many excuses as failures and delays", editedContinuous(doc -> {
          set("/products/1/qualityFailures", 1).accept(doc);
        })),
        Arguments.of("every respondent satisfied, and none", editedContinuous(doc -> {
          set("/surveys/0/satisfied", 200).accept(doc);
          set("/surveys/1/satisfied", 0).accept(doc);
          set("/surveys/1/respondents", 1).accept(doc);
        })),
        Arguments.of("quality failures written 2.0", editedContinuous(set("/products/1/qualityFailures",
            new BigDecimal("2.0")))),
        Arguments.of("no surveys", editedContinuous(set("/surveys", null))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void readInput_validContinuousFields_accepted(String what, byte[] json) {
    assertThat(JSON.validateInput(json)).as(what).isEmpty();
    EvaluationInput input = JSON.readInput(json);

    assertThat(JSON.readInput(JSON.writeInputAsString(input))).as(what).isEqualTo(input);
  }

  @Test
  void readInput_manyProblems_listsEveryOneInOnePass() {
    byte[] json = editedContinuous(doc -> {
      set("/period/reviews/2/start", "2026-07-02").accept(doc);
      set("/period/reviews/3/id", "2026-Q1").accept(doc);
      set("/products/0/conversion", 0).accept(doc);
      set("/products/1/delays", 0).accept(doc);
      set("/products/1/excuses/2/approvedBy", "").accept(doc);
      set("/units/2/corruptionFinding", "no").accept(doc);
      set("/surveys/2/satisfied", 81).accept(doc);
      set("/surveys/1/cadre", "C77").accept(doc);
    });

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e.problems()).extracting(Problem::path).containsExactly(
        "$.period.reviews[2].start",
        "$.period.reviews[3].id",
        "$.products[0].conversion",
        "$.products[1].excuses[1]",
        "$.products[1].excuses[2].approvedBy",
        "$.surveys[1].cadre",
        "$.surveys[2].satisfied",
        "$.units[2].corruptionFinding");
  }

  @Test
  void readInput_reviewsOutOfDateOrder_namesEachBreakAtTheLaterReview() {
    byte[] json = editedContinuous(doc -> {
      var q1 = doc.at("/period/reviews/0").deepCopy();
      set("/period/reviews/0", doc.at("/period/reviews/1")).accept(doc);
      set("/period/reviews/1", q1).accept(doc);
    });

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e.problems()).extracting(Problem::path, Problem::key).containsExactly(
        org.assertj.core.groups.Tuple.tuple("$.period.reviews[0].start", "reviewFirstStart"),
        org.assertj.core.groups.Tuple.tuple("$.period.reviews[1].start", "reviewOverlap"),
        org.assertj.core.groups.Tuple.tuple("$.period.reviews[2].start", "reviewGap"));
  }

  @Test
  void readInput_continuousFields_boundWithTheirDefaults() {
    EvaluationInput input = JSON.readInput(Fixtures.resource("continuous.json"));

    assertThat(input.period().reviews()).extracting(Review::id).containsExactly("2026-Q1", "2026-Q2", "2026-Q3",
        "2026-Q4");
    Product p1 = input.products().get(0);
    assertThat(p1.conversion()).isEqualTo(new BigDecimal("1.5"));
    assertThat(p1.due()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(p1.qualityFailures()).isEqualTo(1);
    assertThat(p1.excuses()).containsExactly(new Excuse(ExcuseKind.QUALITY, "Sở Nội vụ", "Mưa lũ"),
        new Excuse(ExcuseKind.DELAY, "Ban Thường vụ Tỉnh ủy", null));
    Product p3 = input.products().get(2);
    assertThat(p3.conversion()).isEqualTo(BigDecimal.ONE);
    assertThat(p3.due()).isNull();
    assertThat(p3.qualityFailures()).isZero();
    assertThat(p3.delays()).isZero();
    assertThat(p3.excuses()).isEmpty();
    assertThat(input.units()).extracting(u -> u.corruptionFinding()).containsExactly(true, false, false);
    assertThat(input.surveys()).first().isEqualTo(new Survey("C01", LocalDate.of(2026, 6, 30), 200, 163));
  }

  @Test
  void readInput_documentWithoutContinuousFields_bindsTheDefaults() {
    EvaluationInput input = JSON.readInput(Fixtures.resource("complete.json"));

    assertThat(input.period().reviews()).isEmpty();
    assertThat(input.surveys()).isEmpty();
    assertThat(input.units()).noneMatch(u -> u.corruptionFinding());
    assertThat(input.products()).allSatisfy(p -> {
      assertThat(p.conversion()).isEqualTo(BigDecimal.ONE);
      assertThat(p.due()).isNull();
      assertThat(p.qualityFailures() + p.delays()).isZero();
      assertThat(p.excuses()).isEmpty();
    });
  }

  @Test
  void writeInput_defaultsOfContinuousFields_areNotWritten() {
    EvaluationInput input = JSON.readInput(Fixtures.resource("continuous.json"));

    String written = JSON.writeInputAsString(input);

    assertThat(JSON.readInput(written)).isEqualTo(input);
    assertThat(JSON.writeInputAsString(JSON.readInput(written))).isEqualTo(written);
    String p3 = written.substring(written.indexOf("\"P03\""), written.indexOf("\"P04\""));
    assertThat(p3).doesNotContain("conversion", "due", "qualityFailures", "delays", "excuses");
    assertThat(written).contains("\"conversion\" : 1.5", "\"corruptionFinding\" : true")
        .doesNotContain("\"corruptionFinding\" : false");
    String old = JSON.writeInputAsString(JSON.readInput(Fixtures.resource("complete.json")));
    assertThat(old).doesNotContain("reviews", "surveys", "conversion", "qualityFailures", "delays", "excuses",
        "corruptionFinding", "\"due\"");
  }

  @Test
  void problems_ofContinuousFields_readInVietnameseOrEnglish() {
    byte[] json = editedContinuous(doc -> {
      set("/period/reviews/1/start", "2026-04-05").accept(doc);
      set("/products/0/qualityFailures", 0).accept(doc);
      set("/surveys/1/satisfied", 151).accept(doc);
    });

    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> JSON.readInput(json));

    assertThat(e.describe(Locale.forLanguageTag("vi"))).containsExactly(
        "$.period.reviews[1].start: có khoảng trống trước kỳ theo dõi này: kỳ bắt đầu ngày 2026-04-05, nhưng kỳ"
            + " trước kết thúc ngày 2026-03-31",
        "$.products[0].excuses[0]: thừa một lý do khách quan về chất lượng (QUALITY): sản phẩm có 0 lần không"
            + " đạt chất lượng, đây là lý do QUALITY thứ 1",
        "$.surveys[1].satisfied: số người hài lòng 151 lớn hơn số người được khảo sát 150");
    assertThat(e.describe(Locale.ENGLISH)).containsExactly(
        "$.period.reviews[1].start: there is a gap before this review: it starts on 2026-04-05, but the review"
            + " before it ends on 2026-03-31",
        "$.products[0].excuses[0]: one QUALITY excuse too many: the product records 0 quality failure(s), and"
            + " this is QUALITY excuse number 1",
        "$.surveys[1].satisfied: satisfied respondents 151 exceed the number of respondents 150");
  }

  private static List<Map<String, String>> months(int year) {
    List<Map<String, String>> out = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      LocalDate first = LocalDate.of(year, m, 1);
      out.add(Map.of("id", year + "-" + m, "start", first.toString(),
          "end", first.withDayOfMonth(first.lengthOfMonth()).toString()));
    }
    return out;
  }
}

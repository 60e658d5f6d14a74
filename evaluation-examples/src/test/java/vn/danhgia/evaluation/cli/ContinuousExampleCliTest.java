package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.assertNoStackTrace;
import static vn.danhgia.evaluation.cli.CliRun.assertRefusedInput;
import static vn.danhgia.evaluation.cli.CliRun.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.report.EvaluationReport;

/**
 * The command line on the Tuyên Quang 2026 example, evaluated by quarter under {@code leaders 2026.1}:
 * the table and a report (valid against the published report schema) whose every result carries the
 * period's four reviews, the components of 2026.1 and its next band; the diff from 2025.1 naming who
 * changes and why; the README's summary line for it; and the invalid cases of the continuous-evaluation
 * fields that {@link ContinuousInputCliTest} does not already cover, each exiting 2 with its path.
 */
class ContinuousExampleCliTest {
  static final Path EXAMPLE = Path.of("data/tuyen-quang-2026.json");
  private static final Path README = Path.of("../README.md");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TWO_DECIMALS = Pattern.compile("-?\\d+\\.\\d{2}");

  @TempDir
  Path tmp;

  // ------------------------------------------------------------------ evaluate

  @Test
  void evaluate_2026Example_printsTheTableAndEveryResultHasThePeriodsFourReviews() throws IOException {
    Path file = tmp.resolve("report.json");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    JsonNode input = JSON.readTree(EXAMPLE.toFile());
    List<String> reviewIds = new ArrayList<>();
    input.at("/period/reviews").forEach(r -> reviewIds.add(r.get("id").asText()));
    assertThat(reviewIds).containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    assertThat(run.outLines().get(0)).contains("Cadre", "Name", "Position", "Score", "Rating", "Main reasons");
    for (JsonNode cadre : input.get("cadres")) {
      assertThat(run.outLines()).as("the table line of %s", cadre.get("id").asText())
          .anySatisfy(line -> assertThat(line).startsWith(cadre.get("id").asText() + " ")
              .contains(cadre.get("name").asText()));
    }

    byte[] bytes = Files.readAllBytes(file);
    EvaluationReport report = Interchange.standard().readReport(bytes); // checked against the report schema
    assertThat(report.ruleSet().version()).isEqualTo("2026.1");
    assertThat(report.results()).hasSize(input.get("cadres").size());
    assertThat(run.out()).contains(summaryLine(report));

    JsonNode doc = JSON.readTree(bytes);
    Map<String, String> numbers = numberTexts(bytes);
    JsonNode results = doc.get("results");
    for (int i = 0; i < results.size(); i++) {
      JsonNode result = results.get(i);
      String at = "/results/" + i;
      String cadre = result.get("cadre").asText();
      JsonNode reviews = result.get("reviews");
      assertThat(reviews).as("%s reviews", cadre).isNotNull().hasSize(4);
      for (int j = 0; j < 4; j++) {
        JsonNode review = reviews.get(j);
        String rat = at + "/reviews/" + j;
        assertThat(review.get("review").asText()).as(rat).isEqualTo(reviewIds.get(j));
        assertTwoDecimals(numbers, rat + "/weight");
        boolean counted = review.get("weight").decimalValue().signum() > 0;
        for (String figure : List.of("quantity", "quality", "progress", "results")) {
          assertThat(review.has(figure)).as(rat + "/" + figure).isTrue();
          if (counted) {
            assertTwoDecimals(numbers, rat + "/" + figure);
          } else {
            assertThat(review.get(figure).isNull()).as(rat + "/" + figure + " of a review not counted").isTrue();
          }
        }
      }
      assertThat(result.has("nextBand")).as("%s nextBand", cadre).isTrue();
      JsonNode nextBand = result.get("nextBand");
      if (result.get("status").asText().equals("RATED")) {
        assertTwoDecimals(numbers, at + "/score");
        assertThat(fieldNames(result.get("components"))).as(cadre).containsExactly("general", "results");
        assertTwoDecimals(numbers, at + "/components/general");
        assertTwoDecimals(numbers, at + "/components/results");
      } else {
        assertThat(result.get("components").isNull()).as(cadre).isTrue();
        assertThat(nextBand.isNull()).as("%s is not rated: no next band", cadre).isTrue();
      }
      if (!nextBand.isNull()) {
        assertThat(fieldNames(nextBand)).as(cadre).containsExactly("rating", "points");
        assertTwoDecimals(numbers, at + "/nextBand/points");
        assertThat(nextBand.get("points").decimalValue().signum()).as(cadre).isPositive();
      }
    }
    assertNoStackTrace(run);
  }

  @Test
  void evaluate_2026Example_spreadsTheRatingsAndShowsTheNewCases() throws IOException {
    Path file = tmp.resolve("report.json");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode doc = JSON.readTree(file.toFile());
    JsonNode summary = doc.get("summary");
    for (String rating : List.of("EXCELLENT", "GOOD", "COMPLETED", "NOT_COMPLETED", "INCOMPLETE")) {
      assertThat(summary.get(rating).asInt()).as(rating).isPositive();
    }
    int rated = doc.get("results").size() - summary.get("INCOMPLETE").asInt();
    assertThat(summary.get("EXCELLENT").asInt() * 5).as("within the 20% quota").isLessThanOrEqualTo(rated);
    Map<String, JsonNode> byCadre = new HashMap<>();
    doc.get("results").forEach(r -> byCadre.put(r.get("cadre").asText(), r));
    assertThat(countedReviews(byCadre.get("C04"))).as("the mid-year cadre").isEqualTo(2);
    assertThat(byCadre.get("C04").get("status").asText()).isEqualTo("RATED");
    assertThat(countedReviews(byCadre.get("C25"))).as("work due only in the last quarter").isEqualTo(1);
    assertThat(codes(byCadre.get("C25"))).contains("TOO_FEW_REVIEWS");
    assertThat(codes(byCadre.get("C11"))).contains("VETO_UNIT_CORRUPTION");
    assertThat(byCadre.get("C24").get("flags")).extracting(JsonNode::asText).contains("LOW_SATISFACTION");
    assertThat(codes(byCadre.get("C09"))).as("a survey under 80%").contains("EXCELLENT_CONDITIONS_NOT_MET");
  }

  @Test
  void readme_2026Example_quotesTheSummaryLineTheCommandPrints() throws IOException {
    Path file = tmp.resolve("report.json");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String line = run.outLines().stream().filter(l -> l.startsWith("25 cadres: ")).findFirst().orElseThrow();
    assertThat(line).contains("period 2026");
    assertThat(readme)
        .contains("java -jar evaluation-examples/target/evaluation-cli.jar evaluate "
            + "evaluation-examples/data/tuyen-quang-2026.json --output report.json")
        .contains("java -jar evaluation-examples/target/evaluation-cli.jar diff "
            + "evaluation-examples/data/tuyen-quang-2026.json --from 2025.1 --to 2026.1")
        .contains(line);
  }

  // ------------------------------------------------------------------ diff

  @Test
  void diff_2026ExampleFrom2025To2026_listsEveryCadreWhoseRatingChangesWithTheReasons() throws IOException {
    JsonNode before = evaluated("2025.1");
    JsonNode after = evaluated("2026.1");

    CliRun run = run("diff", EXAMPLE.toString(), "--from", "2025.1", "--to", "2026.1");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.outLines().get(0)).contains(EXAMPLE.toString()).contains("leaders 2025.1 -> leaders 2026.1");
    int changed = 0;
    for (int i = 0; i < after.get("results").size(); i++) {
      JsonNode a = before.get("results").get(i);
      JsonNode b = after.get("results").get(i);
      String from = outcome(a);
      String to = outcome(b);
      if (from.equals(to)) {
        continue;
      }
      changed++;
      String cadre = b.get("cadre").asText();
      assertThat(run.outLines()).as("the heading of %s", cadre)
          .anySatisfy(l -> assertThat(l).startsWith(cadre + " ").endsWith(from + " -> " + to));
      Set<String> added = new LinkedHashSet<>(codes(b));
      added.removeAll(codes(a));
      Set<String> removed = new LinkedHashSet<>(codes(a));
      removed.removeAll(codes(b));
      List<String> block = blockOf(run.outLines(), cadre);
      for (String code : added) {
        assertThat(block).as("%s gains %s", cadre, code).anySatisfy(l -> assertThat(l).startsWith("  + " + code));
      }
      for (String code : removed) {
        assertThat(block).as("%s loses %s", cadre, code).anySatisfy(l -> assertThat(l).startsWith("  - " + code));
      }
      assertThat(run.out()).contains(from + " -> " + to + ": ");
    }
    assertThat(changed).as("the new framework changes someone's rating").isPositive();
    assertNoStackTrace(run);
  }

  // ------------------------------------------------------------------ invalid input

  static Stream<Arguments> invalidCases() {
    ObjectNode doc = example();
    int excusedDelay = indexOf(doc, "P028");   // delays 1, one DELAY excuse
    int excusedQuality = indexOf(doc, "P014"); // qualityFailures 2, one QUALITY excuse
    int survey = 0;
    String p = "$.products[" + excusedDelay + "]";
    String q = "$.products[" + excusedQuality + "]";
    return Stream.of(
        bad("negative conversion", d -> set(d, "/products/" + excusedDelay, "conversion", -1.5), p + ".conversion"),
        bad("conversion not a number", d -> set(d, "/products/" + excusedDelay, "conversion", "1.5"),
            p + ".conversion"),
        bad("quality failures not an integer", d -> set(d, "/products/" + excusedQuality, "qualityFailures", 1.5),
            q + ".qualityFailures"),
        bad("negative delays", d -> set(d, "/products/" + excusedDelay, "delays", -1), p + ".delays"),
        bad("a DELAY excuse beyond the delays", d -> excuse(d, excusedDelay, "DELAY"), p + ".excuses[1]"),
        bad("QUALITY excuses beyond the failures", d -> {
          excuse(d, excusedQuality, "QUALITY");
          excuse(d, excusedQuality, "QUALITY");
        }, q + ".excuses[2]"),
        bad("empty approver", d -> set(d, "/products/" + excusedDelay + "/excuses/0", "approvedBy", ""),
            p + ".excuses[0].approvedBy"),
        bad("approver missing", d -> ((ObjectNode) d.at("/products/" + excusedDelay + "/excuses/0"))
            .remove("approvedBy"), p + ".excuses[0].approvedBy"),
        bad("corruption finding a number", d -> set(d, "/units/0", "corruptionFinding", 1),
            "$.units[0].corruptionFinding"),
        bad("negative respondents", d -> set(d, "/surveys/" + survey, "respondents", -5),
            "$.surveys[0].respondents"),
        bad("respondents not an integer", d -> set(d, "/surveys/" + survey, "respondents", 120.5),
            "$.surveys[0].respondents"),
        bad("negative satisfied", d -> set(d, "/surveys/" + survey, "satisfied", -1), "$.surveys[0].satisfied"),
        bad("survey date not a date", d -> set(d, "/surveys/" + survey, "date", "2026-13-01"),
            "$.surveys[0].date"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void evaluate_invalidContinuousFieldOf2026Example_exitsTwoWithItsPathAndWritesNothing(String what,
      Consumer<ObjectNode> edit, String path) throws IOException {
    ObjectNode doc = example();
    edit.accept(doc);
    Path input = Files.writeString(tmp.resolve("bad.json"), doc.toPrettyString(), StandardCharsets.UTF_8);
    Path report = tmp.resolve("report.json");

    CliRun run = run("evaluate", input.toString(), "--output", report.toString());

    assertRefusedInput(run, what, input, path, report);
  }

  // ------------------------------------------------------------------ helpers

  private JsonNode evaluated(String version) throws IOException {
    Path file = tmp.resolve("report-" + version + ".json");
    CliRun run = run("evaluate", EXAMPLE.toString(), "--version", version, "--output", file.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    return JSON.readTree(file.toFile());
  }

  /** The rating, or the status of a cadre not rated, as the diff's heading writes it. */
  private static String outcome(JsonNode result) {
    return result.get("rating").isNull() ? result.get("status").asText() : result.get("rating").asText();
  }

  /** The lines of a cadre's block in the diff: from its heading to the next blank line. */
  private static List<String> blockOf(List<String> lines, String cadre) {
    List<String> block = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith(cadre + " ")) {
        in = true;
      } else if (in && line.isBlank()) {
        break;
      }
      if (in) {
        block.add(line);
      }
    }
    return block;
  }

  private static Set<String> codes(JsonNode result) {
    Set<String> codes = new LinkedHashSet<>();
    result.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
    return codes;
  }

  private static long countedReviews(JsonNode result) {
    long n = 0;
    for (JsonNode review : result.get("reviews")) {
      if (review.get("weight").decimalValue().signum() > 0) {
        n++;
      }
    }
    return n;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String summaryLine(EvaluationReport report) {
    var s = report.summary();
    return report.results().size() + " cadres: EXCELLENT " + s.excellent() + ", GOOD " + s.good() + ", COMPLETED "
        + s.completed() + ", NOT_COMPLETED " + s.notCompleted() + ", INCOMPLETE " + s.incomplete()
        + "; rule set leaders 2026.1 (sha256 " + report.ruleSet().sha256().substring(0, 12);
  }

  /** Every number of a JSON document as written, by its JSON pointer. */
  private static Map<String, String> numberTexts(byte[] json) throws IOException {
    Map<String, String> out = new HashMap<>();
    try (JsonParser parser = JSON.getFactory().createParser(json)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) {
          out.put(parser.getParsingContext().pathAsPointer().toString(), parser.getText());
        }
      }
    }
    return out;
  }

  private static void assertTwoDecimals(Map<String, String> numbers, String pointer) {
    assertThat(numbers.get(pointer)).as(pointer).isNotNull().matches(TWO_DECIMALS);
  }

  private static Arguments bad(String what, Consumer<ObjectNode> edit, String path) {
    return Arguments.of(what, edit, path);
  }

  private static void excuse(ObjectNode doc, int product, String kind) {
    ((ArrayNode) doc.at("/products/" + product + "/excuses")).addObject().put("kind", kind)
        .put("approvedBy", "Thường trực Tỉnh ủy");
  }

  private static void set(ObjectNode doc, String pointer, String field, Object value) {
    ((ObjectNode) doc.at(pointer)).set(field, JSON.valueToTree(value));
  }

  private static int indexOf(ObjectNode doc, String productId) {
    JsonNode products = doc.get("products");
    for (int i = 0; i < products.size(); i++) {
      if (products.get(i).get("id").asText().equals(productId)) {
        return i;
      }
    }
    throw new IllegalStateException("no product " + productId + " in " + EXAMPLE);
  }

  private static ObjectNode example() {
    try {
      return (ObjectNode) JSON.readTree(EXAMPLE.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.assertRefusedInput;
import static vn.danhgia.evaluation.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line on the input fields of continuous evaluation: the example of 2019 with valid
 * reviews, conversions, due dates, failures, delays, excuses, corruption findings and surveys is
 * evaluated (versions before 2026.1 ignore them: the same results); each invalid case of those fields
 * exits 2 with its path on standard error, and no report is written.
 */
class ContinuousInputCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  /** The example with every field of continuous evaluation, valid. */
  private static ObjectNode withContinuousFields() {
    ObjectNode doc = example();
    ArrayNode reviews = ((ObjectNode) doc.get("period")).putArray("reviews");
    String[][] quarters = {{"2019-01-01", "2019-03-31"}, {"2019-04-01", "2019-06-30"}, {"2019-07-01", "2019-09-30"},
        {"2019-10-01", "2019-12-31"}};
    for (int q = 0; q < 4; q++) {
      reviews.addObject().put("id", "2019-Q" + (q + 1)).put("start", quarters[q][0]).put("end", quarters[q][1]);
    }
    ((ObjectNode) doc.at("/units/0")).put("corruptionFinding", true);
    ObjectNode p = (ObjectNode) doc.at("/products/0");
    p.put("conversion", 1.5).put("due", "2019-03-10").put("qualityFailures", 1).put("delays", 0);
    p.putArray("excuses").addObject().put("kind", "DELAY").put("approvedBy", "Sở Nội vụ").put("note", "Bão số 3");
    ((ArrayNode) p.get("excuses")).addObject().put("kind", "QUALITY").put("approvedBy", "Ban Tổ chức Tỉnh ủy");
    doc.putArray("surveys").addObject().put("cadre", "C01").put("date", "2019-12-15").put("respondents", 200)
        .put("satisfied", 163);
    return doc;
  }

  static Stream<Arguments> invalidCases() {
    return Stream.of(
        bad("empty reviews", d -> ((ObjectNode) d.get("period")).putArray("reviews"), "$.period.reviews"),
        bad("gap between reviews", d -> set(d, "/period/reviews/1", "start", "2019-04-02"),
            "$.period.reviews[1].start"),
        bad("overlapping reviews", d -> set(d, "/period/reviews/2", "start", "2019-06-15"),
            "$.period.reviews[2].start"),
        bad("first review not on the period's start", d -> set(d, "/period/reviews/0", "start", "2019-01-02"),
            "$.period.reviews[0].start"),
        bad("last review not on the period's end", d -> set(d, "/period/reviews/3", "end", "2019-12-30"),
            "$.period.reviews[3].end"),
        bad("repeated review id", d -> set(d, "/period/reviews/3", "id", "2019-Q1"), "$.period.reviews[3].id"),
        bad("review ending before it starts", d -> set(d, "/period/reviews/1", "end", "2019-03-31"),
            "$.period.reviews[1].end"),
        bad("conversion 0", d -> set(d, "/products/0", "conversion", 0), "$.products[0].conversion"),
        bad("due not a date", d -> set(d, "/products/0", "due", "2019-02-30"), "$.products[0].due"),
        bad("negative quality failures", d -> set(d, "/products/0", "qualityFailures", -1),
            "$.products[0].qualityFailures"),
        bad("delays not an integer", d -> set(d, "/products/0", "delays", 0.5), "$.products[0].delays"),
        bad("unknown excuse kind", d -> set(d, "/products/0/excuses/0", "kind", "WEATHER"),
            "$.products[0].excuses[0].kind"),
        bad("blank approver", d -> set(d, "/products/0/excuses/0", "approvedBy", "   "),
            "$.products[0].excuses[0].approvedBy"),
        bad("QUALITY excuse beyond the failures", d -> set(d, "/products/0", "qualityFailures", 0),
            "$.products[0].excuses[1]"),
        bad("DELAY excuse of a product on time", d -> set(d, "/products/0", "due", "2019-03-15"),
            "$.products[0].excuses[0]"),
        bad("corruption finding not a boolean", d -> set(d, "/units/0", "corruptionFinding", "yes"),
            "$.units[0].corruptionFinding"),
        bad("survey of an unknown cadre", d -> set(d, "/surveys/0", "cadre", "C99"), "$.surveys[0].cadre"),
        bad("survey without respondents", d -> set(d, "/surveys/0", "respondents", 0), "$.surveys[0].respondents"),
        bad("more satisfied than respondents", d -> set(d, "/surveys/0", "satisfied", 201),
            "$.surveys[0].satisfied"),
        bad("undefined field of a survey", d -> set(d, "/surveys/0", "comment", "x"), "$.surveys[0].comment"));
  }

  private static Arguments bad(String what, Consumer<ObjectNode> edit, String path) {
    return Arguments.of(what, edit, path);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void evaluate_invalidContinuousField_exitsTwoWithItsPathAndWritesNothing(String what, Consumer<ObjectNode> edit,
      String path) throws IOException {
    ObjectNode doc = withContinuousFields();
    edit.accept(doc);
    Path input = Files.writeString(tmp.resolve("bad.json"), doc.toPrettyString(), StandardCharsets.UTF_8);
    Path report = tmp.resolve("report.json");

    CliRun run = run("evaluate", input.toString(), "--output", report.toString());

    assertRefusedInput(run, what, input, path, report);
  }

  @Test
  void evaluate_validContinuousFields_olderVersionsIgnoreThem() throws IOException {
    Path plain = Files.writeString(tmp.resolve("plain.json"), example().toPrettyString(), StandardCharsets.UTF_8);
    Path continuous = Files.writeString(tmp.resolve("continuous.json"), withContinuousFields().toPrettyString(),
        StandardCharsets.UTF_8);
    for (String version : new String[] {"2019.1", "2025.1"}) {
      Path a = tmp.resolve("plain-" + version + ".json");
      Path b = tmp.resolve("continuous-" + version + ".json");

      CliRun first = run("evaluate", plain.toString(), "--version", version, "--output", a.toString());
      CliRun second = run("evaluate", continuous.toString(), "--version", version, "--output", b.toString());

      assertThat(first.exitCode()).isZero();
      assertThat(second.exitCode()).as(second.err()).isZero();
      JsonNode ra = JSON.readTree(a.toFile());
      JsonNode rb = JSON.readTree(b.toFile());
      assertThat(rb.at("/input/sha256")).isNotEqualTo(ra.at("/input/sha256"));
      assertThat(rb.get("results")).as(version).isEqualTo(ra.get("results"));
      assertThat(rb.get("summary")).isEqualTo(ra.get("summary"));
    }
  }

  private static void set(ObjectNode doc, String pointer, String field, Object value) {
    ((ObjectNode) doc.at(pointer)).set(field, JSON.valueToTree(value));
  }

  private static ObjectNode example() {
    try {
      return (ObjectNode) JSON.readTree(EvaluationCliTest.EXAMPLE.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

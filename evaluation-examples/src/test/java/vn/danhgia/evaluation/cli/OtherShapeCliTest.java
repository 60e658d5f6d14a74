package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


/**
 * A rule set of another shape than the shipped one, written only as files (the test fixture
 * {@code src/test/resources/other-shape}: commune officials scored as results 70 + discipline 20 + bonus
 * 10, bands 85/70/50, its own reasons and flag, a quota of 30% of the peer group): every command shows
 * its components, codes and messages, with no Java written for it.
 */
class OtherShapeCliTest {
  static final Path FIXTURE = Path.of("src/test/resources/other-shape");
  static final Path RULES = FIXTURE.resolve("rules");
  static final Path SCENARIOS = FIXTURE.resolve("scenarios");
  static final Path INPUT = SCENARIOS.resolve("inputs/communes-2027.json");

  @TempDir
  Path tmp;

  @Test
  void validate_otherShape_compilesWithNoWarning() {
    CliRun run = run("validate", "--rules", RULES.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("commune 2027.1").contains("commune 2027.2").doesNotContain("warning");
  }

  @Test
  void evaluate_otherShape_reportsItsOwnComponentsCodesFlagAndQuota() throws IOException {
    Path report = tmp.resolve("report.json");

    CliRun run = run("evaluate", INPUT.toString(), "--rules", RULES.toString(), "--version", "2027.1",
        "--output", report.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
    assertThat(doc.at("/ruleSet/id").asText()).isEqualTo("commune");
    JsonNode a1 = result(doc, "A1");
    List<String> keys = new ArrayList<>();
    a1.get("components").fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("results", "discipline", "bonus");
    assertThat(a1.at("/components/results").decimalValue()).isEqualByComparingTo("70.00");
    assertThat(a1.at("/components/bonus").decimalValue()).isEqualByComparingTo("10");
    assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("\"bonus\" : 10.00");
    assertThat(a1.get("flags").toString()).isEqualTo("[\"MENTOR_CANDIDATE\"]");
    assertThat(result(doc, "A3").at("/rating").asText()).isEqualTo("GOOD");
    assertThat(result(doc, "A3").at("/reasons/0/code").asText()).isEqualTo("PAST_THE_QUOTA");
    assertThat(result(doc, "A3").at("/reasons/0/message/en").asText())
        .isEqualTo("Past the 30% of the peer group who may be excellent, so rated good");
    assertThat(result(doc, "B2").at("/reasons/0/message/vi").asText())
        .isEqualTo("Có việc hoàn thành chậm hạn nên xếp loại tối đa GOOD");
    assertThat(result(doc, "E1").at("/status").asText()).isEqualTo("INCOMPLETE");
    assertThat(doc.at("/summary").toString())
        .isEqualTo("{\"EXCELLENT\":2,\"GOOD\":4,\"COMPLETED\":1,\"NOT_COMPLETED\":2,\"INCOMPLETE\":1}");
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("C2").contains("70.00")
        .contains("NOT_COMPLETED").endsWith("HEAVY_DISCIPLINE_VETOES"));
    assertThat(run.outLines()).anySatisfy(l -> assertThat(l).startsWith("B2").endsWith("LATE_WORK_CAPS"));
    assertThat(run.out()).contains("rule set commune 2027.1");
  }

  @Test
  void evaluate_otherShapeHtml_namesItsComponentsFlagAndSeveritiesInBothLanguages() throws IOException {
    Path vi = tmp.resolve("report-vi.html");
    Path en = tmp.resolve("report-en.html");

    assertThat(run("evaluate", INPUT.toString(), "--rules", RULES.toString(), "--version", "2027.1",
        "--html", vi.toString(), "--output", tmp.resolve("r.json").toString()).exitCode()).isZero();
    assertThat(run("evaluate", INPUT.toString(), "--rules", RULES.toString(), "--version", "2027.1",
        "--html", en.toString(), "--lang", "en", "--output", tmp.resolve("r.json").toString()).exitCode()).isZero();

    String page = Files.readString(vi, StandardCharsets.UTF_8);
    assertThat(page).contains("Kết quả công việc", "Kỷ luật, kỷ cương", "Điểm thưởng",
        "Đạt từ 95 điểm: đề xuất làm người hướng dẫn cán bộ trẻ", "data-component=\"results\"",
        "class=\"reason w-veto\" data-code=\"HEAVY_DISCIPLINE_VETOES\"",
        "class=\"reason w-cap\" data-code=\"LATE_WORK_CAPS\"", "class=\"reason w-quota\" data-code=\"PAST_THE_QUOTA\"",
        "class=\"reason w-incomplete\" data-code=\"NO_WORK\"")
        .doesNotContain("Tiêu chí chung", "Chỉ tiêu, nhiệm vụ năm");
    assertThat(Files.readString(en, StandardCharsets.UTF_8)).contains("Results of the work", "Discipline", "Bonus",
        "Scored 95 or more: proposed as a mentor of young officials");
  }

  @Test
  void test_otherShapeScenarios_passWithEveryRuleFired() {
    CliRun run = run("test", "--rules", RULES.toString(), "--min-coverage", "100", SCENARIOS.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("PASS").doesNotContain("FAIL");
  }

  @Test
  void diff_otherShapeVersions_listsWhoChangesAndWhy() {
    CliRun run = run("diff", INPUT.toString(), "--from", "2027.1", "--to", "2027.2", "--rules", RULES.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("A3").contains("GOOD").contains("EXCELLENT").contains("PAST_THE_QUOTA");
    assertThat(run.outLines()).noneMatch(l -> l.startsWith("A1") || l.startsWith("B2"));
  }

  private static JsonNode result(JsonNode report, String cadre) {
    for (JsonNode r : report.get("results")) {
      if (r.get("cadre").asText().equals(cadre)) {
        return r;
      }
    }
    throw new AssertionError("no result for " + cadre);
  }
}

package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;

/** {@code evaluate --html FILE [--lang vi|en]}: the readable HTML page of the Tuyên Quang example. */
class EvaluateHtmlTest {
  static final Path EXAMPLE = Path.of("data/tuyen-quang-2019.json");

  @TempDir
  Path tmp;



  static void assertNoStackTrace(CliRun run) {
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  static int occurrences(String text, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void html_withoutOutput_writesThePage_andStdoutIsStillOnlyTheReport() throws IOException {
    Path page = tmp.resolve("tq.html");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--html", page.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo(run("evaluate", EXAMPLE.toString()).out());
    EvaluationReport report = Interchange.standard().readReport(run.out().getBytes(StandardCharsets.UTF_8));
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">").contains("<meta charset=\"utf-8\"/>")
        .contains("<svg class=\"chart\"")
        .contains("Xếp loại theo nhóm chức danh")
        .contains("leaders 2019.1")
        .contains(report.ruleSet().sha256().substring(0, 12) + "…")
        .contains(report.input().sha256().substring(0, 12) + "…")
        .doesNotContain("<script");
    EvaluationInput input = Interchange.standard().readInput(EXAMPLE);
    assertThat(occurrences(html, "<section class=\"cadre\"")).isEqualTo(25);
    for (Cadre cadre : input.cadres()) {
      assertThat(html).as(cadre.id()).contains("data-cadre=\"" + cadre.id() + "\"").contains(cadre.name());
    }
    // the chart's segments add up to the report's 25 cadres
    Matcher counts = Pattern.compile("<rect class=\"seg [^\"]*\"[^>]* data-count=\"(\\d+)\"").matcher(html);
    int sum = 0;
    while (counts.find()) {
      sum += Integer.parseInt(counts.group(1));
    }
    assertThat(sum).isEqualTo(25);
  }

  @Test
  void html_withOutput_writesBothFiles_andSaysSo() throws IOException {
    Path json = tmp.resolve("report.json");
    Path page = tmp.resolve("report.html");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", json.toString(), "--html", page.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(Interchange.standard().readReport(Files.readAllBytes(json)).results()).hasSize(25);
    assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("<html lang=\"vi\">");
    assertThat(run.out()).contains("Report written to " + json + ".").endsWith("HTML report written to " + page + ".\n");
  }

  @Test
  void langEn_writesTheEnglishPage() throws IOException {
    Path page = tmp.resolve("tq-en.html");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--html", page.toString(), "--lang", "en");

    assertThat(run.exitCode()).isZero();
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"en\">").contains("Ratings by peer group").contains("Phạm Văn Thành");
  }

  @Test
  void unknownLang_isAUsageError() {
    CliRun run = run("evaluate", EXAMPLE.toString(), "--html", tmp.resolve("x.html").toString(), "--lang", "fr");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--lang").contains("fr").contains("vi, en");
    assertThat(tmp.resolve("x.html")).doesNotExist();
  }

  @Test
  void html_inAMissingFolder_exitsTwoWithASentence_beforeEvaluating() {
    Path page = tmp.resolve("nowhere").resolve("tq.html");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--html", page.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("Cannot write the HTML report to " + page + ": the folder ")
        .contains("does not exist");
    assertNoStackTrace(run);
  }

  @Test
  void html_isAFolder_exitsTwo() {
    CliRun run = run("evaluate", EXAMPLE.toString(), "--html", tmp.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("Cannot write the HTML report to " + tmp + ": it is a folder.\n");
    assertNoStackTrace(run);
  }

  @Test
  void html_sameFileAsOutput_exitsTwo() {
    Path file = tmp.resolve("report");

    CliRun run = run("evaluate", EXAMPLE.toString(), "--output", file.toString(), "--html", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--output and --html name the same file");
    assertThat(file).doesNotExist();
  }

  @Test
  void help_describesHtmlAndLang() {
    CliRun run = run("evaluate", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--html=REPORT.html").contains("--lang=vi|en");
  }
}

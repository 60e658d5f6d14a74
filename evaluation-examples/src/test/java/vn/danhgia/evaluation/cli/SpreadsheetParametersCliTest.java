package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.danhgia.evaluation.cli.EvaluationCliTest.EXAMPLE;
import static vn.danhgia.evaluation.cli.CliRun.assertNoStackTrace;
import static vn.danhgia.evaluation.cli.CliRun.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with a rule set whose parameters are in {@code parameters.xlsx}: the workbook
 * shipped for policy staff in {@code docs/} stands in for the 2025.1 {@code parameters.properties}.
 */
class SpreadsheetParametersCliTest {
  static final Path SHIPPED_2025 = Path.of("../evaluation-rules/src/main/resources/rulesets/leaders/2025.1");
  static final Path WORKBOOK = Path.of("../docs/leaders-2025.1-parameters.xlsx");

  @TempDir
  Path tmp;

  /** A copy of the shipped 2025.1 (resolved, see {@link ShippedCopies}) with its parameters as the given workbook; returns the rules folder. */
  private Path rules(byte[] workbook) throws IOException {
    Path folder = ShippedCopies.write("2025.1", tmp.resolve("rules/2025.1"), "parameters.properties");
    Files.write(folder.resolve("parameters.xlsx"), workbook);
    return tmp.resolve("rules");
  }

  private static JsonNode report(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void evaluate_shippedWorkbookInPlaceOfProperties_sameResultsAsTheShippedRules() throws IOException {
    Path rules = rules(Files.readAllBytes(WORKBOOK));

    CliRun fromSheet = run("evaluate", EXAMPLE.toString(), "--version", "2025.1", "--rules", rules.toString());
    CliRun shipped = run("evaluate", EXAMPLE.toString(), "--version", "2025.1");

    assertThat(fromSheet.err()).isEmpty();
    JsonNode sheetReport = report(fromSheet);
    JsonNode shippedReport = report(shipped);
    assertThat(sheetReport.get("results").toString()).isEqualTo(shippedReport.get("results").toString());
    assertThat(sheetReport.get("summary").toString()).isEqualTo(shippedReport.get("summary").toString());
    assertThat(sheetReport.at("/ruleSet/sha256").asText()).isNotEqualTo(shippedReport.at("/ruleSet/sha256").asText());
  }

  @Test
  void validate_workbookWithUnreadableValue_exitsThreeNamingSheetRowAndColumn() throws IOException {
    byte[] broken;
    try (InputStream in = Files.newInputStream(WORKBOOK); XSSFWorkbook wb = new XSSFWorkbook(in)) {
      var row = wb.getSheet("Parameters").getRow(10);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("credit.late");
      row.getCell(1).setCellValue("0,75");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      broken = out.toByteArray();
    }

    CliRun run = run("validate", "--rules", rules(broken).toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).contains("2025.1/parameters.xlsx[Parameters]:11:2: sheet Parameters, row 11,"
        + " column B: parameter \"credit.late\": cannot read \"0,75\" as a decimal (0.75), a ratio (2/3), a rating"
        + " (GOOD), a rounding mode (FLOOR, HALF_UP …) or true/false");
    assertNoStackTrace(run);
  }

  @Test
  void validate_folderWithBothParameterFiles_exitsThreeAsAmbiguous() throws IOException {
    Path rules = rules(Files.readAllBytes(WORKBOOK));
    Files.copy(SHIPPED_2025.resolve("parameters.properties"), rules.resolve("2025.1/parameters.properties"));

    CliRun run = run("validate", "--rules", rules.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.errLines()).contains("2025.1/parameters.xlsx:0:0: both parameters.properties and"
        + " parameters.xlsx are here, so which one holds the parameters is ambiguous: keep one of them");
    assertNoStackTrace(run);
  }

  /**
   * In a process of its own, as a user runs it: POI's log4j-api logging goes to SLF4J, so nothing
   * but the command's own output appears (no "could not find a logging implementation").
   */
  @Test
  void validate_workbookInAProcessOfItsOwn_printsNoWarning() throws Exception {
    Path rules = rules(Files.readAllBytes(WORKBOOK));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
        EvaluationCli.class.getName(), "validate", "--rules", rules.toString()))
        .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
        .redirectOutput(tmp.resolve("out.txt").toFile())
        .redirectError(tmp.resolve("err.txt").toFile())
        .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }

    assertThat(Files.readString(tmp.resolve("err.txt"), StandardCharsets.UTF_8)).isEmpty();
    assertThat(Files.readString(tmp.resolve("out.txt"), StandardCharsets.UTF_8))
        .matches("leaders 2025\\.1: \\d+ rules compiled\\R");
    assertThat(process.exitValue()).isZero();
  }
}

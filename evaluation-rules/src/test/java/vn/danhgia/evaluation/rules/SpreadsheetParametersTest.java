package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.ruleset.Parameters;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.ParameterSheets;

/**
 * The shipped parameters kept in a spreadsheet ({@code parameters.xlsx}) instead of {@code
 * parameters.properties}: the same parameters, the same compiled rules, the same results.
 */
class SpreadsheetParametersTest {
  private static final Interchange JSON = Interchange.standard();
  private static final ObjectMapper TREE = new ObjectMapper();

  @TempDir
  Path temp;

  private static RuleSetSource shipped(String version) {
    return RuleSets.builtIn("leaders").version(version).orElseThrow();
  }

  /** The shipped version in a folder of its own, with its parameters as a spreadsheet. */
  private static Path withSpreadsheet(Path root, String version) throws IOException {
    Path folder = Files.createDirectories(root.resolve("leaders").resolve(version));
    for (Map.Entry<String, byte[]> f : shipped(version).files().entrySet()) {
      if (f.getKey().equals(Parameters.FILE)) {
        Files.write(folder.resolve(Parameters.SPREADSHEET_FILE), ParameterSheets.fromProperties(f.getValue()));
      } else {
        Files.write(folder.resolve(f.getKey()), f.getValue());
      }
    }
    return folder;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void parseSpreadsheet_shippedParametersWrittenAsASheet_equalTheShippedProperties(String version) {
    byte[] properties = shipped(version).files().get(Parameters.FILE);

    Parameters fromSheet = Parameters.parseSpreadsheet(Parameters.SPREADSHEET_FILE,
        ParameterSheets.fromProperties(properties));

    assertThat(fromSheet).isEqualTo(shipped(version).parameters());
    assertThat(fromSheet.asText()).isEqualTo(shipped(version).parameters().asText());
  }

  @Test
  void parseSpreadsheet_workbookShippedInDocs_equalsTheShipped2025Parameters() throws IOException {
    byte[] workbook = Files.readAllBytes(Path.of("../docs/leaders-2025.1-parameters.xlsx"));

    assertThat(Parameters.parseSpreadsheet(Parameters.SPREADSHEET_FILE, workbook))
        .as("docs/leaders-2025.1-parameters.xlsx is out of date with 2025.1's parameters.properties")
        .isEqualTo(shipped("2025.1").parameters());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2019.1", "2025.1"})
  void evaluate_tuyenQuangWithSpreadsheetParameters_givesByteIdenticalResultsAndSummary(String version)
      throws IOException {
    Path folder = withSpreadsheet(temp, version);
    RuleSetSource source = RuleSetSource.fromDirectory(folder);
    CompiledRuleSet.compile(source);
    EvaluationInput input = JSON.readInput(Path.of("../evaluation-examples/data/tuyen-quang-2019.json"));

    EvaluationReport fromSheet = Evaluator.builder().ruleSets(RuleSets.fromDirectory(temp)).build()
        .evaluate(input, version);
    EvaluationReport fromProperties = Leaders.EVALUATOR.evaluate(input, version);

    JsonNode sheetJson = TREE.readTree(JSON.writeReportAsString(fromSheet));
    JsonNode propertiesJson = TREE.readTree(JSON.writeReportAsString(fromProperties));
    assertThat(sheetJson.get("results")).isNotEmpty();
    assertThat(sheetJson.get("results").toString()).isEqualTo(propertiesJson.get("results").toString());
    assertThat(sheetJson.get("summary").toString()).isEqualTo(propertiesJson.get("summary").toString());
    assertThat(fromSheet.ruleSet().version()).isEqualTo(version);
    assertThat(fromSheet.ruleSet().sha256()).as("the hash covers parameters.xlsx, not the properties")
        .isEqualTo(source.sha256()).isNotEqualTo(fromProperties.ruleSet().sha256());
  }
}

package vn.danhgia.evaluation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.ruleset.RuleSets;

class VersionHintTest {
  private static final RuleSets LEADERS = RuleSets.builtIn("leaders");

  @TempDir
  Path folder;

  private Path file(String json) throws IOException {
    return Files.writeString(folder.resolve("input.json"), json);
  }

  @Test
  void of_periodNamingAVersion_givesIt() throws IOException {
    Path input = file("{\"format\":\"evaluation-input/1\",\"period\":{\"id\":\"2025\",\"start\":\"2025-01-01\","
        + "\"end\":\"2025-12-31\",\"ruleSetVersion\":\"2019.1\"},\"cadres\":[]}");
    assertThat(VersionHint.of(input, null, LEADERS)).contains("2019.1");
  }

  @Test
  void of_periodWithoutAVersion_givesTheOneInForceOnItsEnd() throws IOException {
    Path input = file("{\"period\":{\"id\":\"2026\",\"start\":\"2026-01-01\",\"end\":\"2026-12-31\"}}");
    assertThat(VersionHint.of(input, null, LEADERS)).isEqualTo(LEADERS.timeline().inForceOn(
        java.time.LocalDate.of(2026, 12, 31)));
  }

  @Test
  void of_theCallersVersion_winsOverThePeriods() throws IOException {
    Path input = file("{\"period\":{\"ruleSetVersion\":\"2019.1\",\"end\":\"2025-12-31\"}}");
    assertThat(VersionHint.of(input, "2025.1", LEADERS)).contains("2025.1");
  }

  @Test
  void of_anUnknownVersion_givesNone() throws IOException {
    Path input = file("{\"period\":{\"ruleSetVersion\":\"1999.9\",\"end\":\"2025-12-31\"}}");
    assertThat(VersionHint.of(input, null, LEADERS)).isEmpty();
    assertThat(VersionHint.of(input, "1999.9", LEADERS)).isEmpty();
  }

  @Test
  void of_malformedOrOtherShapes_givesNone() throws IOException {
    for (String json : new String[] {"", "[1,2]", "{\"period\":[]}", "{\"period\":{\"end\":\"31/12/2025\"}}",
        "{\"period\":{\"ruleSetVersion\":7}}", "{\"cadres\":[{\"id\":\"C1\"}", "not json"}) {
      assertThat(VersionHint.of(file(json), null, LEADERS)).as(json).isEmpty();
    }
  }

  @Test
  void of_aPeriodBeyondTheBudget_givesNone() throws IOException {
    StringBuilder json = new StringBuilder("{\"cadres\":[");
    while (json.length() < VersionHint.BUDGET + 10) {
      json.append("{\"id\":\"C0000000000\"},");
    }
    json.append("{\"id\":\"last\"}],\"period\":{\"ruleSetVersion\":\"2019.1\"}}");
    assertThat(VersionHint.of(file(json.toString()), null, LEADERS)).isEmpty();
  }

  @Test
  void of_aPeriodAfterSmallFields_isFound() throws IOException {
    Path input = file("{\"format\":\"evaluation-input/1\",\"units\":[{\"id\":\"U1\",\"name\":\"x\"}],"
        + "\"period\":{\"end\":\"2025-12-31\",\"ruleSetVersion\":\"2025.1\",\"quotaExceptions\":[{\"group\":\"g\"}]}}");
    assertThat(VersionHint.of(input, null, LEADERS)).contains("2025.1");
  }
}

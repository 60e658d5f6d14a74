package vn.danhgia.evaluation.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.testing.ParameterSheets;
import vn.danhgia.evaluation.testing.Situation;

/** A rule set whose parameters are in {@code parameters.xlsx}, loaded every way a rule set loads. */
class SpreadsheetRuleSetSourceTest {
  private static final RuleSetSource MINI = RuleSetSource.fromDirectory(fixture("mini"));

  @TempDir
  Path temp;

  private static Path fixture(String name) {
    try {
      return Path.of(SpreadsheetRuleSetSourceTest.class.getResource("/rulesets/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mini rule set's files with its parameters as a spreadsheet instead. */
  private static Map<String, byte[]> miniWithSpreadsheet() {
    Map<String, byte[]> files = new TreeMap<>(MINI.files());
    files.put(Parameters.SPREADSHEET_FILE, ParameterSheets.fromProperties(files.remove(Parameters.FILE)));
    return files;
  }

  private static Path write(Path folder, Map<String, byte[]> files) throws IOException {
    Files.createDirectories(folder);
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Files.write(folder.resolve(f.getKey()), f.getValue());
    }
    return folder;
  }

  private static EvaluationReport evaluate(RuleSetSource source) {
    EvaluationInput input = Situation.year(2024)
        .cadre("A", c -> c.superior("20"))
        .cadre("B", c -> c.superior("27"))
        .build();
    return Evaluator.builder().ruleSets(RuleSets.of(List.of(source))).build().evaluate(input);
  }

  @Test
  void fromDirectory_spreadsheetInsteadOfProperties_sameParametersAndResults() throws IOException {
    RuleSetSource sheet = RuleSetSource.fromDirectory(write(temp.resolve("mini"), miniWithSpreadsheet()));

    assertThat(sheet.parameters()).isEqualTo(MINI.parameters());
    assertThat(sheet.files()).containsKey(Parameters.SPREADSHEET_FILE).doesNotContainKey(Parameters.FILE);
    assertThat(sheet.sha256()).as("the hash covers the file that is there").isNotEqualTo(MINI.sha256());
    assertThat(evaluate(sheet).results()).isEqualTo(evaluate(MINI).results());
  }

  @Test
  void fromFilesClasspathAndJar_spreadsheet_sameParameters() throws IOException {
    Map<String, byte[]> files = miniWithSpreadsheet();
    write(temp.resolve("cp/rulesets/mini"), files);
    Path jar = temp.resolve("rules.jar");
    try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry("rulesets/mini/" + f.getKey()));
        zip.write(f.getValue());
        zip.closeEntry();
      }
    }

    RuleSetSource fromFiles = RuleSetSource.fromFiles("memory", files);
    RuleSetSource fromJar = RuleSetSource.fromJar(jar, "rulesets/mini");
    RuleSetSource fromClasspath;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {temp.resolve("cp").toUri().toURL()}, null)) {
      fromClasspath = RuleSetSource.fromClasspath(loader, "rulesets/mini");
    }

    assertThat(List.of(fromFiles, fromJar, fromClasspath)).allSatisfy(s -> {
      assertThat(s.parameters()).isEqualTo(MINI.parameters());
      assertThat(s.sha256()).isEqualTo(fromFiles.sha256());
    });
  }

  @Test
  void fromDirectory_bothPropertiesAndSpreadsheet_refusedAsAmbiguous() throws IOException {
    Map<String, byte[]> both = miniWithSpreadsheet();
    both.put(Parameters.FILE, MINI.files().get(Parameters.FILE));
    Path folder = write(temp.resolve("leaders/1.0"), both);

    InvalidRuleSetException direct = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSetSource.fromDirectory(folder));
    InvalidRuleSetException below = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSets.fromDirectory(temp));
    InvalidRuleSetException inMemory = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSetSource.fromFiles("memory", both));

    Diagnostic ambiguous = new Diagnostic("parameters.xlsx", 0, 0, "both parameters.properties and"
        + " parameters.xlsx are here, so which one holds the parameters is ambiguous: keep one of them");
    assertThat(direct.diagnostics()).containsExactly(ambiguous);
    assertThat(inMemory.diagnostics()).containsExactly(ambiguous);
    assertThat(below.diagnostics()).containsExactly(new Diagnostic("leaders/1.0/parameters.xlsx", 0, 0,
        ambiguous.message()));
  }

  @Test
  void fromDirectory_badSpreadsheet_diagnosticNamesFolderSheetRowAndColumn() throws IOException {
    Map<String, byte[]> files = new TreeMap<>(MINI.files());
    files.remove(Parameters.FILE);
    files.put(Parameters.SPREADSHEET_FILE, ParameterSheets.fromProperties("""
        # The points of the annual component.
        annual.points = 40
        cap = COMPLETE
        """));
    write(temp.resolve("mini/1.0"), files);

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSets.fromDirectory(temp));

    assertThat(e.diagnostics()).containsExactly(new Diagnostic("mini/1.0/parameters.xlsx[Parameters]", 3, 2,
        "sheet Parameters, row 3, column B: parameter \"cap\": cannot read \"COMPLETE\" as a decimal (0.75), a"
            + " ratio (2/3), a rating (GOOD), a rounding mode (FLOOR, HALF_UP …) or true/false"));
    assertThat(e.getMessage()).contains("mini/1.0/parameters.xlsx[Parameters]:3:2: sheet Parameters, row 3,");
  }

  @Test
  void withParameters_ofASpreadsheetRuleSet_writesPropertiesInItsPlace() {
    RuleSetSource sheet = RuleSetSource.fromFiles("memory", miniWithSpreadsheet());

    RuleSetSource changed = sheet.withParameters(sheet.parameters().with("annual.points", "30"));

    assertThat(changed.files()).containsKey(Parameters.FILE).doesNotContainKey(Parameters.SPREADSHEET_FILE);
    assertThat(RuleSetSource.fromFiles("again", changed.files()).parameters()).isEqualTo(changed.parameters());
  }

  /**
   * POI is an optional dependency: a host without it loads properties rule sets as before and is
   * told what to add when it meets a spreadsheet. Core's own classes are loaded apart from POI.
   */
  @Test
  void fromFiles_withoutPoiOnTheClasspath_propertiesLoadAndSpreadsheetIsExplained() throws Exception {
    URL coreClasses = RuleSetSource.class.getProtectionDomain().getCodeSource().getLocation();
    try (URLClassLoader host = new URLClassLoader(new URL[] {coreClasses}, ClassLoader.getPlatformClassLoader())) {
      assertThat(catchThrowableOfType(ClassNotFoundException.class,
          () -> host.loadClass("org.apache.poi.xssf.usermodel.XSSFWorkbook"))).isNotNull();
      Method fromFiles = host.loadClass(RuleSetSource.class.getName()).getMethod("fromFiles", String.class,
          Map.class);

      Object loaded = fromFiles.invoke(null, "host", MINI.files());
      InvocationTargetException refused = catchThrowableOfType(InvocationTargetException.class,
          () -> fromFiles.invoke(null, "host", miniWithSpreadsheet()));

      assertThat(loaded.getClass().getClassLoader()).isSameAs(host);
      assertThat(refused.getCause().getClass().getName()).isEqualTo(InvalidRuleSetException.class.getName());
      assertThat(refused.getCause().getMessage()).contains("parameters.xlsx:0:0: reading parameters from a"
          + " spreadsheet needs Apache POI (org.apache.poi:poi-ooxml) on the classpath");
    }
  }
}

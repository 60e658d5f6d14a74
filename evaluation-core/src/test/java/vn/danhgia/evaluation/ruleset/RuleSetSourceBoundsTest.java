package vn.danhgia.evaluation.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.testing.HostileFolders;

/**
 * The same bounds on rule sets read from a jar, from the classpath and from memory as from a
 * folder (the folder's own are in {@link HostileFoldersTest}): plain names only, every entry
 * bounded however far it inflates, nothing but the rule set's files.
 */
class RuleSetSourceBoundsTest {
  private static final String FOLDER = "rulesets/x";

  @TempDir Path tmp;

  private static Map<String, byte[]> mini() throws URISyntaxException {
    Path mini = Path.of(RuleSetSourceBoundsTest.class.getResource("/rulesets/mini").toURI());
    return new LinkedHashMap<>(RuleSetSource.fromDirectory(mini).files());
  }

  /** A jar holding the files under {@link #FOLDER}, each entry of {@code inflated} as that many bytes of '/'. */
  private Path jar(Map<String, byte[]> files, Map<String, Long> inflated, String index) throws IOException {
    Path jar = tmp.resolve("rules.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry(RuleSets.INDEX));
      zip.write(index.getBytes(StandardCharsets.UTF_8));
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(FOLDER + "/" + f.getKey()));
        zip.write(f.getValue());
      }
      for (Map.Entry<String, Long> f : inflated.entrySet()) {
        zip.putNextEntry(new ZipEntry(FOLDER + "/" + f.getKey()));
        writeSlashes(zip, f.getValue());
      }
    }
    return jar;
  }

  private static void writeSlashes(OutputStream out, long n) throws IOException {
    byte[] chunk = "/".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
    for (long written = 0; written < n; written += chunk.length) {
      out.write(chunk, 0, (int) Math.min(chunk.length, n - written));
    }
  }

  @Test
  void fromJar_ruleFileInflatingTo16MiB_isRefusedAtItsManifestLine() throws Exception {
    Map<String, byte[]> files = mini();
    files.remove("mini.drl");
    Path jar = jar(files, Map.of("mini.drl", 16L * 1024 * 1024), FOLDER + "\n");
    assertThat(Files.size(jar)).as("a small jar").isLessThan(1024 * 1024);

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSetSource.fromJar(jar, FOLDER));

    assertThat(e.diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d).startsWith("ruleset.properties:6:9: ").contains("more than 1 MiB"));
  }

  @Test
  void fromJar_otherEntriesInTheVersionFolder_areRefused() throws Exception {
    Map<String, byte[]> files = mini();
    files.put("kmodule.xml", "<kmodule/>".getBytes(StandardCharsets.UTF_8));
    files.put("mini.drl.properties", "drools.dialect.default = mvel".getBytes(StandardCharsets.UTF_8));
    Path jar = jar(files, Map.of(), FOLDER + "\n");

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class, () -> RuleSets.fromJar(jar));

    assertThat(e.diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d).startsWith("kmodule.xml:0:0: ").contains("KIE module descriptor"))
        .anySatisfy(d -> assertThat(d).startsWith("mini.drl.properties:0:0: ").contains("resource configuration"));
  }

  @Test
  void fromJar_indexNamingAPathOutOfTheFolders_isRefusedAtItsLine() throws Exception {
    Path jar = jar(mini(), Map.of(), "# the versions\n" + FOLDER + "\n../../etc\n");

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class, () -> RuleSets.fromJar(jar));

    assertThat(e.diagnostics()).extracting(Diagnostic::toString).singleElement().asString()
        .startsWith(RuleSets.INDEX + ":3:1: \"../../etc\" is not a rule set folder");
    assertThat(catchThrowableOfType(InvalidRuleSetException.class, () -> RuleSetSource.fromJar(jar, "../x"))
        .getMessage()).contains("not a plain folder path");
  }

  @Test
  void fromJar_indexInflatingBeyondItsLimit_isRefused() throws Exception {
    Path jar = jar(mini(), Map.of(), FOLDER + "\n#" + "x".repeat(100_000) + "\n");

    assertThat(catchThrowableOfType(InvalidRuleSetException.class, () -> RuleSets.fromJar(jar)).diagnostics())
        .extracting(Diagnostic::toString).singleElement().asString()
        .startsWith(RuleSets.INDEX + ":0:0: refused: it is ").contains("more than 64 KiB");
  }

  @Test
  void fromJar_aFolderOrADeviceInsteadOfAJar_isRefusedUnopened() {
    assertThat(catchThrowableOfType(InvalidRuleSetException.class, () -> RuleSets.fromJar(tmp)).getMessage())
        .contains("not a jar file");
    assertThat(catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSetSource.fromJar(Path.of("/dev/zero"), FOLDER)).getMessage()).contains("not a jar file");
  }

  @Test
  void fromClasspath_linkedRuleFileInAFolderEntry_isRefused() throws Exception {
    Path rules = tmp.resolve("classes");
    Path version = HostileFolders.installBase(rules.resolve("rulesets"));
    Files.delete(version.resolve("mini.drl"));
    Files.createSymbolicLink(version.resolve("mini.drl"), Path.of("/etc/passwd"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {rules.toUri().toURL()}, null)) {
      InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
          () -> RuleSetSource.fromClasspath(loader, "rulesets/" + HostileFolders.VERSION));

      assertThat(e.diagnostics()).extracting(Diagnostic::toString)
          .anySatisfy(d -> assertThat(d).startsWith("ruleset.properties:6:9: ").contains("a symbolic link"));
      assertThat(catchThrowableOfType(InvalidRuleSetException.class,
          () -> RuleSetSource.fromClasspath(loader, "rulesets/../..")).getMessage()).contains("not a plain folder path");
    }
  }

  @Test
  void fromClasspath_ruleFileInAJarInflatingTo16MiB_isRefused() throws Exception {
    Map<String, byte[]> files = mini();
    files.remove("mini.drl");
    Path jar = jar(files, Map.of("mini.drl", 16L * 1024 * 1024), FOLDER + "\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
          () -> RuleSetSource.fromClasspath(loader, FOLDER));

      assertThat(e.diagnostics()).extracting(Diagnostic::toString)
          .anySatisfy(d -> assertThat(d).startsWith("ruleset.properties:6:9: ").contains("more than 1 MiB"));
    }
  }

  @Test
  void fromFiles_anyOtherFileOrAnOversizedOne_isRefused() throws Exception {
    Map<String, byte[]> files = mini();
    files.put("mini.drl.properties", "drools.dialect.default = mvel".getBytes(StandardCharsets.UTF_8));
    files.put("mini.drl", ("//" + "x".repeat(1024 * 1024)).getBytes(StandardCharsets.UTF_8));

    InvalidRuleSetException e = catchThrowableOfType(InvalidRuleSetException.class,
        () -> RuleSetSource.fromFiles("memory", files));

    assertThat(e.diagnostics()).extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d).startsWith("mini.drl.properties:0:0: ").contains("resource configuration"))
        .anySatisfy(d -> assertThat(d).startsWith("ruleset.properties:6:9: ").contains("more than 1 MiB"));
  }

  @Test
  void manifest_constructedWithAPathOrAnotherKindOfFile_isRefused() {
    for (String name : List.of("../outside.drl", "mini.drl.properties", "kmodule.xml", "META-INF/kmodule.xml")) {
      assertThatThrownBy(() -> manifest(List.of(name))).as(name).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("rule file");
    }
    assertThatThrownBy(() -> manifest(List.of("a.drl", "A.drl"))).hasMessageContaining("listed twice");
    assertThat(manifest(List.of("00-vocabulary.drl", "01-work.drl")).rules()).hasSize(2);
  }

  private static RuleSetManifest manifest(List<String> rules) {
    return new RuleSetManifest("x", "1", "x", LocalDate.of(2025, 1, 1), "", rules, List.of("score"), List.of(),
        Map.of(), List.of(new ComponentDefinition("points", "100", new vn.danhgia.evaluation.report.Message("Điểm", "Points"))),
        Map.of());
  }

  @Test
  void parametersWith_valueBeyondABound_isRefused() {
    Parameters p = Parameters.empty();
    assertThatThrownBy(() -> p.with("x", "1" + "0".repeat(1_000_000))).hasMessageContaining("a value of 1,000,001 characters");
    assertThatThrownBy(() -> p.with("x", "1".repeat(31))).hasMessageContaining("31 significant digits");
    assertThatThrownBy(() -> p.with("x", "0." + "0".repeat(20) + "1")).hasMessageContaining("21 digits after the point");
    assertThatThrownBy(() -> p.with("x", "1234567890/3")).hasMessageContaining("at most 9 digits");
    assertThat(p.with("x", "1".repeat(30)).decimal("x")).hasToString("1".repeat(30));
    assertThat(p.with("x", "0." + "0".repeat(19) + "1").decimal("x").scale()).isEqualTo(20);
  }
}

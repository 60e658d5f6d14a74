package vn.danhgia.evaluation.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** What a manifest may name as a rule file, and how hostile names are shown. */
class FileNamesTest {
  private static final Path FOLDER = Path.of("/srv/rules/leaders/2025.1");

  @Property(tries = 2000)
  void ruleFileProblem_acceptedName_isAPlainDrlFileOfTheFolderItself(@ForAll("names") String name) {
    if (FileNames.ruleFileProblem(name) == null) {
      Path resolved = FOLDER.resolve(name);
      assertThat(resolved.normalize().getParent()).isEqualTo(FOLDER);
      assertThat(resolved.getFileName().toString()).isEqualTo(name).endsWith(".drl");
      assertThat(name).doesNotContain("..").matches("[A-Za-z0-9._-]+");
    }
  }

  @Property(tries = 500)
  void shown_anyName_isOneLineOfBoundedLength(@ForAll("names") String name) {
    String shown = FileNames.shown(name);
    assertThat(shown).doesNotContain("\n", "\r", "\u0000", "\u001b").hasSizeLessThan(80 * 6 + 40);
    assertThat(FileNames.asFile(name)).doesNotContain(":", "\n");
  }

  @Provide
  Arbitrary<String> names() {
    Arbitrary<String> parts = Arbitraries.of("a", "Z", "0", "-", "_", ".", "..", "/", "\\", ":", " ", "drl", ".drl",
        "\u0000", "\n", "\u202e", "nul", "CON", "é", ".properties", "~", "$");
    return parts.list().ofMinSize(0).ofMaxSize(12).map(l -> String.join("", l));
  }

  @Test
  void ruleFileProblem_shippedNames_areAccepted() {
    assertThat(FileNames.ruleFileProblem("00-vocabulary.drl")).isNull();
    assertThat(FileNames.ruleFileProblem("01-products-tasks-orders.drl")).isNull();
    assertThat(FileNames.ruleFileProblem("a_b.v2.drl")).isNull();
  }

  @Test
  void ruleFileProblem_eachTechnique_saysWhatIsWrong() {
    assertThat(FileNames.ruleFileProblem("../x.drl")).contains("a path");
    assertThat(FileNames.ruleFileProblem("/etc/x.drl")).contains("a path");
    assertThat(FileNames.ruleFileProblem("..\\x.drl")).contains("a path");
    assertThat(FileNames.ruleFileProblem("..x.drl")).contains("\"..\"");
    assertThat(FileNames.ruleFileProblem("C:x.drl")).contains("drive letter");
    assertThat(FileNames.ruleFileProblem("x.drl.properties")).contains("not a rule file");
    assertThat(FileNames.ruleFileProblem("kmodule.xml")).contains("not a rule file");
    assertThat(FileNames.ruleFileProblem("x\u0007.drl")).contains("control character");
    assertThat(FileNames.ruleFileProblem("Aux.rules.drl")).contains("device");
    assertThat(FileNames.ruleFileProblem("a b.drl")).contains("not a plain file name");
    assertThat(FileNames.ruleFileProblem(".drl")).contains("not a plain file name");
    assertThat(FileNames.ruleFileProblem("")).contains("empty");
    assertThat(FileNames.ruleFileProblem("a".repeat(98) + ".drl")).contains("at most 100");
  }

  @Test
  void folderProblem_plainPathsOnly() {
    assertThat(FileNames.folderProblem("rulesets/leaders/2025.1")).isNull();
    assertThat(FileNames.folderProblem("/rulesets/leaders/2025.1/")).isNull();
    assertThat(FileNames.folderProblem("rulesets/../../etc")).isNotNull();
    assertThat(FileNames.folderProblem("rulesets//x")).isNotNull();
    assertThat(FileNames.folderProblem("rulesets\\x")).isNotNull();
    assertThat(FileNames.folderProblem("")).isNotNull();
  }
}

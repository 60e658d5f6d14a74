package vn.danhgia.evaluation.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"00-vocabulary.drl", "01-products-tasks-orders.drl", "a_b.v2.drl"})
  void ruleFileProblem_shippedKindsOfName_areAccepted(String name) {
    assertThat(FileNames.ruleFileProblem(name)).isNull();
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ../x.drl           | a path
      /etc/x.drl         | a path
      ..\\x.drl          | a path
      ..x.drl            | ".."
      C:x.drl            | drive letter
      x.drl.properties   | not a rule file
      kmodule.xml        | not a rule file
      Aux.rules.drl      | device
      a b.drl            | not a plain file name
      .drl               | not a plain file name
      ''                 | empty
      """)
  void ruleFileProblem_eachTechnique_saysWhatIsWrong(String name, String fragment) {
    assertThat(FileNames.ruleFileProblem(name)).contains(fragment);
  }

  @Test
  void ruleFileProblem_controlCharacterOrLongName_isRefused() {
    assertThat(FileNames.ruleFileProblem("x\u0007.drl")).contains("control character");
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

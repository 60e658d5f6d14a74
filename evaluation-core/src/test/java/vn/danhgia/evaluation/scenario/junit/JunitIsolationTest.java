package vn.danhgia.evaluation.scenario.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.scenario.Scenario;

/**
 * JUnit is an optional dependency of evaluation-core, absent from a host's classpath: only the
 * classes of this package may refer to it, so that no other class of the library fails to load.
 */
class JunitIsolationTest {
  @Test
  void mainClasses_onlyTheJunitAdapterRefersToJunit() throws Exception {
    Path classes = Path.of(Scenario.class.getProtectionDomain().getCodeSource().getLocation().toURI());

    List<String> referring;
    try (Stream<Path> all = Files.walk(classes)) {
      referring = all.filter(p -> p.toString().endsWith(".class"))
          .filter(JunitIsolationTest::refersToJunit)
          .map(p -> classes.relativize(p).toString().replace('\\', '/'))
          .toList();
    }

    assertThat(referring).as("the check finds the adapter's own references")
        .contains("vn/danhgia/evaluation/scenario/junit/ScenarioTests.class");
    assertThat(referring).as("main classes that refer to org.junit")
        .allSatisfy(c -> assertThat(c).startsWith("vn/danhgia/evaluation/scenario/junit/"));
  }

  private static boolean refersToJunit(Path classFile) {
    try {
      return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1).contains("org/junit/");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

package vn.danhgia.evaluation.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.engine.Evaluator;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;
import vn.danhgia.evaluation.testing.RandomInputs;

/** The shipped rule set loads the same from the classpath, a folder and a jar, and is shared by threads. */
class LoadingAndSharingTest {

  @Test
  void fromDirectoryAndFromJar_giveTheSameIdentitiesAsTheClasspath(@TempDir Path dir) throws Exception {
    RuleSets builtIn = RuleSets.builtIn("leaders");
    Path jar = dir.resolve("rules.jar");
    Path folder = dir.resolve("leaders");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      zip.putNextEntry(new ZipEntry(RuleSets.INDEX));
      StringBuilder index = new StringBuilder();
      builtIn.versions().keySet().forEach(v -> index.append("rulesets/leaders/").append(v).append('\n'));
      zip.write(index.toString().getBytes());
      for (RuleSetSource source : builtIn.versions().values()) {
        Path versionFolder = Files.createDirectories(folder.resolve(source.manifest().version()));
        for (Map.Entry<String, byte[]> f : source.files().entrySet()) {
          zip.putNextEntry(new ZipEntry("rulesets/leaders/" + source.manifest().version() + "/" + f.getKey()));
          zip.write(f.getValue());
          try (OutputStream out = Files.newOutputStream(versionFolder.resolve(f.getKey()))) {
            out.write(f.getValue());
          }
        }
      }
    }

    RuleSets fromJar = RuleSets.fromJar(jar);
    RuleSets fromFolder = RuleSets.fromDirectory(folder);

    for (String v : Leaders.VERSIONS) {
      String expected = builtIn.version(v).orElseThrow().sha256();
      assertThat(fromJar.version(v).orElseThrow().sha256()).as("jar %s", v).isEqualTo(expected);
      assertThat(fromFolder.version(v).orElseThrow().sha256()).as("folder %s", v).isEqualTo(expected);
    }
    assertThat(RuleSets.fromDirectory(folder.resolve("2025.1")).versions()).containsOnlyKeys("2025.1");
  }

  @Test
  void oneEvaluator_sharedByEightThreads_givesEachThreadTheSequentialReport() throws Exception {
    Evaluator shared = Leaders.EVALUATOR;
    List<EvaluationInput> inputs = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      EvaluationInput input = RandomInputs.generate(1000 + i, 20, i % 2 == 0 ? 2019 : 2025);
      inputs.add(input);
      expected.add(Interchange.standard().writeReportAsString(shared.evaluate(input)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> checks = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t;
        checks.add(pool.submit(() -> {
          for (int round = 0; round < 10; round++) {
            int i = (offset + round) % inputs.size();
            String report = Interchange.standard().writeReportAsString(shared.evaluate(inputs.get(i)));
            if (!report.equals(expected.get(i))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> check : checks) {
        assertThat(check.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

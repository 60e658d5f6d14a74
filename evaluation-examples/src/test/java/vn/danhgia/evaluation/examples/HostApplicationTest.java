package vn.danhgia.evaluation.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/** The example host picks up an edited parameter and refuses a broken rule file while it runs. */
class HostApplicationTest {

  @Test
  void host_parameterEdited_thenRuleFileBroken_servesNewRulesThenKeepsThem(@TempDir Path root) throws Exception {
    Path version = root.resolve("leaders/2019.1");
    RuleSetSource shipped = RuleSets.builtIn("leaders").version("2019.1").orElseThrow();
    for (Map.Entry<String, byte[]> f : shipped.files().entrySet()) {
      Files.createDirectories(version);
      Files.write(version.resolve(f.getKey()), f.getValue());
    }
    EvaluationInput input = Interchange.standard().readInput(Path.of("data/tuyen-quang-2019.json"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);

    try (HostApplication host = new HostApplication(root, out)) {
      assertThat(host.evaluate(input).summary().count(Rating.EXCELLENT)).isEqualTo(7);

      String parameters = Files.readString(version.resolve("parameters.properties"));
      write(version.resolve("parameters.properties"), parameters.replace("score.excellent = 90", "score.excellent = 95"));
      waitFor(() -> host.rules().generation() >= 2);
      int excellent = host.evaluate(input).summary().count(Rating.EXCELLENT);

      String level = Files.readString(version.resolve("03-level.drl"));
      write(version.resolve("03-level.drl"), level.replaceFirst("then", "thenn"));
      waitFor(() -> log.toString(StandardCharsets.UTF_8).contains("change refused"));

      assertThat(excellent).as("C09 scored exactly 90.00").isEqualTo(6);
      assertThat(host.evaluate(input).summary().count(Rating.EXCELLENT)).isEqualTo(6);
      assertThat(log.toString(StandardCharsets.UTF_8)).contains("rules generation 2").contains("03-level.drl:");
    }
  }

  private static void write(Path file, String text) throws IOException {
    Path tmp = file.resolveSibling(".edit.tmp");
    Files.writeString(tmp, text);
    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static void waitFor(BooleanSupplier condition) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertThat(condition.getAsBoolean()).as("condition reached within 30 s").isTrue();
  }
}

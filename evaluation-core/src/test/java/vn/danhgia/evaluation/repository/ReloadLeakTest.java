package vn.danhgia.evaluation.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.testing.Situation;

/**
 * Reloading a changed rule set 1,000 times keeps retained heap and loaded classes flat: replaced KIE
 * bases, their class loaders and KIE modules are released. (Memory is measured after full
 * collections; the bound is generous so that the test measures leaks, not noise.)
 */
class ReloadLeakTest {
  private static final Logger LOG = LoggerFactory.getLogger(ReloadLeakTest.class);
  private static final int RELOADS = Integer.getInteger("leak.reloads", 1_000);
  private static final int WARM_UP = 100;

  @Test
  void reload_thousandTimes_retainedHeapAndClassesStayFlat(@TempDir Path root) throws Exception {
    Path folder = root.resolve("mini");
    RuleFolders.write(folder, RuleSetSource.fromDirectory(
        Path.of(ReloadLeakTest.class.getResource("/rulesets/mini").toURI())));
    EvaluationInput input = Situation.year(2024).cadre("A", c -> c.superior("20")).build();
    long heapAfterWarmUp = 0;
    long classesAfterWarmUp = 0;
    try (RuleRepository rules = RuleRepository.builder(folder).build()) {
      for (int i = 1; i <= RELOADS; i++) {
        RuleFolders.writeAtomically(folder.resolve("parameters.properties"),
            "annual.points = " + (i % 40) + "\ncap = COMPLETED\n");
        assertThat(rules.reload().accepted()).isTrue();
        assertThat(rules.evaluate(input).result("A").orElseThrow().components().get("annual").intValue())
            .isEqualTo(i % 40);
        if (i == WARM_UP) {
          heapAfterWarmUp = retainedHeap();
          classesAfterWarmUp = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
        }
      }
      long heap = retainedHeap();
      long classes = ManagementFactory.getClassLoadingMXBean().getLoadedClassCount();
      LOG.info("After {} reloads: retained heap {} KiB (after {}: {} KiB), loaded classes {} (after {}: {})",
          RELOADS, heap / 1024, WARM_UP, heapAfterWarmUp / 1024, classes, WARM_UP, classesAfterWarmUp);

      assertThat(heap - heapAfterWarmUp).as("retained heap growth over %d reloads", RELOADS - WARM_UP)
          .isLessThan(16L * 1024 * 1024);
      assertThat(classes - classesAfterWarmUp).as("loaded classes growth over %d reloads", RELOADS - WARM_UP)
          .isLessThan(1_000);
    }
  }

  private static long retainedHeap() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 4; i++) {
      System.gc();
      Thread.sleep(100);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}

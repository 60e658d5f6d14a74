package vn.danhgia.evaluation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * Copies of a shipped version for tests to edit: its resolved files (a version that extends another,
 * as 2025.1 extends 2019.1, written as one that stands on its own), so that the copy is a version
 * folder by itself.
 */
final class ShippedCopies {
  private ShippedCopies() {}

  /**
   * Writes the resolved files of a shipped version into a folder, but those named in {@code skip}.
   *
   * @return the folder
   */
  static Path write(String version, Path folder, String... skip) throws IOException {
    Files.createDirectories(folder);
    Map<String, byte[]> files = RuleSets.builtIn(CommonOptions.BUILT_IN).version(version).orElseThrow().files();
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!java.util.List.of(skip).contains(f.getKey())) {
        Files.write(folder.resolve(f.getKey()), f.getValue());
      }
    }
    return folder;
  }
}

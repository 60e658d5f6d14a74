package vn.danhgia.evaluation.engine;

import java.net.URISyntaxException;
import java.nio.file.Path;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/** The fixture rule sets under src/test/resources/rulesets. */
final class RuleSetFixtures {
  private RuleSetFixtures() {}

  static Path folder(String name) {
    try {
      return Path.of(RuleSetFixtures.class.getResource("/rulesets/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static RuleSetSource source(String name) {
    return RuleSetSource.fromDirectory(folder(name));
  }
}

package vn.danhgia.evaluation.ruleset;

/**
 * Finds, for a version that extends another ({@code extends = VERSION}), the resolved version it
 * extends, among the versions of the same folder, jar or classpath set ({@link VersionResolver}).
 */
interface Bases {
  /** No version to extend: files given in memory, one version alone. */
  Bases NONE = version -> {
    throw new Unresolved("no other version is known here to extend: a version that extends another is"
        + " loaded with the versions of its folder, jar or classpath (RuleSets.fromDirectory, RuleSets.fromJar,"
        + " RuleSets.builtIn), or given as the files of the resolved version (RuleSetSource.files())");
  };

  /**
   * @param version the version extended
   * @return it, resolved
   * @throws Unresolved saying why there is none: unknown, refused, or a cycle
   */
  RuleSetSource find(String version) throws Unresolved;

  /** Why a version extended cannot be had; its message reads after the manifest's line and column. */
  final class Unresolved extends Exception {
    private static final long serialVersionUID = 1L;

    Unresolved(String message) {
      super(message, null, false, false);
    }
  }
}

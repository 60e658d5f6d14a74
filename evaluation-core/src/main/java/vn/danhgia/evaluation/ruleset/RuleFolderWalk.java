package vn.danhgia.evaluation.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Finds the version folders below a folder of rule sets ({@link RuleSets#fromDirectory}): the folder
 * itself when it holds {@code ruleset.properties}, otherwise each folder below it, to two levels,
 * that does. The folder named may be reached through a link (a host's deployment often is); below
 * it, links are never followed, and each one met is refused, so that a rule set cannot be made of
 * files from elsewhere.
 */
final class RuleFolderWalk {
  private static final int DEPTH = 3;

  private RuleFolderWalk() {}

  /**
   * @param folder the folder named by the host
   * @param problems where a link met below it is reported, as a path relative to it
   * @return the version folders, as paths below {@code folder}, sorted
   */
  static List<Path> versionFolders(Path folder, List<Diagnostic> problems) {
    if (Files.exists(folder.resolve(RuleSetManifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
      return List.of(folder);
    }
    TreeSet<Path> versions = new TreeSet<>();
    List<Path> links = new ArrayList<>();
    try {
      Path real = folder.toRealPath();
      try (Stream<Path> walk = Files.walk(real, DEPTH)) {
        walk.forEach(p -> {
          Path relative = real.relativize(p);
          if (p.getFileName() != null && p.getFileName().toString().equals(RuleSetManifest.FILE)) {
            versions.add(folder.resolve(relative).getParent());
          } else if (Files.isSymbolicLink(p)) {
            links.add(relative);
          }
        });
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidRuleSetException(folder.toString(), List.of(new Diagnostic(FileNames.asFile(folder.toString()),
          0, 0, "cannot read the folder: " + FileNames.shown(String.valueOf(e.getMessage())))));
    }
    for (Path link : links) {
      // A link inside a version folder is refused by the version's own check.
      if (link.getParent() == null || !versions.contains(folder.resolve(link.getParent()))) {
        problems.add(new Diagnostic(FileNames.asFile(link.toString().replace('\\', '/')), 0, 0,
            "a symbolic link: links below the rules folder are never followed, so rule sets are made of the plain"
                + " files and folders in it only; remove it"));
      }
    }
    return List.copyOf(versions);
  }
}

package vn.danhgia.evaluation.ruleset;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the versions of one folder, jar or classpath set, each version that extends another
 * ({@code extends = VERSION}) over the resolved version it extends: chains resolve, each version once;
 * a cycle, an unknown version or a version extended that is itself refused is a problem of the
 * overlay, at its manifest's {@code extends} line and column. Not thread-safe: one resolver serves
 * one load.
 */
final class VersionResolver implements Bases {
  /**
   * A version's files, not yet loaded.
   *
   * @param origin where they are, for messages
   * @param files the files
   */
  record Candidate(String origin, VersionFiles files) {}

  private final String where;
  private final Map<String, List<Candidate>> byVersion = new LinkedHashMap<>();
  private final Map<Candidate, Object> done = new IdentityHashMap<>();
  private final Map<Candidate, @Nullable String> versions = new IdentityHashMap<>();
  private final List<String> resolving = new ArrayList<>();

  /**
   * @param where the set, for messages, e.g. its folder
   * @param candidates its versions
   */
  VersionResolver(String where, List<Candidate> candidates) {
    this.where = where;
    for (Candidate c : candidates) {
      String version = VersionLoader.peekVersion(c.files());
      versions.put(c, version);
      if (version != null) {
        byVersion.computeIfAbsent(version, v -> new ArrayList<>()).add(c);
      }
    }
  }

  /**
   * @param files a version's files
   * @return whether its manifest extends another version
   */
  static boolean extendsAnother(VersionFiles files) {
    try {
      byte[] bytes = files.read(RuleSetManifest.FILE, RuleSetLimits.MANIFEST_BYTES);
      return bytes != null && Overlay.extendsEntry(PropertiesFile.parse(RuleSetManifest.FILE, bytes)) != null;
    } catch (IOException | FileRefusal e) {
      return false; // the load reports it
    }
  }

  /**
   * The version folders next to a version's folder (the folders of its parent that hold a manifest),
   * itself among them; links are not followed.
   *
   * @param folder a version's folder, on disk or inside a zip file system
   * @return the candidates, the folder's own first
   */
  static List<Candidate> siblings(Path folder, VersionFiles own) {
    List<Candidate> out = new ArrayList<>();
    out.add(new Candidate(folder.toString(), own));
    Path parent = folder.toAbsolutePath().normalize().getParent();
    if (parent == null) {
      return out;
    }
    Path self = folder.toAbsolutePath().normalize();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent)) {
      int seen = 0;
      for (Path p : entries) {
        if (++seen > RuleSetLimits.FOLDER_ENTRIES) {
          break;
        }
        if (!p.equals(self) && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
            && Files.isRegularFile(p.resolve(RuleSetManifest.FILE), LinkOption.NOFOLLOW_LINKS)) {
          Path sibling = folder.resolveSibling(p.getFileName().toString());
          out.add(new Candidate(sibling.toString(), VersionFiles.folder(sibling)));
        }
      }
    } catch (IOException e) {
      // No siblings to be had: an overlay then finds no version to extend, and says so.
    }
    return out;
  }

  /**
   * @param c one of the candidates
   * @return it, resolved
   * @throws InvalidRuleSetException when it, or a version it extends, is refused
   */
  RuleSetSource resolve(Candidate c) {
    Object known = done.get(c);
    if (known instanceof RuleSetSource s) {
      return s;
    }
    if (known instanceof InvalidRuleSetException e) {
      throw e;
    }
    String version = versions.get(c);
    resolving.add(version == null ? "" : version);
    try {
      RuleSetSource s = VersionLoader.load(c.origin(), c.files(), this);
      done.put(c, s);
      return s;
    } catch (InvalidRuleSetException e) {
      done.put(c, e);
      throw e;
    } finally {
      resolving.remove(resolving.size() - 1);
    }
  }

  @Override
  public RuleSetSource find(String version) throws Unresolved {
    int at = resolving.indexOf(version);
    if (at >= 0) {
      throw new Unresolved("a cycle: " + String.join(" extends ", resolving.subList(at, resolving.size()))
          + " extends " + version + " again; a chain of versions ends in a version that extends none");
    }
    List<Candidate> found = byVersion.get(version);
    if (found == null) {
      throw new Unresolved("there is no version " + FileNames.shown(version) + " in " + where
          + (byVersion.isEmpty() ? "" : " (its versions: " + String.join(", ", byVersion.keySet()) + ")"));
    }
    if (found.size() > 1) {
      throw new Unresolved("version " + version + " is in more than one folder of " + where + ", so which one is"
          + " extended is ambiguous");
    }
    try {
      return resolve(found.get(0));
    } catch (InvalidRuleSetException e) {
      Diagnostic first = e.diagnostics().isEmpty() ? null : e.diagnostics().get(0);
      throw new Unresolved("version " + version + ", which this one extends, is refused"
          + (first == null ? "" : " (" + first.file() + ":" + first.line() + ":" + first.column() + ": "
              + first.message() + ")"));
    }
  }
}

package vn.danhgia.evaluation.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The versions of one rule set (for instance {@code leaders} 2019.1 and 2025.1), from which an
 * evaluation picks the one in force or the one it names.
 *
 * <p>Jars that ship rule sets list their folders in the resource {@value #INDEX}, one folder a line;
 * {@link #builtIn(String)} finds every such jar on the classpath. A version that extends another ({@code
 * extends = VERSION}) is resolved over that version of the same set; a cycle, an unknown version or
 * another id is refused at the manifest's line and column. Immutable.
 */
public final class RuleSets {
  /** The classpath resource that lists a jar's rule set folders, one a line. */
  public static final String INDEX = "META-INF/vn.danhgia.evaluation/rulesets.list";

  private final String id;
  private final Map<String, RuleSetSource> byVersion;

  private RuleSets(String id, Map<String, RuleSetSource> byVersion) {
    this.id = id;
    this.byVersion = java.util.Collections.unmodifiableMap(new TreeMap<>(byVersion));
  }

  /**
   * The versions of one rule set given as sources.
   *
   * @param sources the versions; all of one id, each version once
   * @return the rule sets
   * @throws IllegalArgumentException when the sources are empty, mix ids or repeat a version
   */
  public static RuleSets of(Collection<RuleSetSource> sources) {
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no rule set given");
    }
    Map<String, RuleSetSource> byVersion = new LinkedHashMap<>();
    String id = sources.iterator().next().manifest().id();
    for (RuleSetSource s : sources) {
      if (!s.manifest().id().equals(id)) {
        throw new IllegalArgumentException("rule sets of different ids: " + id + " and " + s.manifest().id());
      }
      if (byVersion.put(s.manifest().version(), s) != null) {
        throw new IllegalArgumentException("version " + s.manifest().version() + " of " + id + " given twice");
      }
    }
    return new RuleSets(id, byVersion);
  }

  /**
   * The rule set {@code id} as shipped on the classpath of this class's loader.
   *
   * @param id the rule set's id, e.g. {@code leaders}
   * @return its versions
   * @throws InvalidRuleSetException when none is found, or one cannot be loaded
   */
  public static RuleSets builtIn(String id) {
    return builtIn(id, RuleSets.class.getClassLoader());
  }

  /**
   * The rule set {@code id} as shipped on a class loader's classpath.
   *
   * @param id the rule set's id
   * @param loader the class loader
   * @return its versions
   * @throws InvalidRuleSetException when none is found, or one cannot be loaded
   */
  public static RuleSets builtIn(String id, ClassLoader loader) {
    List<RuleSetSource> found = new ArrayList<>();
    List<VersionResolver.Candidate> candidates = new ArrayList<>();
    for (String folder : indexedFolders(loader)) { // each a plain path, as the index was read
      candidates.add(RuleSetSource.classpathCandidate(loader, folder));
    }
    VersionResolver resolver = new VersionResolver("the classpath (" + INDEX + ")", candidates);
    for (VersionResolver.Candidate candidate : candidates) {
      RuleSetSource source = resolver.resolve(candidate);
      if (source.manifest().id().equals(id)) {
        found.add(source);
      }
    }
    if (found.isEmpty()) {
      throw new InvalidRuleSetException(id, List.of(new Diagnostic(INDEX, 0, 0,
          "no rule set \"" + id + "\" on the classpath (is evaluation-rules a dependency?)")));
    }
    return of(found);
  }

  /**
   * Every rule set under a folder: the folder itself when it holds {@code ruleset.properties},
   * otherwise each folder below it (to two levels, e.g. {@code leaders/2025.1}) that does. The folder
   * may be reached through a link; below it, links are never followed, and each one met is refused.
   * Each version is read as {@link RuleSetSource#fromDirectory} reads it.
   *
   * @param folder the folder
   * @return the versions found
   * @throws InvalidRuleSetException when none is found, one cannot be loaded, a link is met, or ids
   *     are mixed
   */
  public static RuleSets fromDirectory(Path folder) {
    List<RuleSetSource> found = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> versions = RuleFolderWalk.versionFolders(folder, problems);
    if (versions.equals(List.of(folder))) {
      return ofChecked(folder.toString(), List.of(RuleSetSource.fromDirectory(folder)));
    }
    List<VersionResolver.Candidate> candidates = versions.stream()
        .map(v -> new VersionResolver.Candidate(v.toString(), VersionFiles.folder(v))).toList();
    VersionResolver resolver = new VersionResolver(folder.toString(), candidates);
    for (int i = 0; i < versions.size(); i++) {
      Path dir = versions.get(i);
      try {
        found.add(resolver.resolve(candidates.get(i)));
      } catch (InvalidRuleSetException e) {
        String prefix = folder.relativize(dir).toString().replace('\\', '/');
        e.diagnostics().forEach(d -> problems.add(new Diagnostic(
            prefix.isEmpty() ? d.file() : prefix + "/" + d.file(), d.line(), d.column(), d.message())));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRuleSetException(folder.toString(), problems);
    }
    if (found.isEmpty()) {
      throw new InvalidRuleSetException(folder.toString(), List.of(new Diagnostic(folder.toString(), 0, 0,
          "no " + RuleSetManifest.FILE + " in this folder or the folders below it")));
    }
    return ofChecked(folder.toString(), found);
  }

  /**
   * Every rule set in a jar, found through its {@value #INDEX}.
   *
   * @param jar the jar file
   * @return the versions found
   * @throws InvalidRuleSetException when the jar has no index or a rule set cannot be loaded
   */
  public static RuleSets fromJar(Path jar) {
    if (!Files.isRegularFile(jar)) {
      throw new InvalidRuleSetException(jar.toString(), List.of(new Diagnostic(FileNames.asFile(jar.toString()), 0, 0,
          "not a jar file (a folder, a device or nothing)")));
    }
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      byte[] index = VersionFiles.readPlain(zip.getPath("/" + INDEX), RuleSetLimits.INDEX_BYTES);
      if (index == null) {
        throw new InvalidRuleSetException(jar.toString(), List.of(new Diagnostic(INDEX, 0, 0,
            "the jar has no rule set index")));
      }
      List<VersionResolver.Candidate> candidates = new ArrayList<>();
      for (String f : lines(jar.toString(), new String(index, StandardCharsets.UTF_8))) {
        String base = f.startsWith("/") ? f.substring(1) : f;
        candidates.add(new VersionResolver.Candidate(jar + "!/" + f, VersionFiles.folder(zip.getPath("/" + base))));
      }
      VersionResolver resolver = new VersionResolver(jar.toString(), candidates);
      // Resolved while the jar is open: a version extended is read from it as the overlay is.
      return ofChecked(jar.toString(), candidates.stream().map(resolver::resolve).toList());
    } catch (FileRefusal e) {
      throw new InvalidRuleSetException(jar.toString(), List.of(new Diagnostic(INDEX, 0, 0, "refused: it is "
          + e.getMessage())));
    } catch (IOException | java.nio.file.ProviderNotFoundException e) {
      throw new InvalidRuleSetException(jar.toString(), List.of(new Diagnostic(jar.toString(), 0, 0,
          "cannot open the jar: " + FileNames.shown(String.valueOf(e.getMessage())))));
    }
  }

  private static RuleSets ofChecked(String origin, List<RuleSetSource> found) {
    try {
      return of(found);
    } catch (IllegalArgumentException e) {
      throw new InvalidRuleSetException(origin, List.of(new Diagnostic(origin, 0, 0, e.getMessage())));
    }
  }

  static List<String> indexedFolders(ClassLoader loader) {
    TreeSet<String> folders = new TreeSet<>();
    try {
      Enumeration<URL> indexes = loader.getResources(INDEX);
      while (indexes.hasMoreElements()) {
        URL url = indexes.nextElement();
        try (InputStream in = url.openStream()) {
          folders.addAll(lines(url.toString(), new String(VersionFiles.bounded(in, RuleSetLimits.INDEX_BYTES),
              StandardCharsets.UTF_8)));
        } catch (FileRefusal e) {
          throw new InvalidRuleSetException(url.toString(), List.of(new Diagnostic(INDEX, 0, 0, "refused: it is "
              + e.getMessage())));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(folders);
  }

  /** @return the folders an index lists, once each is checked to be a plain path */
  private static List<String> lines(String origin, String index) {
    List<String> out = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    String[] lines = index.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String problem = FileNames.folderProblem(line);
      if (problem != null) {
        problems.add(new Diagnostic(INDEX, i + 1, 1, FileNames.shown(line) + " is not a rule set folder: " + problem));
      } else {
        out.add(line);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRuleSetException(origin, PropertiesFile.capped(INDEX, problems));
    }
    return out;
  }

  /** @return the rule set's id */
  public String id() {
    return id;
  }

  /** @return every version's source, by version */
  public Map<String, RuleSetSource> versions() {
    return byVersion;
  }

  /**
   * @param version a version
   * @return its source, if there is such a version
   */
  public Optional<RuleSetSource> version(String version) {
    return Optional.ofNullable(byVersion.get(version));
  }

  /** @return the versions and the day each takes effect */
  public VersionTimeline timeline() {
    Map<String, LocalDate> dates = new TreeMap<>();
    byVersion.forEach((v, s) -> dates.put(v, s.manifest().effectiveFrom()));
    return VersionTimeline.of(dates);
  }

  @Override
  public String toString() {
    return id + " " + byVersion.keySet();
  }
}

package vn.danhgia.evaluation.ruleset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.danhgia.evaluation.report.RuleSetIdentity;

/**
 * One version of a rule set as files, loaded but not compiled: its manifest, its parameters and its
 * rule files. Load one from a folder, from the classpath or from a jar; {@link
 * vn.danhgia.evaluation.engine.CompiledRuleSet#compile} compiles it.
 *
 * <p>Its identity in every report is the manifest's id and version and {@link #sha256()}: the
 * SHA-256 over its files in name order, each as {@code name}, a newline, its length in bytes, a
 * newline and its bytes. Changing any file, or adding one to the manifest, changes it.
 *
 * <p>A version whose manifest says {@code extends = VERSION} is resolved over that version of the
 * same folder, jar or classpath set (see {@link RuleSets} and "Versions as overlays" in {@code
 * docs/rule-authoring.md}); its {@link #files()} are then the resolved ones, which stand on their
 * own: the rule files of the resolved list, whichever folder holds each, and the resolved manifest
 * and parameters written as {@code ruleset.properties} and {@code parameters.properties}. The hash
 * is over those, so it does not depend on which folder holds a file. {@link #extended()}, {@link
 * #ruleVersions()}, {@link #ruleOrigins()} and {@link #parameterVersions()} say where each part
 * comes from.
 *
 * <p>The parameters are {@code parameters.properties} or, instead, {@code parameters.xlsx} (see
 * {@link Parameters#parseSpreadsheet}); a folder with both is refused as ambiguous. The hash covers
 * whichever file is there, so the same parameters in the other file give another hash but the same
 * {@link #parameters()}, the same compiled rule set and the same results.
 *
 * <p>Only the listed files, only plain files: a manifest names its rule files inside its own
 * folder (plain {@code .drl} names, no path); a version's folder holds nothing else than the
 * manifest, the parameters and those rule files; a symbolic link, a device, a pipe or a file above
 * its limit is refused unread (1 MiB a rule file, 4 MiB the rule files together, 1 MiB the
 * parameters, 64 KiB the manifest). Each refusal is a {@link Diagnostic}, a listed file's on the
 * manifest's line and column that lists it. See "What a rule folder may contain" in {@code
 * docs/rule-authoring.md}.
 *
 * <p>Immutable.
 */
public final class RuleSetSource {
  private final RuleSetManifest manifest;
  private final Parameters parameters;
  private final Map<String, byte[]> files;
  private final String origin;
  private final String sha256;
  private final Resolution resolution;

  private RuleSetSource(RuleSetManifest manifest, Parameters parameters, Map<String, byte[]> files,
      String origin, Resolution resolution) {
    this.manifest = manifest;
    this.resolution = resolution;
    this.parameters = parameters;
    TreeMap<String, byte[]> copy = new TreeMap<>();
    files.forEach((k, v) -> copy.put(k, v.clone()));
    this.files = Collections.unmodifiableMap(copy);
    this.origin = origin;
    this.sha256 = hash(copy);
    List<Diagnostic> problems = TermsCheck.problems(manifest, parameters, copy.get(RuleSetManifest.FILE));
    if (!problems.isEmpty()) {
      throw new InvalidRuleSetException(manifest.title(), problems);
    }
  }

  /**
   * @return the names of the parameters the manifest names: components' maxima and the placeholders
   *     of components' and flags' messages (the rule files read the others)
   */
  public List<String> parametersNamedByManifest() {
    return TermsCheck.named(manifest);
  }

  /**
   * Loads the rule set in a folder that holds {@code ruleset.properties}. The folder itself may be
   * reached through a link; nothing inside it may be one.
   *
   * @param folder the folder
   * @return the rule set
   * @throws InvalidRuleSetException when a file is missing, cannot be read or is refused (a link, a
   *     device, a file above its limit), or the folder holds anything else than the manifest, the
   *     parameters and the rule files the manifest lists
   */
  public static RuleSetSource fromDirectory(Path folder) {
    return load(folder, folder.toString());
  }

  /** A folder's version; one that extends another is resolved over the version folders next to it. */
  private static RuleSetSource load(Path folder, String origin) {
    VersionFiles files = VersionFiles.folder(folder);
    if (!VersionResolver.extendsAnother(files)) {
      return VersionLoader.load(origin, files);
    }
    List<VersionResolver.Candidate> siblings = VersionResolver.siblings(folder, files);
    siblings.set(0, new VersionResolver.Candidate(origin, files));
    Path parent = folder.getParent();
    return new VersionResolver(parent == null ? origin : parent.toString(), siblings).resolve(siblings.get(0));
  }

  /**
   * Loads a rule set from the classpath. Only the manifest, the parameters and the listed rule
   * files are looked up, each within its limit.
   *
   * @param loader the class loader to read resources with
   * @param folder the resource folder holding {@code ruleset.properties}, e.g. {@code
   *     rulesets/leaders/2025.1}: plain names separated by {@code /}
   * @return the rule set
   * @throws InvalidRuleSetException when the folder is not a plain path, or a file is missing, cannot
   *     be read or is refused
   */
  public static RuleSetSource fromClasspath(ClassLoader loader, String folder) {
    String base = checkedFolder("classpath:" + folder, folder);
    VersionFiles files = VersionFiles.classpath(loader, base);
    if (!VersionResolver.extendsAnother(files)) {
      return VersionLoader.load("classpath:" + base, files);
    }
    List<VersionResolver.Candidate> candidates = new java.util.ArrayList<>();
    candidates.add(new VersionResolver.Candidate("classpath:" + base, files));
    for (String other : RuleSets.indexedFolders(loader)) {
      VersionResolver.Candidate c = classpathCandidate(loader, other);
      if (!c.origin().equals("classpath:" + base)) {
        candidates.add(c);
      }
    }
    return new VersionResolver("the classpath (" + RuleSets.INDEX + ")", candidates).resolve(candidates.get(0));
  }

  /**
   * Loads a rule set from a folder inside a jar (or any zip) file; the folder is read as {@link
   * #fromDirectory} reads one, every entry bounded by its limit however much it claims to inflate to.
   *
   * @param jar the jar file
   * @param folder the folder inside the jar holding {@code ruleset.properties}: plain names separated
   *     by {@code /}
   * @return the rule set
   * @throws InvalidRuleSetException when the jar or a file cannot be read, or as {@link #fromDirectory}
   */
  public static RuleSetSource fromJar(Path jar, String folder) {
    String base = checkedFolder(jar + "!/" + folder, folder);
    if (!Files.isRegularFile(jar)) {
      throw new InvalidRuleSetException(jar.toString(), List.of(new Diagnostic(FileNames.asFile(
          String.valueOf(jar.getFileName())), 0, 0, "not a jar file (a folder, a device or nothing)")));
    }
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      return load(zip.getPath("/" + base), jar + "!/" + folder);
    } catch (IOException | RuntimeException e) {
      if (e instanceof InvalidRuleSetException refused) {
        throw refused;
      }
      throw new InvalidRuleSetException(jar.toString(), List.of(new Diagnostic(FileNames.asFile(
          String.valueOf(jar.getFileName())), 0, 0, "cannot open the jar: " + FileNames.shown(String.valueOf(e.getMessage())))));
    }
  }

  /**
   * A rule set from files held in memory, e.g. in tests or when rules come from a database. The
   * files are checked as those of a folder are ({@link #fromDirectory}).
   *
   * @param origin where the files come from, for messages
   * @param files each file's name and content; must hold the manifest, the parameters ({@code
   *     parameters.properties} or {@code parameters.xlsx}) and every rule file the manifest lists,
   *     and nothing else
   * @return the rule set
   * @throws InvalidRuleSetException when a file is missing, above its limit, or does not parse, or
   *     another file is given
   */
  public static RuleSetSource fromFiles(String origin, Map<String, byte[]> files) {
    return VersionLoader.load(origin, VersionFiles.memory(files));
  }

  /** A version folder of the classpath, already checked to be a plain path, not yet loaded. */
  static VersionResolver.Candidate classpathCandidate(ClassLoader loader, String folder) {
    String base = prefix(folder);
    return new VersionResolver.Candidate("classpath:" + base, VersionFiles.classpath(loader, base));
  }

  private static String prefix(String folder) {
    String base = folder.startsWith("/") ? folder.substring(1) : folder;
    return base.endsWith("/") ? base : base + "/";
  }

  /** @return the folder as a resource prefix ending in {@code /}, once checked to be a plain path */
  private static String checkedFolder(String origin, String folder) {
    String problem = FileNames.folderProblem(folder);
    if (problem != null) {
      throw new InvalidRuleSetException(origin, List.of(new Diagnostic(FileNames.asFile(folder), 0, 0,
          "not a rule set folder: " + problem)));
    }
    return prefix(folder);
  }

  /**
   * A copy with other parameters, e.g. to see what a policy change would do.
   *
   * @param changed the parameters
   * @return the copy; its parameters file (always {@code parameters.properties}, in place of a
   *     {@code parameters.xlsx}) and hash differ accordingly
   * @throws InvalidRuleSetException when the manifest names a parameter the changed ones lack (a
   *     component's {@code max}, a message's placeholder), at the manifest's line
   */
  public RuleSetSource withParameters(Parameters changed) {
    Map<String, byte[]> copy = new TreeMap<>(files);
    copy.remove(Parameters.SPREADSHEET_FILE);
    copy.put(Parameters.FILE, Resolution.parametersText(changed.asText()));
    Map<String, String> versions = new TreeMap<>();
    changed.names().forEach(p -> versions.put(p, resolution.parameterVersions().getOrDefault(p, manifest.version())));
    return new RuleSetSource(manifest, changed, copy, origin + " (parameters changed)",
        new Resolution(resolution.extended(), resolution.ruleVersions(), resolution.ruleOrigins(), versions));
  }

  /** A source of files already read and checked by {@link VersionLoader}, of a version that extends none. */
  static RuleSetSource of(RuleSetManifest manifest, Parameters parameters, Map<String, byte[]> files, String origin) {
    return new RuleSetSource(manifest, parameters, files, origin, Resolution.own(manifest, parameters, origin));
  }

  /** A resolved overlay: its files are the resolved manifest, parameters and rule files. */
  static RuleSetSource resolved(RuleSetManifest manifest, Parameters parameters, Map<String, byte[]> files,
      String origin, Resolution resolution) {
    return new RuleSetSource(manifest, parameters, files, origin, resolution);
  }

  private static String hash(Map<String, byte[]> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      files.forEach((name, bytes) -> {
        digest.update((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
      });
      return java.util.HexFormat.of().formatHex(digest.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** @return the manifest */
  public RuleSetManifest manifest() {
    return manifest;
  }

  /** @return the parameters */
  public Parameters parameters() {
    return parameters;
  }

  /** @return every file by name (manifest, parameters, rule files), sorted by name */
  public Map<String, byte[]> files() {
    Map<String, byte[]> copy = new TreeMap<>();
    files.forEach((k, v) -> copy.put(k, v.clone()));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * @param name a rule file's name
   * @return its text
   */
  public String text(String name) {
    byte[] b = files.get(Objects.requireNonNull(name));
    if (b == null) {
      throw new IllegalArgumentException("no file " + name + " in " + manifest.title());
    }
    return new String(b, StandardCharsets.UTF_8);
  }

  /**
   * @return the versions this one extends, the one it names in {@code extends} first and the root of
   *     the chain last; empty when it extends none
   */
  public List<String> extended() {
    return resolution.extended();
  }

  /** @return for each rule file, the version whose folder holds the bytes compiled, by file name */
  public Map<String, String> ruleVersions() {
    return resolution.ruleVersions();
  }

  /**
   * @return for each rule file, where the folder that holds the bytes compiled was loaded from (the
   *     {@link #origin()} of that version), by file name
   */
  public Map<String, String> ruleOrigins() {
    return resolution.ruleOrigins();
  }

  /** @return for each parameter, the version whose parameters set its value, by name */
  public Map<String, String> parameterVersions() {
    return resolution.parameterVersions();
  }

  /** @return where the files were loaded from */
  public String origin() {
    return origin;
  }

  /** @return the SHA-256 over the files, lower-case hex */
  public String sha256() {
    return sha256;
  }

  /** @return id, version and hash, as reports carry them */
  public RuleSetIdentity identity() {
    return new RuleSetIdentity(manifest.id(), manifest.version(), sha256);
  }

  @Override
  public String toString() {
    return manifest.title() + " from " + origin;
  }
}

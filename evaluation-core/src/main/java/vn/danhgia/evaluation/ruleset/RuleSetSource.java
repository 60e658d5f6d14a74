package vn.danhgia.evaluation.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
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
 * <p>The parameters are {@code parameters.properties} or, instead, {@code parameters.xlsx} (see
 * {@link Parameters#parseSpreadsheet}); a folder with both is refused as ambiguous. The hash covers
 * whichever file is there, so the same parameters in the other file give another hash but the same
 * {@link #parameters()}, the same compiled rule set and the same results.
 *
 * <p>Immutable.
 */
public final class RuleSetSource {
  private final RuleSetManifest manifest;
  private final Parameters parameters;
  private final Map<String, byte[]> files;
  private final String origin;
  private final String sha256;

  private RuleSetSource(RuleSetManifest manifest, Parameters parameters, Map<String, byte[]> files,
      String origin) {
    this.manifest = manifest;
    this.parameters = parameters;
    TreeMap<String, byte[]> copy = new TreeMap<>();
    files.forEach((k, v) -> copy.put(k, v.clone()));
    this.files = Collections.unmodifiableMap(copy);
    this.origin = origin;
    this.sha256 = hash(copy);
  }

  /**
   * Loads the rule set in a folder that holds {@code ruleset.properties}.
   *
   * @param folder the folder
   * @return the rule set
   * @throws InvalidRuleSetException when a file is missing or cannot be read, or a rule file in the
   *     folder is not listed in the manifest
   */
  public static RuleSetSource fromDirectory(Path folder) {
    return load(folder.toString(), name -> read(folder.resolve(name)), () -> listRuleFiles(folder));
  }

  /**
   * Loads a rule set from the classpath.
   *
   * @param loader the class loader to read resources with
   * @param folder the resource folder holding {@code ruleset.properties}, e.g. {@code
   *     rulesets/leaders/2025.1}
   * @return the rule set
   * @throws InvalidRuleSetException when a file is missing or cannot be read
   */
  public static RuleSetSource fromClasspath(ClassLoader loader, String folder) {
    String base = folder.endsWith("/") ? folder : folder + "/";
    return load("classpath:" + base, name -> {
      try (InputStream in = loader.getResourceAsStream(base + name)) {
        return in == null ? null : in.readAllBytes();
      }
    }, null);
  }

  /**
   * Loads a rule set from a folder inside a jar (or any zip) file.
   *
   * @param jar the jar file
   * @param folder the folder inside the jar holding {@code ruleset.properties}
   * @return the rule set
   * @throws InvalidRuleSetException when the jar or a file cannot be read
   */
  public static RuleSetSource fromJar(Path jar, String folder) {
    try (FileSystem zip = FileSystems.newFileSystem(jar)) {
      Path inside = zip.getPath(folder.startsWith("/") ? folder : "/" + folder);
      return load(jar + "!/" + folder, name -> read(inside.resolve(name)), () -> listRuleFiles(inside));
    } catch (IOException e) {
      throw new InvalidRuleSetException(jar.toString(),
          List.of(new Diagnostic(jar.getFileName().toString(), 0, 0, "cannot open the jar: " + e.getMessage())));
    }
  }

  /**
   * A rule set from files held in memory, e.g. in tests or when rules come from a database.
   *
   * @param origin where the files come from, for messages
   * @param files each file's name and content; must hold the manifest, the parameters ({@code
   *     parameters.properties} or {@code parameters.xlsx}) and every rule file the manifest lists
   * @return the rule set
   * @throws InvalidRuleSetException when a file is missing or does not parse
   */
  public static RuleSetSource fromFiles(String origin, Map<String, byte[]> files) {
    return load(origin, files::get, () -> files.keySet().stream().filter(n -> n.endsWith(".drl")).toList());
  }

  /**
   * A copy with other parameters, e.g. to see what a policy change would do.
   *
   * @param changed the parameters
   * @return the copy; its parameters file (always {@code parameters.properties}, in place of a
   *     {@code parameters.xlsx}) and hash differ accordingly
   */
  public RuleSetSource withParameters(Parameters changed) {
    Map<String, byte[]> copy = new TreeMap<>(files);
    copy.remove(Parameters.SPREADSHEET_FILE);
    StringBuilder text = new StringBuilder();
    changed.asText().forEach((k, v) -> text.append(k).append(" = ").append(v).append('\n'));
    copy.put(Parameters.FILE, text.toString().getBytes(StandardCharsets.UTF_8));
    return new RuleSetSource(manifest, changed, copy, origin + " (parameters changed)");
  }

  @FunctionalInterface
  private interface Reader {
    byte @Nullable [] read(String name) throws IOException;
  }

  @FunctionalInterface
  private interface Lister {
    List<String> ruleFiles() throws IOException;
  }

  private static RuleSetSource load(String origin, Reader reader, @Nullable Lister lister) {
    byte[] manifestBytes = readRequired(origin, reader, RuleSetManifest.FILE);
    RuleSetManifest manifest = RuleSetManifest.parse(manifestBytes);
    List<Diagnostic> problems = new ArrayList<>();
    Map<String, byte[]> files = new TreeMap<>();
    files.put(RuleSetManifest.FILE, manifestBytes);
    Parameters parameters = Parameters.empty();
    byte[] text = readOptional(reader, Parameters.FILE, problems);
    byte[] sheet = readOptional(reader, Parameters.SPREADSHEET_FILE, problems);
    try {
      if (text != null && sheet != null) {
        problems.add(new Diagnostic(Parameters.SPREADSHEET_FILE, 0, 0, "both " + Parameters.FILE + " and "
            + Parameters.SPREADSHEET_FILE + " are here, so which one holds the parameters is ambiguous: keep"
            + " one of them"));
      } else if (text != null) {
        files.put(Parameters.FILE, text);
        parameters = Parameters.parse(Parameters.FILE, text);
      } else if (sheet != null) {
        files.put(Parameters.SPREADSHEET_FILE, sheet);
        parameters = Parameters.parseSpreadsheet(Parameters.SPREADSHEET_FILE, sheet);
      }
    } catch (InvalidRuleSetException e) {
      problems.addAll(e.diagnostics());
    }
    for (String rule : manifest.rules()) {
      try {
        byte[] bytes = reader.read(rule);
        if (bytes == null) {
          problems.add(new Diagnostic(RuleSetManifest.FILE, 0, 0, "the manifest lists \"" + rule
              + "\", which is not there"));
        } else {
          files.put(rule, bytes);
        }
      } catch (IOException e) {
        problems.add(new Diagnostic(rule, 0, 0, "cannot read: " + e.getMessage()));
      }
    }
    if (lister != null) {
      try {
        for (String present : lister.ruleFiles()) {
          if (!manifest.rules().contains(present)) {
            problems.add(new Diagnostic(present, 0, 0, "this rule file is not listed in " + RuleSetManifest.FILE
                + " (rules = …), so it would be ignored"));
          }
        }
      } catch (IOException e) {
        problems.add(new Diagnostic(".", 0, 0, "cannot list the folder: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRuleSetException(manifest.title(), problems);
    }
    return new RuleSetSource(manifest, parameters, files, origin);
  }

  private static byte @Nullable [] readOptional(Reader reader, String name, List<Diagnostic> problems) {
    try {
      return reader.read(name);
    } catch (IOException e) {
      problems.add(new Diagnostic(name, 0, 0, "cannot read: " + e.getMessage()));
      return null;
    }
  }

  private static byte[] readRequired(String origin, Reader reader, String name) {
    try {
      byte[] bytes = reader.read(name);
      if (bytes != null) {
        return bytes;
      }
    } catch (IOException e) {
      throw new InvalidRuleSetException(origin, List.of(new Diagnostic(name, 0, 0, "cannot read: " + e.getMessage())));
    }
    throw new InvalidRuleSetException(origin, List.of(new Diagnostic(name, 0, 0, "missing: " + origin
        + " has no " + name)));
  }

  private static byte @Nullable [] read(Path file) throws IOException {
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private static List<String> listRuleFiles(Path folder) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
    }
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

package vn.danhgia.evaluation.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hostile rule-file corpus, {@code src/test/resources/hostile-rules/}: one DRL file per attack,
 * each starting with what must happen, {@code // expect: <line> <fragment>} (refused with a
 * diagnostic on that line whose message contains the fragment; a file may carry several) or {@code
 * // expect: ok} (a legitimate file, named {@code legit-*}, that must pass). Shared by the tests that
 * bring the corpus through each entrance: the API, a live reload and {@code validate --rules}.
 */
public final class HostileRules {
  /** The corpus's folder on the test classpath. */
  public static final String CORPUS = "hostile-rules";
  private static final Pattern EXPECT = Pattern.compile("^//\\s*expect:\\s*(ok|(\\d+)\\s+(.+?))\\s*$");

  private HostileRules() {}

  /**
   * One expected refusal.
   *
   * @param line the 1-based line in the rule file
   * @param fragment a fragment of the message
   */
  public record Refusal(int line, String fragment) {}

  /**
   * One file of the corpus.
   *
   * @param name the file's name
   * @param text its text
   * @param refusals what must be refused; none for a legitimate file
   */
  public record RuleFile(String name, String text, List<Refusal> refusals) {
    /** @return whether the file must pass */
    public boolean legitimate() {
      return refusals.isEmpty();
    }

    @Override
    public String toString() {
      return name;
    }

    /**
     * Lays the file out as the only rule file of version {@value HostileFolders#VERSION} of a rules
     * folder: the {@code mini} rule set's manifest (listing this file) and parameters.
     *
     * @param rules the rules folder (its version folder is replaced)
     * @return the version's folder
     */
    public Path install(Path rules) {
      try {
        Path version = rules.resolve(HostileFolders.VERSION);
        if (Files.isDirectory(version)) {
          try (Stream<Path> walk = Files.walk(version)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.delete(p);
            }
          }
        }
        HostileFolders.installBase(rules);
        Path manifest = version.resolve("ruleset.properties");
        Files.writeString(manifest, Files.readString(manifest, StandardCharsets.UTF_8)
            .replaceAll("(?m)^rules\\s*=.*$", Matcher.quoteReplacement("rules = " + name)), StandardCharsets.UTF_8);
        Files.delete(version.resolve("mini.drl"));
        Files.writeString(version.resolve(name), text, StandardCharsets.UTF_8);
        return version;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** @return every file of the corpus, by name */
  public static List<RuleFile> all() {
    try (Stream<Path> files = Files.list(folder())) {
      List<RuleFile> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String name = p.getFileName().toString();
        out.add(new RuleFile(name, text, expectations(name, text)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the files that must be refused */
  public static List<RuleFile> hostile() {
    return all().stream().filter(f -> !f.legitimate()).toList();
  }

  private static List<Refusal> expectations(String file, String text) {
    List<Refusal> out = new ArrayList<>();
    boolean ok = false;
    for (String line : text.split("\r?\n")) {
      Matcher m = EXPECT.matcher(line.strip());
      if (!m.matches()) {
        break;
      }
      if (m.group(1).equals("ok")) {
        ok = true;
      } else {
        out.add(new Refusal(Integer.parseInt(m.group(2)), m.group(3)));
      }
    }
    if (ok == !out.isEmpty()) {
      throw new IllegalStateException(file + " must start with \"// expect: ok\" or \"// expect: <line> <fragment>\"");
    }
    return out;
  }

  private static Path folder() {
    URL url = HostileRules.class.getClassLoader().getResource(CORPUS);
    if (url == null) {
      throw new IllegalStateException("no " + CORPUS + " on the test classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package vn.danhgia.evaluation.testing;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The hostile rule-folder corpus, {@code src/test/resources/hostile-folders/}: one folder per
 * technique, named in words, each holding {@code expect.txt} and the files of the attack under
 * {@code rules/} (a folder of rule set versions, as {@code validate --rules} takes it).
 *
 * <p>Every technique starts from the {@code mini} rule set copied to {@code rules/v/}, then lays
 * its own files over it, then carries out the lines of {@code expect.txt} that git cannot hold or
 * that would be too large to keep (links and pipes are made at run time):
 *
 * <pre>
 * # a comment: what the technique tries
 * rules: mini.drl, ../../outside.drl          the manifest's rules line becomes this
 * remove: v/parameters.properties             a file of the base is removed
 * append: v/parameters.properties huge = 1{1000000*0}   a line is appended ({N*text} repeats)
 * lines: v/parameters.properties 20000 p{i} = 1        N lines are appended ({i} counts from 1)
 * link: v/mini.drl -> /etc/passwd             a symbolic link; "@outside" is a copy of mini outside rules/
 * fifo: v/mini.drl                            a named pipe (skipped where mkfifo is missing)
 * bomb: v/parameters.xlsx 16777216            a zip whose one entry inflates to that many zero bytes
 * sheet: v/parameters.xlsx annual.points 1e300   a workbook with that number cell (and cap = COMPLETED)
 * refused: v/ruleset.properties:6:20 a path   a diagnostic that must come: file, line, column (optional), fragment
 * scope: rules-folder                         only a load of the whole rules folder meets it (a linked version)
 * </pre>
 */
public final class HostileFolders {
  /** The corpus's folder on the test classpath. */
  public static final String CORPUS = "hostile-folders";
  /** The base rule set's folder on the test classpath. */
  private static final String BASE = "rulesets/mini";
  /** The folder of the hostile version inside {@code rules/}. */
  public static final String VERSION = "v";
  private static final Pattern REFUSED = Pattern.compile("(\\S+?):(\\d+)(?::(\\d+))?\\s+(.+)");
  private static final Pattern REPEAT = Pattern.compile("\\{(\\d+)\\*([^}]*)\\}");

  private HostileFolders() {}

  /**
   * One expected refusal.
   *
   * @param file the file, relative to the rules folder, e.g. {@code v/ruleset.properties}
   * @param line the line (0: the file as a whole)
   * @param column the column, or -1 when not checked
   * @param fragment a fragment of the message
   */
  public record Refusal(String file, int line, int column, String fragment) {
    /**
     * @param relativeTo the prefix to take off (e.g. {@code "v/"}), or {@code ""}
     * @return the start a diagnostic's {@code file:line:column: message} must have
     */
    public String start(String relativeTo) {
      String f = file.startsWith(relativeTo) ? file.substring(relativeTo.length()) : file;
      return f + ":" + line + ":" + (column < 0 ? "" : column + ":");
    }
  }

  /**
   * One technique of the corpus.
   *
   * @param name its folder's name, the technique in words
   * @param folder its folder
   * @param steps the lines of {@code expect.txt} that build it
   * @param refusals what must be refused
   * @param wholeFolderOnly whether only a load of the whole rules folder meets it
   */
  public record Technique(String name, Path folder, List<String> steps, List<Refusal> refusals,
      boolean wholeFolderOnly) {
    @Override
    public String toString() {
      return name;
    }

    /**
     * Lays the technique out in a rules folder: the base version, the technique's files, its steps.
     * The test is skipped (an assumption) where the technique cannot be made: links and pipes need
     * a POSIX file system, pipes {@code mkfifo}.
     *
     * @param rules the rules folder to fill (created)
     * @param outside a folder outside {@code rules} for what links point to
     * @return the hostile version's folder
     */
    public Path install(Path rules, Path outside) {
      assumeThat(FileSystems.getDefault().supportedFileAttributeViews()).as("links and pipes need POSIX")
          .contains("posix");
      if (steps.stream().anyMatch(s -> s.startsWith("fifo:"))) {
        assumeThat(canMakePipes()).as("mkfifo").isTrue();
      }
      try {
        Path version = rules.resolve(VERSION);
        copyTree(resource(BASE), version);
        Path own = folder.resolve("rules");
        if (Files.isDirectory(own)) {
          copyTree(own, rules);
        }
        for (String step : steps) {
          apply(step, rules, outside);
        }
        return version;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** @return every technique of the corpus, by name */
  public static List<Technique> all() {
    try (Stream<Path> folders = Files.list(resource(CORPUS))) {
      List<Technique> out = new ArrayList<>();
      for (Path f : folders.filter(Files::isDirectory).sorted().toList()) {
        out.add(read(f));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Lays the base rule set, unchanged, out as version {@code v} of a rules folder.
   *
   * @param rules the rules folder
   * @return the version's folder
   */
  public static Path installBase(Path rules) {
    try {
      Path version = rules.resolve(VERSION);
      copyTree(resource(BASE), version);
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Technique read(Path folder) throws IOException {
    List<String> steps = new ArrayList<>();
    List<Refusal> refusals = new ArrayList<>();
    boolean wholeFolder = false;
    for (String raw : Files.readAllLines(folder.resolve("expect.txt"), StandardCharsets.UTF_8)) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("refused:")) {
        Matcher m = REFUSED.matcher(line.substring("refused:".length()).strip());
        if (!m.matches()) {
          throw new IllegalStateException(folder + ": cannot read " + line);
        }
        refusals.add(new Refusal(m.group(1), Integer.parseInt(m.group(2)),
            m.group(3) == null ? -1 : Integer.parseInt(m.group(3)), m.group(4)));
      } else if (line.equals("scope: rules-folder")) {
        wholeFolder = true;
      } else {
        steps.add(line);
      }
    }
    if (refusals.isEmpty()) {
      throw new IllegalStateException(folder + "/expect.txt names no refusal");
    }
    return new Technique(folder.getFileName().toString().replace("/", ""), folder, steps, refusals, wholeFolder);
  }

  private static void apply(String step, Path rules, Path outside) throws IOException {
    int colon = step.indexOf(':');
    String verb = step.substring(0, colon);
    String rest = step.substring(colon + 1).strip();
    String[] words = rest.split("\\s+", 3);
    Path target = rules.resolve(words[0]);
    switch (verb) {
      case "rules" -> {
        Path manifest = rules.resolve(VERSION).resolve("ruleset.properties");
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        Files.writeString(manifest, text.replaceAll("(?m)^rules\\s*=.*$", Matcher.quoteReplacement("rules = "
            + expand(rest))), StandardCharsets.UTF_8);
      }
      case "remove" -> Files.delete(target);
      case "append" -> Files.writeString(target, expand(rest.substring(words[0].length()).strip()) + "\n",
          StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      case "lines" -> {
        StringBuilder text = new StringBuilder();
        int count = Integer.parseInt(words[1]);
        for (int i = 1; i <= count; i++) {
          text.append(words[2].replace("{i}", Integer.toString(i))).append('\n');
        }
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      }
      case "link" -> {
        String to = rest.substring(rest.indexOf("->") + 2).strip();
        if (to.startsWith("@outside")) {
          installBase(outside);
          to = outside.resolve(VERSION) + to.substring("@outside".length());
        }
        Files.deleteIfExists(target);
        Files.createDirectories(target.getParent());
        Files.createSymbolicLink(target, Path.of(to));
      }
      case "fifo" -> {
        Files.deleteIfExists(target);
        mkfifo(target);
      }
      case "bomb" -> Files.write(target, bomb(Long.parseLong(words[1])));
      case "sheet" -> Files.write(target, sheet(words[1], Double.parseDouble(words[2])));
      default -> throw new IllegalStateException("unknown step " + step);
    }
  }

  private static boolean canMakePipes() {
    return Files.isExecutable(Path.of("/usr/bin/mkfifo")) || Files.isExecutable(Path.of("/bin/mkfifo"));
  }

  private static void mkfifo(Path target) throws IOException {
    Process p = new ProcessBuilder("mkfifo", target.toString()).inheritIO().start();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("mkfifo " + target + " failed");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** @return a zip whose one entry, {@code xl/workbook.xml}, inflates to {@code size} zero bytes */
  public static byte[] bomb(long size) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
      byte[] zeros = new byte[64 * 1024];
      for (long written = 0; written < size; written += zeros.length) {
        zip.write(zeros, 0, (int) Math.min(zeros.length, size - written));
      }
      zip.closeEntry();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] sheet(String name, double number) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Parameters");
      ParameterSheets.row(sheet, 0, "name", "value");
      ParameterSheets.row(sheet, 1, name, number);
      ParameterSheets.row(sheet, 2, "cap", "COMPLETED");
      return ParameterSheets.bytes(workbook);
    }
  }

  /** @return the text with each {@code {N*text}} repeated N times */
  static String expand(String text) {
    Matcher m = REPEAT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(2).repeat(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.createDirectories(dest.getParent());
          try (InputStream in = Files.newInputStream(p)) {
            Files.write(dest, in.readAllBytes());
          }
        }
      }
    }
  }

  private static Path resource(String name) {
    URL url = HostileFolders.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("no " + name + " on the test classpath");
    }
    try {
      java.net.URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        // From the test jar (another module's tests): read the corpus inside it.
        try {
          java.nio.file.FileSystems.getFileSystem(uri);
        } catch (java.nio.file.FileSystemNotFoundException e) {
          java.nio.file.FileSystems.newFileSystem(uri, java.util.Map.of());
        }
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

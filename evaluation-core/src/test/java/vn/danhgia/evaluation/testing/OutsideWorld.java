package vn.danhgia.evaluation.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a test can see of the world outside the JVM and its own temporary folder, taken before and
 * compared after a hostile rule set was loaded, reloaded or validated: the entries of the home
 * folder, of the working folder and of the system's temporary folder's {@code escaped*} files (each
 * with its size and time), and the JVM's system properties. Nothing of it may change.
 */
public final class OutsideWorld {
  private final Map<String, String> files;
  private final Properties properties;

  private OutsideWorld(Map<String, String> files, Properties properties) {
    this.files = files;
    this.properties = properties;
  }

  /** @return the world as it is now */
  public static OutsideWorld now() {
    Map<String, String> files = new TreeMap<>();
    list(Path.of(System.getProperty("user.home")), files, "");
    list(Path.of("").toAbsolutePath(), files, "");
    list(Path.of(System.getProperty("java.io.tmpdir")), files, "escaped");
    Properties copy = new Properties();
    copy.putAll(System.getProperties());
    return new OutsideWorld(files, copy);
  }

  /** Asserts that nothing changed since this snapshot: no file written, no property set. */
  public void assertUnchanged() {
    OutsideWorld after = now();
    assertThat(after.files).as("files outside the test's folder").isEqualTo(files);
    assertThat(after.properties).as("system properties").isEqualTo(properties);
  }

  private static void list(Path folder, Map<String, String> into, String prefix) {
    try (Stream<Path> entries = Files.list(folder)) {
      for (Path p : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
        // Folders are listed by name only: a build writing inside target/ or ~/.m2 is not the rules.
        String what = Files.isDirectory(p) ? "folder" : Files.size(p) + " bytes, " + Files.getLastModifiedTime(p);
        into.put(p.toString(), what);
      }
    } catch (IOException | UncheckedIOException e) {
      into.put(folder.toString(), "unreadable: " + e.getMessage());
    }
  }
}

package vn.danhgia.evaluation.repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/** Writing rule set folders in tests, atomically as the repository's documentation asks. */
public final class RuleFolders {
  private RuleFolders() {}

  /** Writes every file of a rule set into a folder. */
  public static void write(Path folder, RuleSetSource source) {
    for (Map.Entry<String, byte[]> f : source.files().entrySet()) {
      writeAtomically(folder.resolve(f.getKey()), f.getValue());
    }
  }

  /** Writes a file through a temporary file and an atomic move. */
  public static void writeAtomically(Path file, String text) {
    writeAtomically(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a file through a temporary file and an atomic move. */
  public static void writeAtomically(Path file, byte[] bytes) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent().getParent(), ".tmp-", ".part");
      Files.write(tmp, bytes);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package vn.danhgia.evaluation.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the files of one rule set version are read from: a folder (on disk or inside a jar), the
 * classpath, or memory. Every read is bounded: a file is first looked at without following links
 * ({@link LinkOption#NOFOLLOW_LINKS}) and read only when it is a plain file within its limit, and
 * then through a reader that stops one byte past the limit, so that neither a device such as
 * {@code /dev/zero}, nor a pipe, nor a file that grows, nor a zip entry that inflates without end
 * can block the read or exhaust memory.
 */
abstract class VersionFiles {
  /** What an entry of a version folder is, as seen without following links. */
  enum Kind {
    FILE, FOLDER, LINK, OTHER
  }

  /**
   * One entry of a version folder.
   *
   * @param name its name
   * @param kind what it is
   */
  record Entry(String name, Kind kind) {}

  /**
   * @param name a file's name inside the version folder, already checked to be a plain name
   * @param limit the most bytes it may have
   * @return its bytes, or null when there is no such file
   * @throws FileRefusal when it is there but not a plain file within the limit
   * @throws IOException when it cannot be read
   */
  abstract byte @Nullable [] read(String name, int limit) throws IOException, FileRefusal;

  /**
   * @return every entry of the version folder (at most {@link RuleSetLimits#FOLDER_ENTRIES} and one
   *     more), or null when this source cannot list its folder (the classpath)
   * @throws IOException when the folder cannot be listed
   */
  abstract @Nullable List<Entry> list() throws IOException;

  /** A folder on disk or inside a zip file system. */
  static VersionFiles folder(Path folder) {
    return new VersionFiles() {
      @Override
      byte @Nullable [] read(String name, int limit) throws IOException, FileRefusal {
        return readPlain(folder.resolve(name), limit);
      }

      @Override
      List<Entry> list() throws IOException {
        List<Entry> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
          for (Path p : entries) {
            if (out.size() > RuleSetLimits.FOLDER_ENTRIES) {
              break;
            }
            out.add(new Entry(p.getFileName().toString(), kind(p)));
          }
        }
        return out;
      }
    };
  }

  /** Resources of a class loader under a folder ending in {@code /}. */
  static VersionFiles classpath(ClassLoader loader, String base) {
    return new VersionFiles() {
      @Override
      byte @Nullable [] read(String name, int limit) throws IOException, FileRefusal {
        URL url = loader.getResource(base + name);
        if (url == null) {
          return null;
        }
        if ("file".equals(url.getProtocol())) {
          try {
            return readPlain(Path.of(url.toURI()), limit);
          } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot locate " + url + ": " + e.getMessage(), e);
          }
        }
        try (InputStream in = url.openStream()) {
          return bounded(in, limit);
        }
      }

      @Override
      @Nullable List<Entry> list() {
        return null;
      }
    };
  }

  /** Files held in memory, by name. */
  static VersionFiles memory(Map<String, byte[]> files) {
    Map<String, byte[]> copy = Map.copyOf(files);
    return new VersionFiles() {
      @Override
      byte @Nullable [] read(String name, int limit) throws FileRefusal {
        byte[] bytes = copy.get(name);
        if (bytes != null && bytes.length > limit) {
          throw tooLarge(bytes.length, limit);
        }
        return bytes == null ? null : bytes.clone();
      }

      @Override
      List<Entry> list() {
        return copy.keySet().stream().sorted().map(n -> new Entry(n, Kind.FILE)).toList();
      }
    };
  }

  /**
   * Reads a file that must be a plain file, not a link, within a limit.
   *
   * @return its bytes, or null when there is nothing of that name
   */
  static byte @Nullable [] readPlain(Path file, int limit) throws IOException, FileRefusal {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return null;
    }
    refuseUnlessPlain(file, attributes);
    if (attributes.size() > limit) {
      throw tooLarge(attributes.size(), limit);
    }
    // On disk, opened without following a link either, should one have replaced the file since.
    try (InputStream in = file.getFileSystem() == FileSystems.getDefault()
        ? Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS) : Files.newInputStream(file)) {
      return bounded(in, limit);
    }
  }

  private static void refuseUnlessPlain(Path file, BasicFileAttributes attributes) throws FileRefusal {
    if (attributes.isSymbolicLink()) {
      throw new FileRefusal("a symbolic link" + target(file) + ": a rule set's files are plain files in its"
          + " folder, and links are never followed");
    }
    if (attributes.isDirectory()) {
      throw new FileRefusal("a folder, not a file");
    }
    if (!attributes.isRegularFile()) {
      throw new FileRefusal("not a plain file (a device, a pipe or a socket): it is not read");
    }
  }

  /**
   * Reads a stream up to a limit.
   *
   * @throws FileRefusal when the stream has more bytes than the limit (having read one more)
   */
  static byte[] bounded(InputStream in, int limit) throws IOException, FileRefusal {
    byte[] bytes = in.readNBytes(limit + 1);
    if (bytes.length > limit) {
      throw new FileRefusal("more than " + RuleSetLimits.bytes(limit) + ", the limit for this file");
    }
    return bytes;
  }

  static FileRefusal tooLarge(long size, int limit) {
    return new FileRefusal(String.format(java.util.Locale.ROOT, "%,d bytes", size) + ", more than "
        + RuleSetLimits.bytes(limit) + ", the limit for this file");
  }

  private static Kind kind(Path p) {
    try {
      BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isSymbolicLink() ? Kind.LINK : a.isDirectory() ? Kind.FOLDER : a.isRegularFile() ? Kind.FILE
          : Kind.OTHER;
    } catch (IOException e) {
      return Kind.OTHER;
    }
  }

  private static String target(Path link) {
    try {
      return " (to " + FileNames.shown(Files.readSymbolicLink(link).toString()) + ")";
    } catch (IOException | UnsupportedOperationException e) {
      return "";
    }
  }
}

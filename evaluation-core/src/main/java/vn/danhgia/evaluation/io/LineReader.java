package vn.danhgia.evaluation.io;

import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads lines ({@code \n}, {@code \r\n} or {@code \r} ended) of at most a given length: unlike
 * {@link java.io.BufferedReader#readLine()}, a line that never ends (a stream of {@code /dev/zero})
 * is not buffered beyond the limit. Not thread-safe.
 */
final class LineReader {
  private final Reader in;
  private final int max;
  private final char[] buffer = new char[8192];
  private int position;
  private int end;
  private boolean skipLineFeed;

  /** A line longer than the limit; the reader stopped in the middle of it. */
  static final class TooLong extends Exception {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super(null, null, false, false);
    }
  }

  LineReader(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /**
   * @return the next line without its end, or null at the end of the stream
   * @throws TooLong when the line is longer than the limit
   * @throws IOException when the stream cannot be read
   */
  @Nullable String next() throws IOException, TooLong {
    StringBuilder line = null;
    while (true) {
      if (position == end) {
        end = in.read(buffer, 0, buffer.length);
        position = 0;
        if (end <= 0) {
          end = 0;
          return line == null ? null : line.toString();
        }
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[position] == '\n') {
          position++;
          continue;
        }
      }
      int start = position;
      while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      int length = position - start;
      if (line == null) {
        line = new StringBuilder(Math.min(max, Math.max(16, length)));
      }
      if (line.length() + length > max) {
        throw new TooLong();
      }
      line.append(buffer, start, length);
      if (position < end) {
        skipLineFeed = buffer[position] == '\r';
        position++;
        return line.toString();
      }
    }
  }
}

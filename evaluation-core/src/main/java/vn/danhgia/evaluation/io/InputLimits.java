package vn.danhgia.evaluation.io;

import java.util.Objects;

/**
 * The limits an {@link Interchange} puts on what it reads, so that no document, however large or
 * hostile, can exhaust memory or time: document size, line length of a stream, nesting depth,
 * string length, the length and decimal places of numbers, and how many problems are listed.
 *
 * <p>A document that breaks a limit is refused as invalid ({@link
 * vn.danhgia.evaluation.validation.InvalidInputException}), each problem at the path of the value
 * concerned; reading stops at the limit, so nothing beyond it is held in memory. The published JSON
 * Schema states the default string length and decimal places ({@code maxLength}, {@code
 * multipleOf}); an {@code Interchange} with other limits checks its documents against a copy of the
 * schema that states its own.
 *
 * <p>Immutable and thread-safe; each {@code with…} method checks its argument and returns a copy:
 *
 * <pre>{@code
 * Interchange json = Interchange.standard()
 *     .withLimits(InputLimits.defaults().withMaxDocumentBytes(64L << 20).withMaxProblems(500));
 * }</pre>
 */
public final class InputLimits {
  /** The largest nesting depth that may be configured. */
  public static final int NESTING_DEPTH_CEILING = 1_000;
  /** The longest number text that may be configured. */
  public static final int NUMBER_LENGTH_CEILING = 10_000;
  /** The most decimal places that may be configured. */
  public static final int DECIMAL_PLACES_CEILING = 1_000;

  private static final InputLimits DEFAULTS = new InputLimits(256L << 20, 16 << 20, 64, 10_000, 100, 12, 100);

  private final long maxDocumentBytes;
  private final int maxLineLength;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNumberLength;
  private final int maxDecimalPlaces;
  private final int maxProblems;

  private InputLimits(long maxDocumentBytes, int maxLineLength, int maxNestingDepth, int maxStringLength,
      int maxNumberLength, int maxDecimalPlaces, int maxProblems) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxLineLength = maxLineLength;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxNumberLength = maxNumberLength;
    this.maxDecimalPlaces = maxDecimalPlaces;
    this.maxProblems = maxProblems;
  }

  /**
   * The default limits: documents of 256 MiB, stream lines of 16 Mi characters, nesting depth 64,
   * strings of 10,000 characters, numbers of 100 characters with at most 12 decimal places, 100
   * problems listed.
   *
   * @return the defaults
   */
  public static InputLimits defaults() {
    return DEFAULTS;
  }

  /**
   * @param bytes the largest document read, in bytes (at least 1); a larger one is refused once this
   *     many bytes have been read
   * @return a copy with that limit
   * @throws IllegalArgumentException when {@code bytes} is less than 1
   */
  public InputLimits withMaxDocumentBytes(long bytes) {
    return new InputLimits(atLeast(1, bytes, "maxDocumentBytes"), maxLineLength, maxNestingDepth,
        maxStringLength, maxNumberLength, maxDecimalPlaces, maxProblems);
  }

  /**
   * @param chars the longest line of an {@code evaluation-stream/1} stream, in characters (at least 1,
   *     at most {@code Integer.MAX_VALUE - 8}); reading stops at a longer line
   * @return a copy with that limit
   * @throws IllegalArgumentException when {@code chars} is out of that range
   */
  public InputLimits withMaxLineLength(int chars) {
    return new InputLimits(maxDocumentBytes, (int) within(1, Integer.MAX_VALUE - 8, chars, "maxLineLength"),
        maxNestingDepth, maxStringLength, maxNumberLength, maxDecimalPlaces, maxProblems);
  }

  /**
   * @param depth the deepest nesting of arrays and objects (at least 1, at most {@value
   *     #NESTING_DEPTH_CEILING}); the document itself is depth 1
   * @return a copy with that limit
   * @throws IllegalArgumentException when {@code depth} is out of that range
   */
  public InputLimits withMaxNestingDepth(int depth) {
    return new InputLimits(maxDocumentBytes, maxLineLength,
        (int) within(1, NESTING_DEPTH_CEILING, depth, "maxNestingDepth"), maxStringLength, maxNumberLength,
        maxDecimalPlaces, maxProblems);
  }

  /**
   * @param chars the longest string value, in characters (Unicode code points, as JSON Schema's
   *     {@code maxLength} counts them; at least 1, at most {@code Integer.MAX_VALUE / 2})
   * @return a copy with that limit
   * @throws IllegalArgumentException when {@code chars} is out of that range
   */
  public InputLimits withMaxStringLength(int chars) {
    return new InputLimits(maxDocumentBytes, maxLineLength, maxNestingDepth,
        (int) within(1, Integer.MAX_VALUE / 2, chars, "maxStringLength"), maxNumberLength, maxDecimalPlaces,
        maxProblems);
  }

  /**
   * @param chars the longest number, in characters of its JSON text, and the most digits before its
   *     point once written without an exponent ({@code 1e999999999} has a billion; at least 1, at
   *     most {@value #NUMBER_LENGTH_CEILING}); the parser stops at a longer text
   * @return a copy with that limit
   * @throws IllegalArgumentException when {@code chars} is out of that range
   */
  public InputLimits withMaxNumberLength(int chars) {
    return new InputLimits(maxDocumentBytes, maxLineLength, maxNestingDepth, maxStringLength,
        (int) within(1, NUMBER_LENGTH_CEILING, chars, "maxNumberLength"), maxDecimalPlaces, maxProblems);
  }

  /**
   * @param places the most decimal places of a number once its trailing zeros are dropped ({@code
   *     2.50} has 1; at least 0, at most {@value #DECIMAL_PLACES_CEILING}); {@code 1e-999999999} has
   *     999,999,999 and is refused before any arithmetic is done with it
   * @return a copy with that limit
   * @throws IllegalArgumentException when {@code places} is out of that range
   */
  public InputLimits withMaxDecimalPlaces(int places) {
    return new InputLimits(maxDocumentBytes, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength,
        (int) within(0, DECIMAL_PLACES_CEILING, places, "maxDecimalPlaces"), maxProblems);
  }

  /**
   * @param count the most problems listed (at least 1); the count of the others is given, and they
   *     are not kept in memory
   * @return a copy with that limit
   * @throws IllegalArgumentException when {@code count} is less than 1
   */
  public InputLimits withMaxProblems(int count) {
    return new InputLimits(maxDocumentBytes, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength,
        maxDecimalPlaces, (int) atLeast(1, count, "maxProblems"));
  }

  /** @return the largest document read, in bytes */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** @return the longest line of a stream, in characters */
  public int maxLineLength() {
    return maxLineLength;
  }

  /** @return the deepest nesting of arrays and objects */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** @return the longest string value, in code points */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** @return the longest number, in characters of its JSON text and in digits before its point */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** @return the most decimal places of a number, trailing zeros not counted */
  public int maxDecimalPlaces() {
    return maxDecimalPlaces;
  }

  /** @return the most problems listed */
  public int maxProblems() {
    return maxProblems;
  }

  private static long atLeast(long min, long value, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", not " + value);
    }
    return value;
  }

  private static long within(long min, long max, long value, String name) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", not " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputLimits l && maxDocumentBytes == l.maxDocumentBytes && maxLineLength == l.maxLineLength
        && maxNestingDepth == l.maxNestingDepth && maxStringLength == l.maxStringLength
        && maxNumberLength == l.maxNumberLength && maxDecimalPlaces == l.maxDecimalPlaces
        && maxProblems == l.maxProblems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxDocumentBytes, maxLineLength, maxNestingDepth, maxStringLength, maxNumberLength,
        maxDecimalPlaces, maxProblems);
  }

  @Override
  public String toString() {
    return "InputLimits[maxDocumentBytes=" + maxDocumentBytes + ", maxLineLength=" + maxLineLength
        + ", maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength + ", maxNumberLength="
        + maxNumberLength + ", maxDecimalPlaces=" + maxDecimalPlaces + ", maxProblems=" + maxProblems + "]";
  }
}

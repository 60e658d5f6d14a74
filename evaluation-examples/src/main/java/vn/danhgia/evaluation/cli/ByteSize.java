package vn.danhgia.evaluation.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a size in bytes from the command line: digits, optionally followed by {@code K}, {@code M}
 * or {@code G} (1024, 1024², 1024³ bytes; upper or lower case), at least 1 byte.
 */
final class ByteSize implements ITypeConverter<Long> {
  @Override
  public Long convert(String value) {
    String text = value.strip().toUpperCase(Locale.ROOT);
    int shift = switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
      case 'K' -> 10;
      case 'M' -> 20;
      case 'G' -> 30;
      default -> 0;
    };
    String digits = shift == 0 ? text : text.substring(0, text.length() - 1);
    if (!digits.matches("[0-9]{1,18}")) {
      throw new TypeConversionException("'" + value + "' is not a size: give a number of bytes, or of K, M or G "
          + "such as 512M or 1G");
    }
    long number = Long.parseLong(digits);
    if (number < 1 || number > Long.MAX_VALUE >> shift) {
      throw new TypeConversionException("'" + value + "' is not a size from 1 byte to " + (Long.MAX_VALUE >> 30)
          + "G");
    }
    return number << shift;
  }
}

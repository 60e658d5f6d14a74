package vn.danhgia.evaluation.report;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A message to people in both languages of the report.
 *
 * @param vi the Vietnamese text
 * @param en the English text
 */
public record Message(String vi, String en) {
  /**
   * Checks that no component is null.
   *
   * @param vi the Vietnamese text
   * @param en the English text
   */
  public Message {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
  }

  /**
   * @param locale the reader's locale
   * @return the Vietnamese text for a Vietnamese locale, else the English one
   */
  public String in(Locale locale) {
    return "vi".equals(locale.getLanguage()) ? vi : en;
  }

  /**
   * This message with its placeholders filled in, in one pass: each {@code {name}} for which {@code
   * values} gives a text is replaced by it (what it gives is not read again); any other text in
   * braces is left as it is.
   *
   * @param values the text of each name, or null for a name to leave as it is
   * @return the message filled in
   */
  public Message filled(Function<String, @Nullable String> values) {
    return new Message(fill(vi, values), fill(en, values));
  }

  private static String fill(String text, Function<String, @Nullable String> values) {
    int open = text.indexOf('{');
    if (open < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    int from = 0;
    while (open >= 0) {
      int close = text.indexOf('}', open + 1);
      if (close < 0) {
        break;
      }
      open = text.lastIndexOf('{', close);
      String value = values.apply(text.substring(open + 1, close));
      if (value == null) {
        out.append(text, from, close + 1);
      } else {
        out.append(text, from, open).append(value);
      }
      from = close + 1;
      open = text.indexOf('{', from);
    }
    return out.append(text, from, text.length()).toString();
  }
}

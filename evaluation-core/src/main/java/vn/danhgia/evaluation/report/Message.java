package vn.danhgia.evaluation.report;

import java.util.Locale;
import java.util.Objects;

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
}

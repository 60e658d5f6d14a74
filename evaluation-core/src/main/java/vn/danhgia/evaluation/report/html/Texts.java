package vn.danhgia.evaluation.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * The page's words and number and date formats in one language, from {@code messages_vi.properties}
 * or {@code messages_en.properties}.
 *
 * <p>The bundles are read directly as UTF-8 rather than through {@code ResourceBundle.getBundle}, so
 * that the choice of language does not depend on the JVM's default locale, and so that it also works
 * when the library is a named module (where a {@code ResourceBundle.Control} is not allowed).
 */
final class Texts {
  private static final Map<String, ResourceBundle> BUNDLES = Map.of(
      "vi", load("messages_vi.properties"),
      "en", load("messages_en.properties"));

  private final boolean vietnamese;
  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;
  private final DecimalFormat twoDecimals;
  private final DecimalFormat plain;

  private Texts(boolean vietnamese) {
    this.vietnamese = vietnamese;
    this.locale = vietnamese ? HtmlReport.VIETNAMESE : Locale.ENGLISH;
    this.bundle = BUNDLES.get(vietnamese ? "vi" : "en");
    this.dates = DateTimeFormatter.ofPattern(bundle.getString("format.date"), locale);
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    this.twoDecimals = new DecimalFormat("#,##0.00", symbols);
    this.plain = new DecimalFormat("#,##0.##########", symbols);
  }

  /**
   * @param locale the reader's locale
   * @return Vietnamese texts for a Vietnamese locale, English ones for any other
   */
  static Texts of(Locale locale) {
    return new Texts("vi".equals(locale.getLanguage()));
  }

  boolean vietnamese() {
    return vietnamese;
  }

  /** @return the BCP 47 tag of the page's language, {@code vi} or {@code en} */
  String languageTag() {
    return vietnamese ? "vi" : "en";
  }

  Locale locale() {
    return locale;
  }

  /** @throws java.util.MissingResourceException when the bundle has no such key (a bug) */
  String get(String key) {
    return bundle.getString(key);
  }

  /** @return the text of {@code key}, or {@code fallback} when the bundle has none */
  String getOr(String key, String fallback) {
    return bundle.containsKey(key) ? bundle.getString(key) : fallback;
  }

  /** @return the pattern of {@code key} with the arguments filled in */
  String format(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /**
   * @return every text, its key's dots replaced by underscores ({@code page.heading} becomes {@code
   *     page_heading}), for the templates
   */
  Map<String, String> forTemplates() {
    Map<String, String> all = new TreeMap<>();
    for (String key : Collections.list(bundle.getKeys())) {
      all.put(key.replace('.', '_'), bundle.getString(key));
    }
    return all;
  }

  String date(LocalDate date) {
    return dates.format(date);
  }

  /** @return a score or component with exactly two decimals, in the page's number format */
  String score(BigDecimal value) {
    return twoDecimals.format(value);
  }

  /** @return a figure as given (no trailing zeros), in the page's number format */
  String number(BigDecimal value) {
    return plain.format(value);
  }

  private static ResourceBundle load(String name) {
    try (InputStream in = Texts.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The resource " + name + " is missing beside " + Texts.class.getName());
      }
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

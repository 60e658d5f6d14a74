package vn.danhgia.evaluation.validation;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with an input document.
 *
 * <p>The library's own problems carry a message key and its arguments, and read in Vietnamese or
 * English from the resource bundle {@code vn.danhgia.evaluation.validation.Problems} ({@link
 * #message(Locale)}); {@link #message()} is the English text.
 *
 * @param path the JSON path of the offending value, e.g. {@code $.products[3].target}; for a missing
 *     field, the path the field would have; {@code $} for the document as a whole
 * @param message a plain English sentence saying what is wrong, quoting the bad value where there is
 *     one
 * @param key the message's key in the bundle, or {@code null} for a message that exists only in
 *     English (e.g. a JSON parser's own words)
 * @param arguments the arguments of the keyed message
 */
public record Problem(String path, String message, @Nullable String key, List<String> arguments) {
  private static final String BUNDLE = "vn.danhgia.evaluation.validation.Problems";

  /**
   * Checks that no component is null and copies the arguments.
   *
   * @param path the JSON path of the offending value, e.g. {@code $.products[3].target}; for a
   *     missing field, the path the field would have; {@code $} for the document as a whole
   * @param message a plain English sentence saying what is wrong, quoting the bad value where there
   *     is one
   * @param key the message's key in the bundle, or {@code null} for a message that exists only in
   *     English (e.g. a JSON parser's own words)
   * @param arguments the arguments of the keyed message
   */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    arguments = List.copyOf(arguments);
  }

  /**
   * A problem with a message in English only.
   *
   * @param path the JSON path
   * @param message the English sentence
   */
  public Problem(String path, String message) {
    this(path, message, null, List.of());
  }

  /**
   * A problem whose message comes from the bundle.
   *
   * @param path the JSON path
   * @param key the message key
   * @param arguments the message's arguments, shown as given
   * @return the problem, its {@link #message()} in English
   */
  public static Problem of(String path, String key, Object... arguments) {
    List<String> args = new ArrayList<>();
    for (Object a : arguments) {
      args.add(String.valueOf(a));
    }
    return new Problem(path, format(key, args, Locale.ENGLISH), key, args);
  }

  /**
   * @param locale the reader's locale; Vietnamese for {@code vi}, English otherwise
   * @return the message in that language
   */
  public String message(Locale locale) {
    return key == null ? message : format(key, arguments, locale);
  }

  private static String format(String key, List<String> arguments, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, "vi".equals(locale.getLanguage())
        ? Locale.forLanguageTag("vi") : Locale.ROOT, ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES));
    String template;
    try {
      template = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message " + key + " in " + BUNDLE, e);
    }
    Object[] args = arguments.toArray();
    if ("type".equals(key) && args.length > 0) {
      List<String> names = new ArrayList<>();
      for (String t : arguments.get(0).split(",")) {
        names.add(bundle.getString("typeName." + t));
      }
      args[0] = String.join(bundle.getString("or"), names);
    }
    return new MessageFormat(template, locale).format(args);
  }

  /** @return {@code "path: message"} in English */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}

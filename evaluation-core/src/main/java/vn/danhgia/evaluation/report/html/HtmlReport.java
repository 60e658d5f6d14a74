package vn.danhgia.evaluation.report.html;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import vn.danhgia.evaluation.io.InterchangeIOException;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.ReportTerms;

/**
 * A readable HTML page of an evaluation, for the people rated and the committee that rates them.
 *
 * <p>The page is one self-contained UTF-8 file (inline CSS and SVG, no script, no font, image or
 * link that would need the network) that prints as well as it shows on screen:
 *
 * <ul>
 *   <li>a header with the period, the rule set's id, version and SHA-256 prefix, the input's SHA-256
 *       prefix and the count of each rating;
 *   <li>the ratings by peer group (the positions' {@code group}) as a stacked bar chart, with the
 *       same counts in a table;
 *   <li>a table of every cadre with score and rating;
 *   <li>for each cadre (name and position title from the input): the score and its components (named
 *       by the rule set),
 *       the rating with its label, every reason with its message, the rule that gave it and its
 *       severity, the flags with their meaning (from the rule set), and what counted: each task and order with its status, credit and
 *       products (indicator, target, actual, delivery, met, exceeded, late);
 *   <li>in a version whose results carry reviews ({@code CadreResult.reviews()}): each review's
 *       results as a small bar chart in the period's order (a review not counted is a gap that
 *       says so) and a table of its figures, the products grouped by review with their weight,
 *       completion, credits, deductions and excuses (who approved them), and the points missing to
 *       the next band ({@code CadreResult.nextBand()}). A page of a version without reviews has
 *       none of it, nor its style.
 * </ul>
 *
 * <p>Words are in Vietnamese for a Vietnamese locale ({@link #VIETNAMESE}) and in English for any
 * other; the ratings' Vietnamese labels are the rule set's own wording. Every text from the report
 * or the input is HTML-escaped. The same report, input and language always give the same page.
 *
 * <p>The class is stateless and thread-safe.
 */
public final class HtmlReport {
  /** The page's default language: Vietnamese. */
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final String PAGE = "report.html";

  private HtmlReport() {}

  /**
   * Renders the page in Vietnamese.
   *
   * @param report the report
   * @param input the input the report was made from (for names, titles, groups and products)
   * @param terms what the report's codes mean: {@code CompiledRuleSet.terms()} of the version that
   *     made it (components' names and maxima, flags' meanings, reasons' severities)
   * @return the HTML document
   */
  public static String render(EvaluationReport report, EvaluationInput input, ReportTerms terms) {
    return render(report, input, terms, VIETNAMESE);
  }

  /**
   * Renders the page.
   *
   * @param report the report
   * @param input the input the report was made from (for names, titles, groups and products); a
   *     cadre, task, order or product that it lacks is shown by its id alone
   * @param terms what the report's codes mean: {@code CompiledRuleSet.terms()} of the version that
   *     made it; a component or flag it does not name is shown by its code
   * @param locale Vietnamese ({@code vi}) or any other for English
   * @return the HTML document
   */
  public static String render(EvaluationReport report, EvaluationInput input, ReportTerms terms, Locale locale) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(locale, "locale");
    return Templates.PAGE.execute(PageView.of(report, input, terms, Texts.of(locale)));
  }

  /**
   * Renders the page in Vietnamese and writes it to a file (replaced if it exists), in UTF-8.
   *
   * @param report the report
   * @param input the input the report was made from
   * @param terms what the report's codes mean ({@code CompiledRuleSet.terms()})
   * @param file the file to write
   * @throws InterchangeIOException when the file cannot be written
   */
  public static void write(EvaluationReport report, EvaluationInput input, ReportTerms terms, Path file) {
    write(report, input, terms, VIETNAMESE, file);
  }

  /**
   * Renders the page and writes it to a file (replaced if it exists), in UTF-8.
   *
   * @param report the report
   * @param input the input the report was made from
   * @param terms what the report's codes mean ({@code CompiledRuleSet.terms()})
   * @param locale Vietnamese ({@code vi}) or any other for English
   * @param file the file to write
   * @throws InterchangeIOException when the file cannot be written
   */
  public static void write(EvaluationReport report, EvaluationInput input, ReportTerms terms, Locale locale, Path file) {
    Objects.requireNonNull(file, "file");
    String html = render(report, input, terms, locale);
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InterchangeIOException(file.toString(), e);
    }
  }

  /** The compiled templates, loaded once, on first use. */
  private static final class Templates {
    static final Template PAGE = compiler().loadTemplate(HtmlReport.PAGE);

    private static Mustache.Compiler compiler() {
      // Strict: a name the view does not have is an error, not an empty string; HTML-escaped.
      return Mustache.compiler()
          .escapeHTML(true)
          .strictSections(true)
          .emptyStringIsFalse(true)
          .zeroIsFalse(false)
          .withLoader(Templates::open);
    }

    private static Reader open(String name) {
      String resource = name + ".mustache";
      InputStream in = HtmlReport.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("The template " + resource + " is missing beside " + HtmlReport.class.getName());
      }
      try (in) {
        return new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Templates() {}
  }
}

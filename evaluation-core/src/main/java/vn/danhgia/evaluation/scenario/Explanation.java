package vn.danhgia.evaluation.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.report.WorkOutcome;

/**
 * A cadre's result as plain text for people: the rating, the score and its components, every reason
 * with the rule that gave it, the flags, and what counted of each task and order. Used in failure
 * messages and by the command line.
 */
public final class Explanation {
  private Explanation() {}

  /**
   * @param r a result
   * @return one line: {@code GOOD, score 86.25}, or {@code INCOMPLETE (not rated)}
   */
  public static String state(CadreResult r) {
    if (r.rating() == null) {
      return r.status() + " (not rated)";
    }
    return r.rating() + ", score " + (r.score() == null ? "—" : r.score().toPlainString());
  }

  /**
   * @param r a result
   * @return its distinct reason codes in report order, comma-separated, or {@code none}
   */
  public static String codes(CadreResult r) {
    LinkedHashSet<String> codes = new LinkedHashSet<>();
    r.reasons().forEach(x -> codes.add(x.code()));
    return codes.isEmpty() ? "none" : String.join(", ", codes);
  }

  /**
   * @param reason a reason
   * @return {@code CODE about SUBJECT (rule "name")}
   */
  public static String reason(Reason reason) {
    return reason.code() + (reason.subject() == null ? "" : " about " + reason.subject()) + " (rule \""
        + reason.rule() + "\")";
  }

  /**
   * @param c the components
   * @return each component's code and points, in the rule set's order, e.g. {@code general 27.50 +
   *     annual 40.00 + breakthrough 11.25 + orders 7.50}
   */
  public static String components(ScoreComponents c) {
    return c.toString();
  }

  /**
   * The whole explanation, messages in English.
   *
   * @param r a result
   * @return the lines, the first naming the cadre, the others indented by two spaces
   */
  public static List<String> lines(CadreResult r) {
    return lines(r, Locale.ENGLISH);
  }

  /**
   * The whole explanation.
   *
   * @param r a result
   * @param locale the language of the reasons' messages (Vietnamese or English)
   * @return the lines, the first naming the cadre, the others indented by two spaces
   */
  public static List<String> lines(CadreResult r, Locale locale) {
    return lines(r, locale, true);
  }

  static List<String> lines(CadreResult r, Locale locale, boolean withReasons) {
    List<String> out = new ArrayList<>();
    StringBuilder head = new StringBuilder(r.cadre()).append(": ");
    if (r.rating() == null) {
      head.append(r.status()).append(" (not rated)");
    } else {
      head.append(r.rating()).append(r.label() == null ? "" : " (" + r.label() + ")");
    }
    out.add(head.toString());
    if (r.score() != null) {
      out.add("  score " + r.score().toPlainString()
          + (r.components() == null ? "" : " = " + components(r.components())));
    }
    if (!withReasons) {
      // the caller lists them
    } else if (r.reasons().isEmpty()) {
      out.add("  reasons: none");
    } else {
      out.add("  reasons:");
      for (Reason x : r.reasons()) {
        out.add("    " + reason(x) + ": " + x.message().in(locale));
      }
    }
    out.add("  flags: " + (r.flags().isEmpty() ? "none" : String.join(", ", r.flags())));
    if (!r.work().isEmpty()) {
      out.add("  work:");
      for (WorkOutcome w : r.work()) {
        out.add("    " + work(w));
      }
    }
    return out;
  }

  private static String work(WorkOutcome w) {
    StringBuilder b = new StringBuilder(w.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(w.id())
        .append(": ").append(w.status().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    if (w.exceeded()) {
      b.append(", exceeded");
    }
    b.append(w.credit() == null ? ", does not count" : ", credit " + w.credit().toPlainString());
    if (!w.products().isEmpty()) {
      b.append(w.products().stream().map(Explanation::product).collect(Collectors.joining("; ", " (", ")")));
    }
    return b.toString();
  }

  private static String product(ProductOutcome p) {
    List<String> what = new ArrayList<>();
    what.add(p.met() ? "met" : "not met");
    if (p.exceeded()) {
      what.add("exceeded");
    }
    if (p.late()) {
      what.add("late");
    }
    return p.id() + " " + String.join(", ", what);
  }
}

package vn.danhgia.evaluation.cli;

import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ReportTerms;
import vn.danhgia.evaluation.report.Severity;
import vn.danhgia.evaluation.report.Summary;

/**
 * The readable summary of a report: one line per cadre (id, name, position, score, rating, main
 * reasons), then the counts by rating and the rule set applied.
 */
final class SummaryTable {
  static final String NONE = "—";
  static final int MAX_NAME = 30;
  static final int MAX_POSITION = 32;
  static final int MAX_REASONS = 48;
  static final int SHA256_PREFIX = 12;
  private static final String INCOMPLETE_LABEL = "Chưa đủ căn cứ đánh giá";
  private static final String[] HEADINGS = {"Cadre", "Name", "Position", "Score", "Rating", "Main reasons"};

  private final List<String[]> rows;
  private final String footer;

  private SummaryTable(List<String[]> rows, String footer) {
    this.rows = rows;
    this.footer = footer;
  }

  /**
   * @param input the input evaluated, for the cadres' names and position titles
   * @param report its report
   * @param terms what its codes mean, for the weight of each reason
   * @return the table
   */
  static SummaryTable of(EvaluationInput input, EvaluationReport report, ReportTerms terms) {
    Map<String, Cadre> cadres = input.cadres().stream().collect(Collectors.toMap(Cadre::id, Function.identity()));
    Map<String, Position> positions = input.positions().stream()
        .collect(Collectors.toMap(Position::code, Function.identity()));
    List<String[]> rows = new ArrayList<>();
    for (CadreResult r : report.results()) {
      Cadre cadre = cadres.get(r.cadre());
      Position position = cadre == null ? null : positions.get(cadre.position());
      rows.add(new String[] {
          r.cadre(),
          cut(cadre == null ? NONE : cadre.name(), MAX_NAME),
          cut(position == null ? NONE : position.title(), MAX_POSITION),
          r.score() == null ? NONE : r.score().setScale(2, RoundingMode.HALF_UP).toPlainString(),
          rating(r),
          mainReasons(r.reasons(), terms)});
    }
    Summary s = report.summary();
    StringBuilder counts = new StringBuilder();
    for (Rating rating : Rating.values()) {
      counts.append(rating.name()).append(' ').append(s.count(rating)).append(", ");
    }
    counts.append("INCOMPLETE ").append(s.incomplete());
    String sha = report.ruleSet().sha256();
    String footer = Failures.count(report.results().size(), "cadre") + ": " + counts + "; rule set "
        + report.ruleSet().id() + " " + report.ruleSet().version() + " (sha256 "
        + sha.substring(0, Math.min(SHA256_PREFIX, sha.length())) + "…), period " + report.period() + ".";
    return new SummaryTable(rows, footer);
  }

  /** @return the heading, a rule, a line per cadre and the footer line */
  List<String> lines() {
    int[] width = new int[HEADINGS.length];
    for (int c = 0; c < HEADINGS.length; c++) {
      width[c] = width(HEADINGS[c]);
      for (String[] row : rows) {
        width[c] = Math.max(width[c], width(row[c]));
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(line(HEADINGS, width));
    String[] rule = new String[HEADINGS.length];
    for (int c = 0; c < rule.length; c++) {
      rule[c] = "-".repeat(width[c]);
    }
    lines.add(line(rule, width));
    rows.forEach(row -> lines.add(line(row, width)));
    lines.add("");
    lines.add(footer);
    return lines;
  }

  private static String line(String[] cells, int[] width) {
    StringBuilder b = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        b.append("  ");
      }
      String pad = " ".repeat(width[c] - width(cells[c]));
      b.append(c == 3 ? pad + cells[c] : cells[c] + pad); // the score is right-aligned
    }
    return b.toString().stripTrailing();
  }

  private static String rating(CadreResult r) {
    if (r.rating() == null) {
      return "INCOMPLETE " + INCOMPLETE_LABEL;
    }
    return r.rating().name() + " " + (r.label() == null ? r.rating().vietnamese() : r.label());
  }

  /**
   * The distinct reason codes, those that decided the rating first (by their rules' severity: vetoes,
   * quota, caps and missing data), the others after, in report order within each kind; as many as fit.
   */
  static String mainReasons(List<Reason> reasons, ReportTerms terms) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    reasons.forEach(r -> weights.putIfAbsent(r.code(), weight(terms.severity(r))));
    List<String> codes = new ArrayList<>(weights.keySet());
    if (codes.isEmpty()) {
      return NONE;
    }
    codes.sort(Comparator.comparingInt(weights::get)); // stable: report order within a kind
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      String more = i + 1 < codes.size() ? ", +" + (codes.size() - i - 1) + " more" : "";
      String next = (i == 0 ? "" : ", ") + codes.get(i);
      if (i > 0 && width(b.toString() + next + more) > MAX_REASONS) {
        return b + ", +" + (codes.size() - i) + " more";
      }
      b.append(next);
    }
    return b.toString();
  }

  private static int weight(Severity severity) {
    return switch (severity) {
      case VETO -> 0;
      case QUOTA -> 1;
      case CAP, INCOMPLETE -> 2;
      case CONDITION, INFORMATION -> 3;
    };
  }

  private static String cut(String text, int max) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    if (width(s) <= max) {
      return s;
    }
    int end = s.offsetByCodePoints(0, max - 1);
    return s.substring(0, end).stripTrailing() + "…";
  }

  private static int width(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    return n.codePointCount(0, n.length());
  }
}

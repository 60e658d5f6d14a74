package vn.danhgia.evaluation.io;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.Unit;
import vn.danhgia.evaluation.ruleset.VersionTimeline;

/**
 * A fast acceptance test for an input built in code: it answers whether the input surely meets the
 * contract, walking the records once, without the JSON tree and the schema that {@link
 * InputValidator} uses. It never describes a problem: when it does not accept an input, the input is
 * checked again by {@link InputValidator}, which finds and words every problem. So the contract's
 * wording stays in one place, and a valid input (the common case) costs one pass over its records.
 *
 * <p>It must be sound: it accepts only inputs in which {@link InputValidator} finds no problem.
 * {@code ModelCheckTest} checks that it agrees with {@link InputValidator} on generated inputs, valid
 * and broken in every way the contract lists. Records already guarantee types, enumerations and the
 * presence of required fields, and every {@link java.time.LocalDate} writes a date that reads back;
 * what is left is the schema's ranges, lengths, decimal places and non-empty ids, and the checks
 * beyond the schema.
 */
final class ModelCheck {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
  /** The schema's {@code maximum} of {@code target}, {@code actual} and {@code conversion}. */
  static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(18);
  private static final java.util.regex.Pattern NON_BLANK = java.util.regex.Pattern.compile(JsonSchemaCheck.NON_BLANK);

  private final InputLimits limits;

  private ModelCheck(InputLimits limits) {
    this.limits = limits;
  }

  /**
   * @param in an input
   * @param versions the rule set versions to check against, or null not to check versions
   * @param limits the limits on strings and numbers
   * @return whether the input surely has no problem; false when it may have one
   */
  static boolean accepts(EvaluationInput in, @Nullable VersionTimeline versions, InputLimits limits) {
    ModelCheck check = new ModelCheck(limits);
    return check.withinLimits(in) && check.meetsContract(in, versions);
  }

  /** Strings no longer, and numbers no more precise, than the limits. */
  private boolean withinLimits(EvaluationInput in) {
    EvaluationPeriod period = in.period();
    boolean ok = texts(period.id(), period.ruleSetVersion());
    for (Review r : period.reviews()) {
      ok &= texts(r.id());
    }
    for (QuotaException q : period.quotaExceptions()) {
      ok &= texts(q.group()) && decimal(q.percent());
    }
    for (Unit u : in.units()) {
      ok &= texts(u.id(), u.name());
    }
    for (Position p : in.positions()) {
      ok &= texts(p.code(), p.title(), p.group());
    }
    for (Cadre c : in.cadres()) {
      ok &= texts(c.id(), c.name(), c.position()) && c.leads().stream().allMatch(this::text);
    }
    for (Task t : in.tasks()) {
      ok &= texts(t.id(), t.cadre(), t.title());
    }
    for (Order o : in.orders()) {
      ok &= texts(o.id(), o.cadre(), o.title(), o.orderedBy());
    }
    for (Product p : in.products()) {
      ok &= texts(p.id(), p.task(), p.order(), p.indicator(), p.evidence())
          && decimal(p.target()) && decimal(p.actual())
          && p.target().compareTo(MAX_AMOUNT) <= 0 && p.actual().compareTo(MAX_AMOUNT) <= 0
          && decimal(p.conversion()) && p.conversion().compareTo(MAX_AMOUNT) <= 0;
      for (Excuse e : p.excuses()) {
        ok &= texts(e.approvedBy(), e.note());
      }
    }
    for (Assessment a : in.assessments()) {
      ok &= texts(a.cadre()) && decimal(a.generalPoints());
    }
    for (Discipline d : in.disciplines()) {
      ok &= texts(d.cadre());
    }
    for (ConfidenceVote v : in.confidenceVotes()) {
      ok &= texts(v.cadre());
    }
    for (Survey v : in.surveys()) {
      ok &= texts(v.cadre());
    }
    return ok;
  }

  private boolean texts(@Nullable String... values) {
    for (String v : values) {
      if (v != null && !text(v)) {
        return false;
      }
    }
    return true;
  }

  private boolean text(String value) {
    int max = limits.maxStringLength();
    return value.length() <= max || value.codePointCount(0, value.length()) <= max;
  }

  private boolean decimal(BigDecimal value) {
    return !NumberBounds.beyond(value, limits);
  }

  private boolean meetsContract(EvaluationInput in, @Nullable VersionTimeline versions) {
    EvaluationPeriod period = in.period();
    if (!id(period.id()) || period.end().isBefore(period.start()) || !tiles(period)) {
      return false;
    }
    if (versions != null) {
      if (period.ruleSetVersion() != null ? !versions.contains(period.ruleSetVersion())
          : versions.inForceOn(period.end()).isEmpty()) {
        return false;
      }
    }
    Set<String> units = ids(in.units(), Unit::id);
    Set<String> positions = ids(in.positions(), Position::code);
    Set<String> cadres = ids(in.cadres(), Cadre::id);
    Set<String> tasks = ids(in.tasks(), Task::id);
    Set<String> orders = ids(in.orders(), Order::id);
    if (units == null || positions == null || cadres == null || tasks == null || orders == null
        || ids(in.products(), Product::id) == null) {
      return false;
    }
    Set<String> groups = new HashSet<>();
    for (Position p : in.positions()) {
      if (!id(p.group())) {
        return false;
      }
      groups.add(p.group());
    }
    Set<String> excepted = new HashSet<>();
    for (QuotaException q : period.quotaExceptions()) {
      if (!groups.contains(q.group()) || !excepted.add(q.group()) || !within(q.percent(), HUNDRED)) {
        return false;
      }
    }
    for (Cadre c : in.cadres()) {
      if (!positions.contains(c.position())) {
        return false;
      }
      for (String unit : c.leads()) {
        if (!units.contains(unit)) {
          return false;
        }
      }
    }
    for (Task t : in.tasks()) {
      if (!cadres.contains(t.cadre())) {
        return false;
      }
    }
    for (Order o : in.orders()) {
      if (!cadres.contains(o.cadre())) {
        return false;
      }
    }
    Map<String, LocalDate> deadlines = new HashMap<>();
    for (Product p : in.products()) {
      boolean owned = p.task() != null ? p.order() == null && tasks.contains(p.task()) : orders.contains(p.order());
      if (!owned || p.target().signum() < 0 || p.actual().signum() < 0 || p.conversion().signum() <= 0
          || p.qualityFailures() < 0 || p.delays() < 0) {
        return false;
      }
      if (!p.excuses().isEmpty()) {
        if (deadlines.isEmpty()) {
          in.tasks().forEach(t -> deadlines.put("T" + t.id(), t.deadline()));
          in.orders().forEach(o -> deadlines.put("O" + o.id(), o.deadline()));
        }
        if (!excusesWithin(p, deadlines)) {
          return false;
        }
      }
    }
    Set<String> assessed = new HashSet<>();
    for (Assessment a : in.assessments()) {
      if (!cadres.contains(a.cadre()) || !assessed.add(a.cadre() + '\u0000' + a.by())
          || !within(a.generalPoints(), THIRTY)) {
        return false;
      }
    }
    for (Discipline d : in.disciplines()) {
      if (!cadres.contains(d.cadre())) {
        return false;
      }
    }
    for (ConfidenceVote v : in.confidenceVotes()) {
      if (!cadres.contains(v.cadre()) || v.voters() < 1 || v.low() < 0 || v.low() > v.voters()) {
        return false;
      }
    }
    for (Survey v : in.surveys()) {
      if (!cadres.contains(v.cadre()) || v.respondents() < 1 || v.satisfied() < 0
          || v.satisfied() > v.respondents()) {
        return false;
      }
    }
    return true;
  }

  /** No reviews, or reviews with non-empty unique ids tiling the period in date order. */
  private static boolean tiles(EvaluationPeriod period) {
    List<Review> reviews = period.reviews();
    if (reviews.isEmpty()) {
      return true;
    }
    Set<String> ids = new HashSet<>();
    LocalDate previousEnd = null;
    for (Review r : reviews) {
      if (!id(r.id()) || !ids.add(r.id()) || r.end().isBefore(r.start())) {
        return false;
      }
      if (previousEnd == null ? !r.start().equals(period.start())
          : r.start().toEpochDay() - previousEnd.toEpochDay() != 1) {
        return false;
      }
      previousEnd = r.end();
    }
    return previousEnd.equals(period.end());
  }

  /**
   * Approvers not blank; no more QUALITY excuses than quality failures, no more DELAY excuses than
   * delays (at least 1 when delivered after the due date: its own, else its owner's deadline).
   */
  private static boolean excusesWithin(Product p, Map<String, LocalDate> deadlines) {
    int quality = 0;
    int delay = 0;
    for (Excuse e : p.excuses()) {
      if (!NON_BLANK.matcher(e.approvedBy()).find()) {
        return false;
      }
      if (e.kind() == ExcuseKind.QUALITY) {
        quality++;
      } else {
        delay++;
      }
    }
    LocalDate due = p.due() != null ? p.due() : deadlines.get(p.task() != null ? "T" + p.task() : "O" + p.order());
    int delays = p.delays() == 0 && p.delivered() != null && p.delivered().isAfter(due) ? 1 : p.delays();
    return quality <= p.qualityFailures() && delay <= delays;
  }

  /** The ids of one array, or null when one is empty or repeated. */
  private static <T> @Nullable Set<String> ids(List<T> items, Function<T, String> id) {
    Set<String> out = new HashSet<>(Math.max(16, items.size() * 4 / 3 + 1));
    for (T item : items) {
      String value = id.apply(item);
      if (!id(value) || !out.add(value)) {
        return null;
      }
    }
    return out;
  }

  private static boolean id(String value) {
    return !value.isEmpty();
  }

  private static boolean within(BigDecimal value, BigDecimal max) {
    return value.signum() >= 0 && value.compareTo(max) <= 0;
  }
}

package vn.danhgia.evaluation.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.CompiledRuleSet;
import vn.danhgia.evaluation.engine.RuleDescription;
import vn.danhgia.evaluation.io.Interchange;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.AssessorRole;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Direction;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.model.Review;
import vn.danhgia.evaluation.model.Survey;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.TaskKind;
import vn.danhgia.evaluation.model.Unit;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.InputIdentity;
import vn.danhgia.evaluation.report.NextBand;
import vn.danhgia.evaluation.report.ProductMeasure;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.ReviewResult;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.report.Summary;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.report.WorkStatus;
import vn.danhgia.evaluation.ruleset.Parameters;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.ruleset.RuleSets;

/**
 * The {@code leaders} criteria (versions 2019.1, 2025.1 and 2026.1) written by hand in plain Java: the
 * benchmarks' baseline, the physical limit the rule engine is measured against. Test code only; it
 * never ships. It gives the same report as the engine, byte for byte once written
 * ({@code BaselineEquivalenceTest} checks it), and follows the readings of {@code docs/criteria.md}.
 *
 * <p>Every threshold and weight is read from the version's {@link Parameters}, as the rule files read
 * them; what differs between the versions (self-remedied disciplines, basic targets, confidence
 * votes, the quota) is written here, as in the rule files. The input is assumed valid (the engine
 * validates; this does not).
 *
 * <p>One pass over the input groups every record under its cadre, a second judges each cadre, a
 * third applies the quota per peer group (2025.1). The input's SHA-256 comes from the library
 * ({@link Interchange#canonicalInputSha256}), which writes the canonical form straight into the
 * digest: both sides of the benchmark pay the same for it. Thread-safe.
 */
public final class BaselineEvaluator {
  private static final Interchange HASHER = Interchange.standard();
  private static final Comparator<Sheet> BY_ID = (a, b) -> a.cadre.id().compareTo(b.cadre.id());
  private static final Comparator<WorkOutcome> WORK_ORDER = (a, b) -> {
    int c = a.kind().compareTo(b.kind());
    return c != 0 ? c : a.id().compareTo(b.id());
  };
  private static final Comparator<ProductOutcome> PRODUCT_ORDER = (a, b) -> a.id().compareTo(b.id());
  /** Quota candidates: by score, then by the share of annual tasks exceeded, both descending. */
  private static final Comparator<Sheet> RANKING = (a, b) -> {
    int c = b.score.compareTo(a.score);
    return c != 0 ? c : b.tieBreak.compareTo(a.tieBreak);
  };
  private static final String SELF_ASSESSMENT_DIVERGES = "SELF_ASSESSMENT_DIVERGES";
  private static final String REMOVE_FROM_PLANNING = "REMOVE_FROM_PLANNING";
  private static final String DISMISSAL_REVIEW = "DISMISSAL_REVIEW";
  private static final String LOW_SATISFACTION = "LOW_SATISFACTION";
  /** A product's excuses as the report lists them: by kind, who approved, then note (none first). */
  private static final Comparator<Excuse> EXCUSE_ORDER = Comparator.comparing((Excuse e) -> e.kind().name())
      .thenComparing(Excuse::approvedBy)
      .thenComparing(Excuse::note, Comparator.nullsFirst(Comparator.naturalOrder()));
  private static final BigDecimal ZERO_POINTS = new BigDecimal("0.00");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final RuleSets ruleSets;
  private final Map<String, Criteria> shipped = new HashMap<>();
  private final Map<String, List<RuleDescription>> rules = new HashMap<>();

  /**
   * @param ruleSets the {@code leaders} versions (their manifests give labels, phases and identity)
   */
  public BaselineEvaluator(RuleSets ruleSets) {
    this.ruleSets = Objects.requireNonNull(ruleSets, "ruleSets");
    for (RuleSetSource s : ruleSets.versions().values()) {
      String v = s.manifest().version();
      if (v.equals(Criteria.V2019) || v.equals(Criteria.V2025) || v.equals(Criteria.V2026)) {
        rules.put(v, CompiledRuleSet.compile(s).rules());
        shipped.put(v, new Criteria(s, s.parameters(), rules.get(v)));
      }
    }
  }

  /** @return a baseline of the built-in {@code leaders} rule set */
  public static BaselineEvaluator builtIn() {
    return new BaselineEvaluator(RuleSets.builtIn("leaders"));
  }

  /**
   * Evaluates with the version's own parameters.
   *
   * @param input a valid input
   * @param version "2019.1", "2025.1" or "2026.1"
   * @return the report the engine gives
   */
  public EvaluationReport evaluate(EvaluationInput input, String version) {
    Criteria k = shipped.get(version);
    if (k == null) {
      throw new IllegalArgumentException("no version " + version + " of leaders in the baseline");
    }
    return evaluate(input, k);
  }

  /**
   * Evaluates with the given parameters (e.g. changed ones) instead of the version's own.
   *
   * @param input a valid input
   * @param version "2019.1", "2025.1" or "2026.1"
   * @param parameters the parameters to read every threshold and weight from
   * @return the report
   */
  public EvaluationReport evaluate(EvaluationInput input, String version, Parameters parameters) {
    Criteria k = shipped.get(version);
    if (k == null || !k.parameters.equals(parameters)) {
      RuleSetSource source = ruleSets.version(version).orElseThrow(() ->
          new IllegalArgumentException("no version " + version + " of leaders"));
      k = new Criteria(source, parameters, rules.get(version));
    }
    return evaluate(input, k);
  }

  // ------------------------------------------------------------------------------------------------

  private EvaluationReport evaluate(EvaluationInput input, Criteria k) {
    EvaluationPeriod period = input.period();
    LocalDate start = period.start();
    LocalDate end = period.end();

    Map<String, Position> positions = new HashMap<>(capacity(input.positions().size()));
    for (Position p : input.positions()) {
      positions.put(p.code(), p);
    }
    Map<String, Unit> units = new HashMap<>(capacity(input.units().size()));
    for (Unit u : input.units()) {
      units.put(u.id(), u);
    }
    List<Cadre> cadres = input.cadres();
    Sheet[] sheets = new Sheet[cadres.size()];
    Map<String, Sheet> byCadre = new HashMap<>(capacity(sheets.length));
    // 2026.1: the period's reviews (or the whole period as one), their starts for placing products.
    Review @Nullable [] reviews = k.v2026 ? period.reviewsOrWhole().toArray(new Review[0]) : null;
    for (int i = 0; i < sheets.length; i++) {
      Cadre c = cadres.get(i);
      Sheet s = new Sheet(c, positions.get(c.position()), reviews == null ? 0 : reviews.length);
      sheets[i] = s;
      byCadre.put(c.id(), s);
    }

    // 1. Tasks and orders: the work to account for; unapproved breakthrough tasks are ignored.
    Map<String, Work> taskWork = new HashMap<>(capacity(input.tasks().size()));
    for (Task t : input.tasks()) {
      Sheet s = byCadre.get(t.cadre());
      if (t.kind() == TaskKind.ANNUAL) {
        Work w = new Work(s, t.id(), WorkKind.ANNUAL, t.deadline(), t.basicTarget());
        taskWork.put(t.id(), w);
        s.work.add(w);
      } else if (t.approved()) {
        Work w = new Work(s, t.id(), WorkKind.BREAKTHROUGH, t.deadline(), false);
        taskWork.put(t.id(), w);
        s.work.add(w);
        s.breakthroughApproved++;
      } else {
        Work w = new Work(s, t.id(), WorkKind.BREAKTHROUGH, t.deadline(), false);
        w.status = WorkStatus.NOT_APPROVED;
        s.work.add(w);
        s.give(ReasonRule.BREAKTHROUGH_NOT_APPROVED, t.id());
      }
    }
    Map<String, Work> orderWork = new HashMap<>(capacity(input.orders().size()));
    for (Order o : input.orders()) {
      Sheet s = byCadre.get(o.cadre());
      Work w = new Work(s, o.id(), WorkKind.ORDER, o.deadline(), false);
      orderWork.put(o.id(), w);
      s.work.add(w);
    }

    // 2. Products against their targets and deadlines.
    for (Product p : input.products()) {
      Work w = p.task() != null ? taskWork.get(p.task()) : orderWork.get(p.order());
      if (w != null) {
        if (k.v2026) {
          w.measure(p, start, end, reviews, k);
        } else {
          w.check(p, end);
        }
      }
    }

    // 3. Assessments, disciplines, confidence votes.
    for (Assessment a : input.assessments()) {
      Sheet s = byCadre.get(a.cadre());
      if (a.by() == AssessorRole.SUPERIOR) {
        s.superior = a.generalPoints();
      } else if (a.by() == AssessorRole.COLLECTIVE) {
        s.collective = a.generalPoints();
      } else {
        s.self = a.generalPoints();
      }
    }
    for (Discipline d : input.disciplines()) {
      LocalDate on = d.effective();
      if (!on.isBefore(start) && !on.isAfter(end)) {
        Sheet s = byCadre.get(d.cadre());
        if (k.v2025 && d.selfRemedied()) {
          s.selfRemedied = true;
        } else {
          s.disciplined = true;
        }
      }
    }
    if (k.v2026) {
      for (Survey v : input.surveys()) {
        LocalDate on = v.date();
        if (!on.isBefore(start) && !on.isAfter(end)) {
          byCadre.get(v.cadre()).survey(v);
        }
      }
    }
    if (k.v2025) {
      for (ConfidenceVote v : input.confidenceVotes()) {
        LocalDate on = v.date();
        if (!on.isBefore(start) && !on.isAfter(end)) {
          byCadre.get(v.cadre()).vote(v);
        }
      }
    }

    // 4. Each cadre on their own.
    for (Sheet s : sheets) {
      judge(s, k, end, units, reviews);
    }

    // 5. The quota, per peer group.
    if (k.v2025) {
      quota(sheets, period.quotaExceptions(), k);
    }

    Sheet[] ordered = sheets.clone();
    Arrays.sort(ordered, BY_ID);
    List<CadreResult> results = new ArrayList<>(ordered.length);
    for (Sheet s : ordered) {
      results.add(s.result(k));
    }
    String sha256 = HASHER.canonicalInputSha256(input);
    return new EvaluationReport(period.id(), k.identity, new InputIdentity(sha256), results, Summary.of(results));
  }

  private static void judge(Sheet s, Criteria k, LocalDate end, Map<String, Unit> units, Review[] reviews) {
    // Tasks and orders at the period's end, and the figures of each kind.
    int annualCounted = 0;
    int annualOnTime = 0;
    int annualLate = 0;
    int annualExceeded = 0;
    int breakthroughCounted = 0;
    int breakthroughOnTime = 0;
    int breakthroughLate = 0;
    int ordersCounted = 0;
    int ordersOnTime = 0;
    int ordersLate = 0;
    int ordersFailed = 0;
    List<Work> work = s.work;
    for (int i = 0, n = work.size(); i < n; i++) {
      Work w = work.get(i);
      if (w.status == WorkStatus.NOT_APPROVED) {
        continue;
      }
      w.settle(end, k.lateCredit);
      WorkStatus status = w.status;
      if (status == WorkStatus.IN_PROGRESS) {
        continue;
      }
      boolean onTime = status == WorkStatus.COMPLETED_ON_TIME;
      boolean late = status == WorkStatus.COMPLETED_LATE;
      switch (w.kind) {
        case ANNUAL -> {
          annualCounted++;
          if (onTime) {
            annualOnTime++;
          } else if (late) {
            annualLate++;
          } else if (w.basicTarget && k.v2025) {
            s.give(ReasonRule.VETO_BASIC_TARGET_MISSED, w.id);
            s.vetoed = true;
          }
          if (w.exceeded) {
            annualExceeded++;
          }
        }
        case BREAKTHROUGH -> {
          breakthroughCounted++;
          if (onTime) {
            breakthroughOnTime++;
          } else if (late) {
            breakthroughLate++;
          }
        }
        case ORDER -> {
          ordersCounted++;
          if (onTime) {
            ordersOnTime++;
          } else if (late) {
            ordersLate++;
          } else {
            ordersFailed++;
          }
        }
      }
    }
    int annualCompleted = annualOnTime + annualLate;

    // The rated units the cadre leads, each once.
    int unitsRated = 0;
    int unitsCompleted = 0;
    int unitsGood = 0;
    int unitsNotCompleted = 0;
    List<String> corrupt = List.of();
    List<String> leads = s.cadre.leads();
    for (int i = 0, n = leads.size(); i < n; i++) {
      String id = leads.get(i);
      if (repeated(leads, i, id)) {
        continue;
      }
      Unit u = units.get(id);
      if (k.v2026 && u != null && u.corruptionFinding()) {
        if (corrupt.isEmpty()) {
          corrupt = new ArrayList<>(2);
        }
        corrupt.add(id);
      }
      Rating r = u == null ? null : u.rating();
      if (r != null) {
        unitsRated++;
        if (r.isAtLeast(Rating.COMPLETED)) {
          unitsCompleted++;
        }
        if (r.isAtLeast(Rating.GOOD)) {
          unitsGood++;
        }
        if (r == Rating.NOT_COMPLETED) {
          unitsNotCompleted++;
        }
      }
    }

    // The deciding assessment and the self-assessment.
    BigDecimal decided = s.superior != null ? s.superior : s.collective;
    if (decided != null && s.self != null && s.self.subtract(decided).compareTo(k.selfDivergence) >= 0) {
      s.selfDiverges = true;
    }
    boolean mustRegister = s.position.mustRegisterBreakthrough();
    boolean notRegistered = mustRegister && s.breakthroughApproved == 0;

    // Score, level and caps: only for a cadre who can be rated.
    if (decided == null) {
      s.give(ReasonRule.NO_DECIDING_ASSESSMENT, null);
    }
    boolean rateable;
    if (k.v2026) {
      s.reviewFigures(k, reviews);
      boolean tooFew = s.countedReviews == 0
          || !k.minCountedReviews.reachedBy(s.countedReviews, reviews.length);
      if (tooFew) {
        s.give(ReasonRule.TOO_FEW_REVIEWS, null);
      }
      rateable = decided != null && !tooFew;
    } else {
      if (annualCounted == 0) {
        s.give(ReasonRule.NO_ANNUAL_TASKS, null);
      }
      rateable = decided != null && annualCounted > 0;
    }
    Rating level = null;
    if (rateable && k.v2026) {
      BigDecimal general = k.general(decided);
      // R_own = N / D (exact); R = (s × N / D + (100 − s) × U) / 100; results = weight × R / 100, rounded once.
      BigDecimal numerator = s.ownNumerator;
      BigDecimal denominator = s.ownDenominator;
      if (unitsRated > 0) {
        BigDecimal u = unitsNotCompleted > 0 ? k.unitsNotCompletedFigure : k.unitsCompletedFigure;
        numerator = k.ownShare.multiply(numerator).add(HUNDRED.subtract(k.ownShare).multiply(u).multiply(denominator));
        denominator = denominator.multiply(HUNDRED);
      }
      BigDecimal results = k.weightResults.multiply(numerator)
          .divide(denominator.multiply(HUNDRED), 2, RoundingMode.HALF_UP);
      Map<String, BigDecimal> parts = new LinkedHashMap<>(4);
      parts.put("general", general);
      parts.put("results", results);
      s.components = ScoreComponents.of(parts);
      s.score = general.add(results);
      s.nextBand = nextBand(s.score, k);
    } else if (rateable) {
      BigDecimal general = k.general(decided);
      BigDecimal annual = k.annualPoints(annualOnTime, annualLate, annualCounted);
      BigDecimal breakthrough;
      if (breakthroughCounted > 0) {
        breakthrough = k.breakthroughPoints(breakthroughOnTime, breakthroughLate, breakthroughCounted);
      } else if (notRegistered) {
        breakthrough = ZERO_POINTS;
      } else {
        breakthrough = k.breakthroughPoints(annualOnTime, annualLate, annualCounted);
      }
      BigDecimal orders = ordersCounted > 0
          ? k.orderPoints(ordersOnTime, ordersLate, ordersCounted)
          : k.orderPoints(annualOnTime, annualLate, annualCounted);
      BigDecimal score = general.add(annual).add(breakthrough).add(orders);
      Map<String, BigDecimal> parts = new LinkedHashMap<>(8);
      parts.put("general", general);
      parts.put("annual", annual);
      parts.put("breakthrough", breakthrough);
      parts.put("orders", orders);
      s.components = ScoreComponents.of(parts);
      s.score = score;
    }
    if (rateable) {
      BigDecimal score = s.score;

      // 3a. Level by score and conditions.
      boolean goodConditions = annualOnTime == annualCounted;
      boolean excellentConditions = goodConditions
          && k.minExceeded.reachedBy(annualExceeded, annualCounted)
          && breakthroughOnTime + breakthroughLate == breakthroughCounted
          && unitsCompleted == unitsRated
          && (unitsRated == 0 || k.minUnitsGood.reachedBy(unitsGood, unitsRated))
          && (!k.v2026 || s.survey == null || k.minSatisfied.reachedBy(s.survey.satisfied(), s.survey.respondents()));
      if (score.compareTo(k.scoreExcellent) >= 0) {
        if (excellentConditions) {
          level = Rating.EXCELLENT;
        } else {
          s.give(ReasonRule.EXCELLENT_CONDITIONS_NOT_MET, null);
        }
      }
      if (score.compareTo(k.scoreGood) >= 0) {
        if (!goodConditions) {
          s.give(ReasonRule.GOOD_CONDITIONS_NOT_MET, null);
        } else if (level == null) {
          level = Rating.GOOD;
        }
      }
      if (level == null) {
        level = score.compareTo(k.scoreCompleted) >= 0 ? Rating.COMPLETED : Rating.NOT_COMPLETED;
      }

      // 3b. Caps, each compared with the level of 3a.
      Rating rating = level;
      if (notRegistered && level.isAbove(k.capBreakthroughNotRegistered)) {
        rating = rating.atMost(k.capBreakthroughNotRegistered);
        s.give(ReasonRule.CAP_BREAKTHROUGH_NOT_REGISTERED, null);
      }
      if (ordersFailed > 0 && level.isAbove(k.capOrderFailed)) {
        rating = rating.atMost(k.capOrderFailed);
        s.give(ReasonRule.CAP_ORDER_FAILED, null);
      }
      s.rating = rating;
      if (k.v2025) {
        s.tieBreak = k.rankingKey(annualExceeded, annualCounted);
      }
    }

    // 3c. Vetoes: every one that holds, rated or not.
    if (s.disciplined) {
      s.give(ReasonRule.VETO_DISCIPLINE, null);
      s.vetoed = true;
    }
    if (s.selfRemedied) {
      s.give(ReasonRule.DISCIPLINE_SELF_REMEDIED, null);
    }
    if (annualCounted > 0 && !k.minAnnualCompleted.reachedBy(annualCompleted, annualCounted)) {
      s.give(ReasonRule.VETO_TASK_COMPLETION, null);
      s.vetoed = true;
    }
    if (unitsRated > 0 && k.maxUnitsNotCompleted.exceededBy(unitsNotCompleted, unitsRated)) {
      s.give(ReasonRule.VETO_UNITS_NOT_COMPLETED, null);
      s.vetoed = true;
    }
    for (int i = 0, n = corrupt.size(); i < n; i++) {
      s.give(ReasonRule.VETO_UNIT_CORRUPTION, corrupt.get(i));
      s.vetoed = true;
    }
    if (k.v2026 && s.survey != null
        && !k.lowSatisfactionBelow.reachedBy(s.survey.satisfied(), s.survey.respondents())) {
      s.lowSatisfaction = true;
    }
    ConfidenceVote vote = s.vote;
    if (vote != null) {
      boolean above = k.voteVetoAbove.isExceededBy(vote.low(), vote.voters());
      boolean dismissal = k.voteDismissalFrom.isReachedBy(vote.low(), vote.voters());
      if (above) {
        s.give(ReasonRule.VETO_LOW_CONFIDENCE, null);
        s.vetoed = true;
      }
      s.removeFromPlanning = above && !dismissal;
      s.dismissalReview = dismissal;
    }
    if (s.rating != null && s.vetoed) {
      s.rating = Rating.NOT_COMPLETED;
    }
  }

  /** 2026.1: the lowest threshold strictly above the score and the points missing to it, whatever the conditions. */
  private static NextBand nextBand(BigDecimal score, Criteria k) {
    Rating rating;
    BigDecimal threshold;
    if (score.compareTo(k.scoreCompleted) < 0) {
      rating = Rating.COMPLETED;
      threshold = k.scoreCompleted;
    } else if (score.compareTo(k.scoreGood) < 0) {
      rating = Rating.GOOD;
      threshold = k.scoreGood;
    } else if (score.compareTo(k.scoreExcellent) < 0) {
      rating = Rating.EXCELLENT;
      threshold = k.scoreExcellent;
    } else {
      return NextBand.NONE;
    }
    return new NextBand(rating, threshold.subtract(score).setScale(2, RoundingMode.HALF_UP));
  }

  /** Whether {@code id} already occurs in {@code list} before index {@code i}. */
  private static boolean repeated(List<String> list, int i, String id) {
    for (int j = 0; j < i; j++) {
      if (list.get(j).equals(id)) {
        return true;
      }
    }
    return false;
  }

  /** 3d. Per peer group, at most the allowance of EXCELLENT ratings; the rest become GOOD. */
  private static void quota(Sheet[] sheets, List<QuotaException> exceptions, Criteria k) {
    Map<String, Group> groups = new HashMap<>();
    for (Sheet s : sheets) {
      if (s.rating == Rating.EXCELLENT || s.rating == Rating.GOOD) {
        String name = s.position.group();
        Group g = groups.get(name);
        if (g == null) {
          g = new Group();
          groups.put(name, g);
        }
        if (s.rating == Rating.GOOD) {
          g.good++;
        } else {
          g.excellent.add(s);
        }
      }
    }
    for (Map.Entry<String, Group> e : groups.entrySet()) {
      Group g = e.getValue();
      List<Sheet> candidates = g.excellent;
      int m = candidates.size();
      if (m == 0) {
        continue;
      }
      QuotaException exception = null;
      for (int i = 0, n = exceptions.size(); i < n; i++) {
        if (exceptions.get(i).group().equals(e.getKey())) {
          exception = exceptions.get(i);
        }
      }
      long allowed = exception != null ? Criteria.exceptionAllowance(exception.percent(), g.good)
          : k.allowance(g.good);
      if (m > 1) {
        candidates.sort(RANKING);
      }
      // Candidates with equal keys form a block; "better" is everyone in the blocks before it.
      int i = 0;
      while (i < m) {
        Sheet first = candidates.get(i);
        int j = i + 1;
        while (j < m && RANKING.compare(first, candidates.get(j)) == 0) {
          j++;
        }
        ReasonRule demoted = null;
        if (i >= allowed) {
          demoted = ReasonRule.DEMOTED_BY_QUOTA;
        } else if (j > allowed) {
          demoted = ReasonRule.QUOTA_TIE;
        }
        if (demoted != null) {
          for (int x = i; x < j; x++) {
            Sheet s = candidates.get(x);
            s.rating = Rating.GOOD;
            s.give(demoted, null);
          }
        }
        i = j;
      }
    }
  }

  private static int capacity(int size) {
    return size < 3 ? 4 : (int) (size / 0.75f) + 1;
  }

  // ------------------------------------------------------------------------------------------------

  /** One peer group's standing before the quota. */
  private static final class Group {
    int good;
    final List<Sheet> excellent = new ArrayList<>();
  }

  /** One task or order of a cadre, and how its products came out. */
  private static final class Work {
    final Sheet sheet;
    final String id;
    final WorkKind kind;
    final LocalDate deadline;
    final boolean basicTarget;
    List<ProductOutcome> products = List.of();
    boolean allMet = true;
    boolean anyLate;
    boolean anyExceeded;
    WorkStatus status;
    boolean exceeded;
    @Nullable BigDecimal credit;

    Work(Sheet sheet, String id, WorkKind kind, LocalDate deadline, boolean basicTarget) {
      this.sheet = sheet;
      this.id = id;
      this.kind = kind;
      this.deadline = deadline;
      this.basicTarget = basicTarget;
    }

    /** Met: delivered by the period's end and the target reached; late: delivered after the deadline. */
    void check(Product p, LocalDate end) {
      LocalDate delivered = p.delivered();
      boolean inPeriod = delivered != null && !delivered.isAfter(end);
      boolean late = delivered != null && delivered.isAfter(deadline);
      add(new ProductOutcome(p.id(), inPeriod && meets(p), inPeriod && exceeds(p), late));
    }

    /** Whether the product's actual reaches its target, in its indicator's direction. */
    private static boolean meets(Product p) {
      int c = p.actual().compareTo(p.target());
      return p.direction() == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }

    /** Whether the product's actual goes strictly beyond its target, in its indicator's direction. */
    private static boolean exceeds(Product p) {
      int c = p.actual().compareTo(p.target());
      return p.direction() == Direction.HIGHER_IS_BETTER ? c > 0 : c < 0;
    }

    private void add(ProductOutcome product) {
      if (products.isEmpty()) {
        products = new ArrayList<>(4);
      }
      products.add(product);
      allMet &= product.met();
      anyLate |= product.late();
      anyExceeded |= product.exceeded();
    }

    /**
     * 2026.1: met as in {@link #check}; late when it has delays (at least 1 when delivered after its
     * due date); its review by due date, weight, completion and credits, added to its review's sums.
     */
    void measure(Product p, LocalDate start, LocalDate end, Review[] reviews, Criteria k) {
      LocalDate delivered = p.delivered();
      boolean completed = delivered != null && !delivered.isAfter(end);
      boolean met = completed && meets(p);
      LocalDate due = p.due() != null ? p.due() : deadline;
      int delays = p.delays();
      if (delays == 0 && delivered != null && delivered.isAfter(due)) {
        delays = 1;
      }
      boolean late = delays > 0;
      List<Excuse> excuses = p.excuses();
      int qualityExcused = 0;
      int delayExcused = 0;
      for (int i = 0, n = excuses.size(); i < n; i++) {
        if (excuses.get(i).kind() == ExcuseKind.QUALITY) {
          qualityExcused++;
        } else {
          delayExcused++;
        }
      }
      if (excuses.size() > 1) {
        excuses = new ArrayList<>(excuses);
        excuses.sort(EXCUSE_ORDER);
      }
      int qualityDeductions = p.qualityFailures() - qualityExcused;
      int delayDeductions = delays - delayExcused;
      BigDecimal weight = p.conversion().multiply(k.coefficient(kind));
      BigDecimal qualityCredit = met
          ? BigDecimal.ONE.subtract(k.deductionQuality.multiply(BigDecimal.valueOf(qualityDeductions))).max(BigDecimal.ZERO)
          : BigDecimal.ZERO;
      BigDecimal progressCredit = completed
          ? BigDecimal.ONE.subtract(k.deductionDelay.multiply(BigDecimal.valueOf(delayDeductions))).max(BigDecimal.ZERO)
          : BigDecimal.ZERO;
      int review;
      if (due.isBefore(start)) {
        review = 0;
      } else if (due.isAfter(end)) {
        review = completed ? reviews.length - 1 : -1;
      } else {
        review = reviewOf(due, reviews);
      }
      if (review >= 0) {
        sheet.add(review, weight, completed, qualityCredit, progressCredit);
      }
      ProductMeasure measure = new ProductMeasure(review < 0 ? null : reviews[review].id(), twoPlaces(weight),
          completed, twoPlaces(qualityCredit), twoPlaces(progressCredit), qualityDeductions, delayDeductions, excuses);
      add(new ProductOutcome(p.id(), met, completed && exceeds(p), late, measure));
    }

    /** Completed (on time or late), in progress, or not completed at the period's end. */
    void settle(LocalDate end, BigDecimal lateCredit) {
      if (!products.isEmpty() && allMet) {
        status = anyLate ? WorkStatus.COMPLETED_LATE : WorkStatus.COMPLETED_ON_TIME;
        credit = anyLate ? lateCredit : BigDecimal.ONE;
        exceeded = anyExceeded;
      } else if (deadline.isAfter(end)) {
        status = WorkStatus.IN_PROGRESS;
      } else {
        status = WorkStatus.NOT_COMPLETED;
        credit = BigDecimal.ZERO;
      }
    }

    WorkOutcome outcome() {
      List<ProductOutcome> ps = products;
      if (ps.size() > 1) {
        ps.sort(PRODUCT_ORDER);
      }
      return new WorkOutcome(id, kind, status, exceeded, credit, ps);
    }
  }

  /** The review (of a contiguous tiling in date order) whose dates contain a date within the period. */
  private static int reviewOf(LocalDate date, Review[] reviews) {
    int lo = 0;
    int hi = reviews.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (reviews[mid].start().isAfter(date)) {
        hi = mid - 1;
      } else {
        lo = mid;
      }
    }
    return lo;
  }

  private static BigDecimal twoPlaces(BigDecimal value) {
    return value.setScale(2, RoundingMode.HALF_UP);
  }

  /** One cadre's records and results while they are worked out. */
  private static final class Sheet {
    final Cadre cadre;
    final Position position;
    /** 2026.1, by review: the weight due, of it completed, weight × quality credit, × progress credit. */
    final BigDecimal[] dueWeight;
    final BigDecimal[] completedWeight;
    final BigDecimal[] qualityWeight;
    final BigDecimal[] progressWeight;
    @Nullable List<ReviewResult> reviewResults;
    int countedReviews;
    BigDecimal ownNumerator = BigDecimal.ZERO;
    BigDecimal ownDenominator = BigDecimal.ONE;
    @Nullable Survey survey;
    boolean lowSatisfaction;
    NextBand nextBand = NextBand.NONE;
    final List<Work> work = new ArrayList<>(8);
    int breakthroughApproved;
    @Nullable BigDecimal superior;
    @Nullable BigDecimal collective;
    @Nullable BigDecimal self;
    boolean disciplined;
    boolean selfRemedied;
    @Nullable ConfidenceVote vote;
    @Nullable List<Criteria.Given> reasons;
    boolean selfDiverges;
    boolean removeFromPlanning;
    boolean dismissalReview;
    boolean vetoed;
    @Nullable ScoreComponents components;
    @Nullable BigDecimal score;
    @Nullable Rating rating;
    BigDecimal tieBreak = BigDecimal.ZERO;

    Sheet(Cadre cadre, Position position, int reviews) {
      this.cadre = cadre;
      this.position = position;
      this.dueWeight = new BigDecimal[reviews];
      this.completedWeight = new BigDecimal[reviews];
      this.qualityWeight = new BigDecimal[reviews];
      this.progressWeight = new BigDecimal[reviews];
    }

    void add(int review, BigDecimal weight, boolean completed, BigDecimal qualityCredit, BigDecimal progressCredit) {
      dueWeight[review] = plus(dueWeight[review], weight);
      completedWeight[review] = plus(completedWeight[review], completed ? weight : BigDecimal.ZERO);
      qualityWeight[review] = plus(qualityWeight[review], weight.multiply(qualityCredit));
      progressWeight[review] = plus(progressWeight[review], weight.multiply(progressCredit));
    }

    private static BigDecimal plus(@Nullable BigDecimal sum, BigDecimal value) {
      return sum == null ? value : sum.add(value);
    }

    /**
     * Each review's figures, reported rounded; a review with no weight due is not counted. Exact
     * throughout: a review's results is (quantity share × C + quality share × Q + progress share × P) / W
     * over its sums, and the mean of the counted ones is kept as one fraction {@code ownNumerator /
     * ownDenominator} of exact decimals, so that only the reported figures are ever rounded.
     */
    void reviewFigures(Criteria k, Review[] reviews) {
      List<ReviewResult> out = new ArrayList<>(reviews.length);
      BigDecimal numerator = BigDecimal.ZERO;
      BigDecimal denominator = BigDecimal.ONE;
      int counted = 0;
      for (int i = 0; i < reviews.length; i++) {
        BigDecimal w = dueWeight[i];
        if (w == null || w.signum() == 0) {
          out.add(new ReviewResult(reviews[i].id(), ZERO_POINTS, null, null, null, null));
          continue;
        }
        BigDecimal c = completedWeight[i];
        BigDecimal q = qualityWeight[i];
        BigDecimal p = progressWeight[i];
        BigDecimal n = k.reviewQuantity.multiply(c).add(k.reviewQuality.multiply(q)).add(k.reviewProgress.multiply(p));
        numerator = numerator.multiply(w).add(n.multiply(denominator));
        denominator = denominator.multiply(w);
        counted++;
        out.add(new ReviewResult(reviews[i].id(), twoPlaces(w), percentOf(c, w), percentOf(q, w), percentOf(p, w),
            n.divide(w, 2, RoundingMode.HALF_UP)));
      }
      reviewResults = out;
      countedReviews = counted;
      ownNumerator = numerator;
      ownDenominator = denominator.multiply(BigDecimal.valueOf(counted));
    }

    /** 100 × part / whole, rounded to 2 decimals, half up. */
    private static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
      return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
    }

    /** The latest survey in the period counts; of several that day, the one with the lowest share satisfied. */
    void survey(Survey v) {
      Survey now = survey;
      if (now == null) {
        survey = v;
        return;
      }
      int c = v.date().compareTo(now.date());
      if (c > 0 || c == 0 && (long) v.satisfied() * now.respondents() < (long) now.satisfied() * v.respondents()) {
        survey = v;
      }
    }

    void give(ReasonRule rule, @Nullable String subject) {
      if (reasons == null) {
        reasons = new ArrayList<>(4);
      }
      reasons.add(new Criteria.Given(rule, subject));
    }

    /** The latest vote in the period counts; of several that day, the one with most low confidence. */
    void vote(ConfidenceVote v) {
      ConfidenceVote now = vote;
      if (now == null) {
        vote = v;
        return;
      }
      int c = v.date().compareTo(now.date());
      if (c > 0 || c == 0 && (long) v.low() * now.voters() > (long) now.low() * v.voters()) {
        vote = v;
      }
    }

    CadreResult result(Criteria k) {
      List<Reason> out;
      if (reasons == null) {
        out = List.of();
      } else {
        List<Criteria.Given> given = reasons;
        if (given.size() > 1) {
          given.sort(k.reasonOrder);
        }
        out = new ArrayList<>(given.size());
        for (int i = 0, n = given.size(); i < n; i++) {
          Criteria.Given g = given.get(i);
          out.add(new Reason(g.rule.name(), k.ruleName(g.rule), g.subject, k.message(g.rule, g.subject)));
        }
      }
      List<String> flags = flags();
      List<WorkOutcome> explained;
      if (work.isEmpty()) {
        explained = List.of();
      } else {
        explained = new ArrayList<>(work.size());
        for (int i = 0, n = work.size(); i < n; i++) {
          explained.add(work.get(i).outcome());
        }
        if (explained.size() > 1) {
          explained.sort(WORK_ORDER);
        }
      }
      if (k.v2026) {
        if (rating == null) {
          return new CadreResult(cadre.id(), ResultStatus.INCOMPLETE, null, null, null, null, out, flags,
              reviewResults, NextBand.NONE, explained);
        }
        return new CadreResult(cadre.id(), ResultStatus.RATED, rating, k.label(rating), score, components, out,
            flags, reviewResults, nextBand, explained);
      }
      if (rating == null) {
        return new CadreResult(cadre.id(), ResultStatus.INCOMPLETE, null, null, null, null, out, flags, explained);
      }
      return new CadreResult(cadre.id(), ResultStatus.RATED, rating, k.label(rating), score, components, out, flags,
          explained);
    }

    /** Sorted by code: DISMISSAL_REVIEW, LOW_SATISFACTION, REMOVE_FROM_PLANNING, SELF_ASSESSMENT_DIVERGES. */
    private List<String> flags() {
      if (lowSatisfaction) {
        List<String> out = new ArrayList<>(3);
        if (dismissalReview) {
          out.add(DISMISSAL_REVIEW);
        }
        out.add(LOW_SATISFACTION);
        if (removeFromPlanning && !dismissalReview) {
          out.add(REMOVE_FROM_PLANNING);
        }
        if (selfDiverges) {
          out.add(SELF_ASSESSMENT_DIVERGES);
        }
        return out;
      }
      String vote = dismissalReview ? DISMISSAL_REVIEW : removeFromPlanning ? REMOVE_FROM_PLANNING : null;
      if (vote == null) {
        return selfDiverges ? List.of(SELF_ASSESSMENT_DIVERGES) : Collections.emptyList();
      }
      return selfDiverges ? List.of(vote, SELF_ASSESSMENT_DIVERGES) : List.of(vote);
    }
  }
}

package vn.danhgia.evaluation.baseline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.RuleDescription;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.ruleset.Parameters;
import vn.danhgia.evaluation.ruleset.Ratio;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.ruleset.RuleSetSource;

/**
 * One version of the {@code leaders} criteria with its parameters read once: every threshold and
 * weight, the reasons' messages with the parameters filled in, the phase order of the reasons, and
 * small caches of the arithmetic that only depends on counts. Immutable apart from the caches, which
 * only ever hold the value they would compute (safe to share between threads).
 */
final class Criteria {
  /** The versions this baseline knows. */
  static final String V2019 = "2019.1";
  static final String V2025 = "2025.1";
  static final String V2026 = "2026.1";

  private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** Counts below this are cached; counts of one cadre's tasks rarely reach it. */
  private static final int CACHED = 16;

  final String version;
  /** 2025.1 and 2026.1: self-remedied disciplines, basic targets, confidence votes, quota. */
  final boolean v2025;
  /** 2026.1: reviews, converted products, results shared with the units, surveys, corruption veto. */
  final boolean v2026;
  final Parameters parameters;
  final RuleSetIdentity identity;
  final String[] labels = new String[Rating.values().length];

  final BigDecimal weightGeneral;
  final boolean generalIsPoints;
  final @Nullable BigDecimal weightAnnual;
  final @Nullable BigDecimal weightBreakthrough;
  final @Nullable BigDecimal weightOrders;
  final BigDecimal lateCredit;
  final BigDecimal selfDivergence;
  final BigDecimal scoreExcellent;
  final BigDecimal scoreGood;
  final BigDecimal scoreCompleted;
  final Percent minExceeded;
  final Percent minUnitsGood;
  final Percent minAnnualCompleted;
  final Percent maxUnitsNotCompleted;
  final Rating capBreakthroughNotRegistered;
  final Rating capOrderFailed;
  final @Nullable Ratio voteVetoAbove;
  final @Nullable Ratio voteDismissalFrom;
  final @Nullable BigDecimal quotaPercent;
  final @Nullable RoundingMode quotaRounding;

  // 2026.1 only (null otherwise).
  final @Nullable BigDecimal coefficientAnnual;
  final @Nullable BigDecimal coefficientBreakthrough;
  final @Nullable BigDecimal coefficientOrder;
  final @Nullable BigDecimal deductionQuality;
  final @Nullable BigDecimal deductionDelay;
  final @Nullable BigDecimal reviewQuantity;
  final @Nullable BigDecimal reviewQuality;
  final @Nullable BigDecimal reviewProgress;
  final @Nullable BigDecimal weightResults;
  final @Nullable BigDecimal ownShare;
  final @Nullable BigDecimal unitsCompletedFigure;
  final @Nullable BigDecimal unitsNotCompletedFigure;
  final @Nullable Percent minCountedReviews;
  final @Nullable Percent minSatisfied;
  final @Nullable Percent lowSatisfactionBelow;

  /** By {@link ReasonRule#ordinal()}: the rule's phase among phases + groupPhases. */
  private final int[] phaseIndex = new int[ReasonRule.values().length];
  /** By ordinal: the message, parameters filled, for reasons without a subject. */
  private final Message[] messages = new Message[ReasonRule.values().length];
  /** By ordinal: the message split at {subject}, each part's parameters filled. */
  private final String[][] viParts = new String[ReasonRule.values().length][];
  private final String[][] enParts = new String[ReasonRule.values().length][];

  /** Reasons in the engine's order: phase, code, subject ("" when none), rule name. */
  final Comparator<Given> reasonOrder;

  private final BigDecimal[] annualPoints = new BigDecimal[CACHED * CACHED * CACHED];
  private final BigDecimal[] breakthroughPoints = new BigDecimal[CACHED * CACHED * CACHED];
  private final BigDecimal[] orderPoints = new BigDecimal[CACHED * CACHED * CACHED];
  private final BigDecimal[] rankingKeys = new BigDecimal[CACHED * CACHED];

  /** By ordinal: the name of the rule that gives the reason, and its message templates. */
  private final String[] ruleNames = new String[ReasonRule.values().length];
  private final String[] viTemplates = new String[ReasonRule.values().length];
  private final String[] enTemplates = new String[ReasonRule.values().length];

  /**
   * @param source the version
   * @param p the parameters to read every threshold and weight from
   * @param rules the version's rules as compiled ({@code CompiledRuleSet.rules()}): each reason's
   *     rule, phase and messages are read from them
   */
  Criteria(RuleSetSource source, Parameters p, List<RuleDescription> rules) {
    RuleSetManifest manifest = source.manifest();
    this.version = manifest.version();
    if (!version.equals(V2019) && !version.equals(V2025) && !version.equals(V2026)) {
      throw new IllegalArgumentException("the baseline knows leaders 2019.1, 2025.1 and 2026.1, not " + version);
    }
    this.v2026 = version.equals(V2026);
    this.v2025 = version.equals(V2025) || v2026;
    this.parameters = p;
    this.identity = source.identity();
    for (Map.Entry<Rating, String> e : manifest.labels().entrySet()) {
      labels[e.getKey().ordinal()] = e.getValue();
    }
    weightGeneral = p.decimal("weight.general");
    generalIsPoints = weightGeneral.compareTo(THIRTY) == 0;
    weightAnnual = v2026 ? null : p.decimal("weight.annual");
    weightBreakthrough = v2026 ? null : p.decimal("weight.breakthrough");
    weightOrders = v2026 ? null : p.decimal("weight.orders");
    lateCredit = p.decimal("credit.late");
    selfDivergence = p.decimal("self.divergence");
    scoreExcellent = p.decimal("score.excellent");
    scoreGood = p.decimal("score.good");
    scoreCompleted = p.decimal("score.completed");
    minExceeded = new Percent(p.decimal("excellent.minExceededPercent"));
    minUnitsGood = new Percent(p.decimal("excellent.minUnitsGoodPercent"));
    minAnnualCompleted = new Percent(p.decimal("veto.minAnnualCompletedPercent"));
    maxUnitsNotCompleted = new Percent(p.decimal("veto.maxUnitsNotCompletedPercent"));
    capBreakthroughNotRegistered = p.rating("cap.breakthroughNotRegistered");
    capOrderFailed = p.rating("cap.orderFailed");
    voteVetoAbove = v2025 ? p.ratio("vote.vetoAbove") : null;
    voteDismissalFrom = v2025 ? p.ratio("vote.dismissalFrom") : null;
    quotaPercent = v2025 ? p.decimal("quota.percent") : null;
    quotaRounding = v2025 ? p.rounding("quota.rounding") : null;
    coefficientAnnual = v2026 ? p.decimal("coefficient.annual") : null;
    coefficientBreakthrough = v2026 ? p.decimal("coefficient.breakthrough") : null;
    coefficientOrder = v2026 ? p.decimal("coefficient.order") : null;
    deductionQuality = v2026 ? p.decimal("deduction.qualityFailure") : null;
    deductionDelay = v2026 ? p.decimal("deduction.delay") : null;
    reviewQuantity = v2026 ? p.decimal("review.quantity") : null;
    reviewQuality = v2026 ? p.decimal("review.quality") : null;
    reviewProgress = v2026 ? p.decimal("review.progress") : null;
    weightResults = v2026 ? p.decimal("weight.results") : null;
    ownShare = v2026 ? p.decimal("results.ownShare") : null;
    unitsCompletedFigure = v2026 ? p.decimal("units.completedFigure") : null;
    unitsNotCompletedFigure = v2026 ? p.decimal("units.notCompletedFigure") : null;
    minCountedReviews = v2026 ? new Percent(p.decimal("reviews.minCountedPercent")) : null;
    minSatisfied = v2026 ? new Percent(p.decimal("excellent.minSatisfiedPercent")) : null;
    lowSatisfactionBelow = v2026 ? new Percent(p.decimal("survey.lowBelowPercent")) : null;

    List<String> phases = new ArrayList<>(manifest.phases());
    phases.addAll(manifest.groupPhases());
    Map<String, String> text = p.asText();
    for (ReasonRule r : ReasonRule.values()) {
      RuleDescription rule = rules.stream().filter(d -> r.name().equals(d.reasonCode())).findFirst().orElse(null);
      if (rule == null || rule.message() == null) {
        phaseIndex[r.ordinal()] = -1; // not a reason of this version
        continue;
      }
      int i = r.ordinal();
      ruleNames[i] = rule.name();
      viTemplates[i] = rule.message().vi();
      enTemplates[i] = rule.message().en();
      phaseIndex[i] = phases.indexOf(rule.phase());
      messages[i] = new Message(Fill.fill(viTemplates[i], null, text), Fill.fill(enTemplates[i], null, text));
      viParts[i] = Fill.parts(viTemplates[i], text);
      enParts[i] = Fill.parts(enTemplates[i], text);
    }
    String[] names = ruleNames;
    int[] phase = phaseIndex;
    reasonOrder = (a, b) -> {
      int c = Integer.compare(phase[a.rule.ordinal()], phase[b.rule.ordinal()]);
      if (c != 0) {
        return c;
      }
      c = a.rule.name().compareTo(b.rule.name());
      if (c != 0) {
        return c;
      }
      c = (a.subject == null ? "" : a.subject).compareTo(b.subject == null ? "" : b.subject);
      return c != 0 ? c : names[a.rule.ordinal()].compareTo(names[b.rule.ordinal()]);
    };
  }

  /** @return the name of the rule of this version that gives the reason */
  String ruleName(ReasonRule rule) {
    String name = ruleNames[rule.ordinal()];
    if (name == null) {
      throw new IllegalStateException(version + " has no rule that gives " + rule);
    }
    return name;
  }

  /** The message of a reason, placeholders filled as the engine fills them. */
  Message message(ReasonRule rule, @Nullable String subject) {
    if (subject == null) {
      return messages[rule.ordinal()];
    }
    if (subject.indexOf('{') >= 0) {
      // The engine fills parameters after the subject, so a subject holding "{…}" is filled too.
      Map<String, String> text = parameters.asText();
      return new Message(Fill.fill(viTemplates[rule.ordinal()], subject, text),
          Fill.fill(enTemplates[rule.ordinal()], subject, text));
    }
    return new Message(Fill.join(viParts[rule.ordinal()], subject), Fill.join(enParts[rule.ordinal()], subject));
  }

  /** The general component: the points on the 0–30 scale, rescaled to the weight, 2 decimals. */
  BigDecimal general(BigDecimal points) {
    if (generalIsPoints) {
      return points.setScale(2, RoundingMode.HALF_UP);
    }
    return points.multiply(weightGeneral).divide(THIRTY, 2, RoundingMode.HALF_UP);
  }

  BigDecimal annualPoints(int onTime, int late, int counted) {
    return points(annualPoints, weightAnnual, onTime, late, counted);
  }

  BigDecimal breakthroughPoints(int onTime, int late, int counted) {
    return points(breakthroughPoints, weightBreakthrough, onTime, late, counted);
  }

  BigDecimal orderPoints(int onTime, int late, int counted) {
    return points(orderPoints, weightOrders, onTime, late, counted);
  }

  /** max × (onTime + late × late credit) / counted, 2 decimals, half up (the rules' {@code points}). */
  private BigDecimal points(BigDecimal[] cache, BigDecimal max, int onTime, int late, int counted) {
    if (counted < CACHED) {
      int i = (counted * CACHED + onTime) * CACHED + late;
      BigDecimal v = cache[i];
      if (v == null) {
        v = compute(max, onTime, late, counted);
        cache[i] = v;
      }
      return v;
    }
    return compute(max, onTime, late, counted);
  }

  private BigDecimal compute(BigDecimal max, long onTime, long late, long counted) {
    BigDecimal credits = BigDecimal.valueOf(onTime).add(lateCredit.multiply(BigDecimal.valueOf(late)));
    return max.multiply(credits).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
  }

  /** The quota's second key: exceeded / counted to 12 decimals, half even (0 when none is counted). */
  BigDecimal rankingKey(int exceeded, int counted) {
    if (counted == 0) {
      return BigDecimal.ZERO;
    }
    if (counted < CACHED) {
      int i = counted * CACHED + exceeded;
      BigDecimal v = rankingKeys[i];
      if (v == null) {
        v = BigDecimal.valueOf(exceeded).divide(BigDecimal.valueOf(counted), 12, RoundingMode.HALF_EVEN);
        rankingKeys[i] = v;
      }
      return v;
    }
    return BigDecimal.valueOf(exceeded).divide(BigDecimal.valueOf(counted), 12, RoundingMode.HALF_EVEN);
  }

  /** How many excellent ratings a group keeps with the rule set's quota. */
  long allowance(long good) {
    return quotaPercent.multiply(BigDecimal.valueOf(good)).divide(HUNDRED, 0, quotaRounding).longValue();
  }

  /** How many excellent ratings a group keeps under an exception: always rounded down. */
  static long exceptionAllowance(BigDecimal percent, long good) {
    return percent.multiply(BigDecimal.valueOf(good)).divide(HUNDRED, 0, RoundingMode.FLOOR).longValue();
  }

  /** 2026.1: a product's coefficient by its owner's kind. */
  BigDecimal coefficient(WorkKind kind) {
    return switch (kind) {
      case ANNUAL -> coefficientAnnual;
      case BREAKTHROUGH -> coefficientBreakthrough;
      case ORDER -> coefficientOrder;
    };
  }

  String label(Rating rating) {
    return labels[rating.ordinal()];
  }

  /** A reason given to a cadre: the rule and its subject (null when about the cadre). */
  static final class Given {
    final ReasonRule rule;
    final @Nullable String subject;

    Given(ReasonRule rule, @Nullable String subject) {
      this.rule = rule;
      this.subject = subject;
    }
  }

  /**
   * A share threshold in percent, compared exactly: {@code part / whole >= percent / 100} is {@code
   * part × 100 >= percent × whole}; in longs when the percent is a small whole number.
   */
  static final class Percent {
    private final BigDecimal percent;
    private final long whole;
    private final boolean integral;

    Percent(BigDecimal percent) {
      this.percent = percent;
      BigDecimal stripped = percent.stripTrailingZeros();
      this.integral = stripped.scale() <= 0 && percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(1_000_000)) <= 0;
      this.whole = integral ? percent.longValueExact() : 0;
    }

    /** @return part / whole >= percent / 100 (the rules' {@code reachesPercent}) */
    boolean reachedBy(long part, long of) {
      if (integral) {
        return part * 100 >= whole * of;
      }
      return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(of))) >= 0;
    }

    /** @return part / whole > percent / 100 (the rules' {@code exceedsPercent}) */
    boolean exceededBy(long part, long of) {
      if (integral) {
        return part * 100 > whole * of;
      }
      return BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(of))) > 0;
    }
  }

  /** Filling {subject} and {parameter} placeholders, as the engine does. */
  static final class Fill {
    private static final String SUBJECT = "{subject}";

    private Fill() {}

    /** The engine's way: the subject first, then each parameter by name. */
    static String fill(String text, @Nullable String subject, Map<String, String> parameters) {
      if (text.indexOf('{') < 0) {
        return text;
      }
      String out = text.replace(SUBJECT, subject == null ? "" : subject);
      for (Map.Entry<String, String> e : parameters.entrySet()) {
        String placeholder = "{" + e.getKey() + "}";
        if (out.contains(placeholder)) {
          out = out.replace(placeholder, e.getValue());
        }
      }
      return out;
    }

    /** The text split at each {subject}, every part with its parameters filled. */
    static String[] parts(String text, Map<String, String> parameters) {
      List<String> parts = new ArrayList<>();
      int from = 0;
      int at;
      while ((at = text.indexOf(SUBJECT, from)) >= 0) {
        parts.add(fill(text.substring(from, at), null, parameters));
        from = at + SUBJECT.length();
      }
      parts.add(fill(text.substring(from), null, parameters));
      return parts.toArray(new String[0]);
    }

    static String join(String[] parts, String subject) {
      if (parts.length == 1) {
        return parts[0];
      }
      StringBuilder b = new StringBuilder(parts[0].length() + parts[1].length() + subject.length() + 16);
      b.append(parts[0]);
      for (int i = 1; i < parts.length; i++) {
        b.append(subject).append(parts[i]);
      }
      return b.toString();
    }
  }
}

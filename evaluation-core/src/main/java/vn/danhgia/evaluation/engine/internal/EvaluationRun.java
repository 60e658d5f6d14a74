package vn.danhgia.evaluation.engine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.EvaluationLimits;
import vn.danhgia.evaluation.engine.RuleExecutionException;
import vn.danhgia.evaluation.engine.RuleExecutionException.Failure;
import vn.danhgia.evaluation.engine.RuleFirings;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.InputIdentity;
import vn.danhgia.evaluation.report.ProductMeasure;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.report.Summary;
import vn.danhgia.evaluation.report.WorkKind;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.ruleset.Parameters;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.vocabulary.Cap;
import vn.danhgia.evaluation.vocabulary.Demotion;
import vn.danhgia.evaluation.vocabulary.Exceeded;
import vn.danhgia.evaluation.vocabulary.Flag;
import vn.danhgia.evaluation.vocabulary.Incomplete;
import vn.danhgia.evaluation.vocabulary.Level;
import vn.danhgia.evaluation.vocabulary.NextThreshold;
import vn.danhgia.evaluation.vocabulary.ProductCheck;
import vn.danhgia.evaluation.vocabulary.ProductReview;
import vn.danhgia.evaluation.vocabulary.RankingKey;
import vn.danhgia.evaluation.vocabulary.ReasonGiven;
import vn.danhgia.evaluation.vocabulary.ReviewFigures;
import vn.danhgia.evaluation.vocabulary.ScorePart;
import vn.danhgia.evaluation.vocabulary.Standing;
import vn.danhgia.evaluation.vocabulary.Veto;
import vn.danhgia.evaluation.vocabulary.WorkCheck;

/**
 * One evaluation of a valid input with a compiled rule set: the per-cadre phases in sessions of a
 * bounded number of cadres, then the peer-group phases in one session per group, then the report.
 *
 * <p>How results combine (the engine's contract with every rule set): an {@link Incomplete} cadre
 * is not rated; a rated cadre's score is the sum of its {@link ScorePart}s (one per component), its
 * rating is its single {@link Level}, lowered to each {@link Cap}'s bound, {@code NOT_COMPLETED}
 * when any {@link Veto} holds, then lowered by any peer-group {@link Demotion}.
 */
public final class EvaluationRun {
  private final KieRuleBase base;
  private final RuleSetSource source;
  private final Parameters parameters;
  private final EvaluationLimits limits;
  private final int batchSize;
  private final String title;
  private final @Nullable RuleFirings firings;
  private final Map<String, String> parameterTexts;
  private final boolean parallel;
  private final List<String> components;

  /**
   * @param base the compiled rules
   * @param source the rule set's files
   * @param parameters the parameters to run with
   * @param limits the bounds
   * @param batchSize how many cadres one per-cadre session holds
   * @param firings where to count rule firings, or null
   * @param parallel whether batches may run on several threads (of the common fork-join pool)
   */
  public EvaluationRun(KieRuleBase base, RuleSetSource source, Parameters parameters, EvaluationLimits limits,
      int batchSize, @Nullable RuleFirings firings, boolean parallel) {
    this.parallel = parallel;
    this.firings = firings;
    this.parameterTexts = parameters.asText();
    this.base = base;
    this.source = source;
    this.parameters = parameters;
    this.limits = limits;
    this.batchSize = batchSize;
    this.title = source.manifest().title();
    this.components = source.manifest().componentCodes();
  }

  /**
   * A cadre's result after the per-cadre phases, and its standing in its peer group when rated.
   *
   * @param result the result before the peer-group phases
   * @param standing the cadre's standing, or null when not rated
   */
  public record CadreOutcome(CadreResult result, @Nullable Standing standing) {}

  /**
   * What the peer-group phases decided for one cadre.
   *
   * @param to the rating the cadre is lowered to, or null when it keeps its rating
   * @param reasons the reasons the peer-group rules gave
   */
  public record GroupDecision(@Nullable Rating to, List<Reason> reasons) {}

  /**
   * Evaluates a valid input: the per-cadre phases, then the peer-group phases, then the report.
   *
   * @param input a valid input
   * @param inputSha256 the hash of its canonical form
   * @return the report
   */
  public EvaluationReport evaluate(EvaluationInput input, String inputSha256) {
    return evaluate(input, () -> inputSha256);
  }

  /**
   * Evaluates a valid input as {@link #evaluate(EvaluationInput, String)} does, computing its hash
   * meanwhile: on another thread when batches run in parallel, so that hashing a large input does
   * not lengthen the evaluation, else after the rules.
   *
   * @param input a valid input
   * @param inputSha256 computes the hash of its canonical form
   * @return the report
   */
  public EvaluationReport evaluate(EvaluationInput input, Supplier<String> inputSha256) {
    @Nullable CompletableFuture<String> hashing = parallel ? CompletableFuture.supplyAsync(inputSha256) : null;
    long deadline = deadline();
    List<CadreResult> results = new ArrayList<>(input.cadres().size());
    Summary summary;
    try (ResultPipeline pipeline = new ResultPipeline(this, ResultStore.inMemory())) {
      pipeline.add(evaluateCadres(input, deadline));
      summary = pipeline.finish(input.period(), deadline, results::add);
    }
    String sha256 = hashing == null ? inputSha256.get() : hashing.join();
    return new EvaluationReport(input.period().id(), source.identity(), new InputIdentity(sha256), results, summary);
  }

  /** @return the peer-group phases of the rule set */
  public List<String> groupPhases() {
    return source.manifest().groupPhases();
  }

  /** @return the rule set's identity */
  public vn.danhgia.evaluation.report.RuleSetIdentity identity() {
    return source.identity();
  }

  /** @return the {@link System#nanoTime()} by which an evaluation starting now must end */
  public long deadline() {
    return System.nanoTime() + limits.timeout().toNanos();
  }

  /**
   * The per-cadre phases for every cadre of a valid input, in sessions of at most the batch size.
   *
   * @param input a valid input, or a slice of one (a period, positions, units and some cadres with
   *     their records)
   * @param deadline the {@link System#nanoTime()} past which the rules stop
   * @return each cadre's outcome, ordered by cadre id
   */
  public List<CadreOutcome> evaluateCadres(EvaluationInput input, long deadline) {
    CadreFacts index = new CadreFacts(input);
    List<Cadre> cadres = new ArrayList<>(input.cadres());
    cadres.sort(Comparator.comparing(Cadre::id));
    List<List<Cadre>> batches = new ArrayList<>();
    for (int from = 0; from < cadres.size(); from += batchSize) {
      batches.add(cadres.subList(from, Math.min(cadres.size(), from + batchSize)));
    }
    // Batches share nothing but the KIE base, which is thread-safe; each has its own session.
    java.util.stream.Stream<List<Cadre>> stream = parallel && batches.size() > 1
        ? batches.parallelStream() : batches.stream();
    List<List<CadreOutcome>> done = stream.map(batch -> evaluateBatch(input, index, batch, deadline)).toList();
    List<CadreOutcome> out = new ArrayList<>(cadres.size());
    done.forEach(out::addAll);
    return out;
  }

  private List<CadreOutcome> evaluateBatch(EvaluationInput input, CadreFacts index, List<Cadre> batch, long deadline) {
    // The batch is in id order, and so are the drafts.
    Map<String, Draft> drafts = new LinkedHashMap<>(batch.size() * 2);
    for (Cadre c : batch) {
      drafts.put(c.id(), new Draft(c.id(), index));
    }
    SessionRunner.run(base, title, parameters, source.manifest().phases(), index.facts(input, batch),
        (long) limits.maxFiringsPerCadre() * batch.size() + 1_000, deadline, firings, fact -> collect(fact, drafts));
    List<CadreOutcome> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts.values()) {
      d.combine();
      Standing standing = d.rating == null ? null : new Standing(d.cadre,
          index.positions.get(index.cadres.get(d.cadre).position()).group(), d.rating, d.score, d.tieBreak);
      out.add(new CadreOutcome(d.result(source.manifest(), input.period()), standing));
    }
    return out;
  }


  /**
   * The peer-group phases for one peer group.
   *
   * @param group the standings of the group's rated cadres
   * @param period the period, with its quota exceptions
   * @param deadline the {@link System#nanoTime()} past which the rules stop
   * @return the decisions, by cadre id, for the cadres the rules lowered or gave a reason
   */
  public Map<String, GroupDecision> evaluateGroup(List<Standing> group, EvaluationPeriod period, long deadline) {
    List<Object> facts = new ArrayList<>(ranked(group));
    facts.add(period);
    facts.addAll(period.quotaExceptions());
    Map<String, Standing> members = new HashMap<>();
    group.forEach(s -> members.put(s.cadre(), s));
    Map<String, Rating> lowered = new HashMap<>();
    Map<String, Set<Given>> reasons = new HashMap<>();
    SessionRunner.run(base, title, parameters, source.manifest().groupPhases(), facts,
        (long) limits.maxFiringsPerCadre() * group.size() + 1_000, deadline, firings, fact -> {
          if (fact instanceof Demotion dem) {
            member(members, dem.cadre());
            lowered.merge(dem.cadre(), dem.to(), (a, b) -> a.atMost(b));
          } else if (fact instanceof ReasonGiven r) {
            member(members, r.cadre());
            reasons.computeIfAbsent(r.cadre(), c -> new LinkedHashSet<>()).add(given(r));
          }
        });
    Map<String, GroupDecision> decisions = new TreeMap<>();
    Set<String> touched = new TreeSet<>(lowered.keySet());
    touched.addAll(reasons.keySet());
    for (String cadre : touched) {
      List<Reason> rs = new ArrayList<>();
      for (Given g : reasons.getOrDefault(cadre, Set.of())) {
        rs.add(reason(g));
      }
      decisions.put(cadre, new GroupDecision(lowered.get(cadre), rs));
    }
    return decisions;
  }

  /** Ranks standings among those of the same rating: by score, then tie-break key, descending. */
  static List<Standing> ranked(List<Standing> group) {
    List<Standing> order = new ArrayList<>(group);
    order.sort(Comparator.comparing(Standing::rating).thenComparing(Standing::score, Comparator.reverseOrder())
        .thenComparing(Standing::tieBreak, Comparator.reverseOrder()));
    List<Standing> out = new ArrayList<>(order.size());
    int i = 0;
    while (i < order.size()) {
      Rating rating = order.get(i).rating();
      int ratingStart = i;
      while (i < order.size() && order.get(i).rating() == rating) {
        int tieStart = i;
        Standing first = order.get(i);
        while (i < order.size() && order.get(i).rating() == rating
            && order.get(i).score().compareTo(first.score()) == 0
            && order.get(i).tieBreak().compareTo(first.tieBreak()) == 0) {
          i++;
        }
        for (int k = tieStart; k < i; k++) {
          out.add(order.get(k).ranked(tieStart - ratingStart, i - tieStart - 1));
        }
      }
    }
    return out;
  }

  /**
   * A result with the peer-group decision applied: the rating lowered (never raised), the reasons
   * added in their order.
   *
   * @param before the result after the per-cadre phases
   * @param decision what the peer-group phases decided
   * @return the final result
   */
  public CadreResult apply(CadreResult before, GroupDecision decision) {
    Rating rating = before.rating();
    if (rating != null && decision.to() != null) {
      rating = rating.atMost(decision.to());
    }
    List<Reason> reasons = new ArrayList<>(before.reasons());
    for (Reason r : decision.reasons()) {
      if (!reasons.contains(r)) {
        reasons.add(r);
      }
    }
    reasons.sort(reasonOrder());
    return new CadreResult(before.cadre(), before.status(), rating,
        rating == null ? null : source.manifest().labels().get(rating), before.score(), before.components(),
        reasons, before.flags(), before.reviews(), before.nextBand(), before.work());
  }

  private void member(Map<String, Standing> members, String cadre) {
    if (!members.containsKey(cadre)) {
      throw inconsistent("gave a peer-group result for cadre \"" + cadre + "\", who is not in the group");
    }
  }

  private Given given(ReasonGiven r) {
    RuleInfo rule = base.rules().get(r.rule());
    if (rule == null || rule.code() == null) {
      throw inconsistent("gave a reason from rule \"" + r.rule() + "\", which has no @code, @vi and @en");
    }
    return new Given(rule, r.subject());
  }

  private Reason reason(Given g) {
    @Nullable String subject = g.subject();
    return new Reason(g.rule().code(), g.rule().name(), subject, g.rule().message()
        .filled(name -> name.equals("subject") ? (subject == null ? "" : subject) : parameterTexts.get(name)));
  }

  /** Reasons in the order of the phases of the rules that gave them, then by code, subject and rule. */
  private Comparator<Reason> reasonOrder() {
    return Comparator.comparingInt((Reason r) -> {
      RuleInfo rule = base.rules().get(r.rule());
      return rule == null ? Integer.MAX_VALUE : rule.phaseIndex();
    }).thenComparing(Reason::code).thenComparing(r -> r.subject() == null ? "" : r.subject())
        .thenComparing(Reason::rule);
  }

  private Draft draft(Map<String, Draft> drafts, String cadre) {
    Draft d = drafts.get(cadre);
    if (d == null) {
      throw new RuleExecutionException(Failure.INCONSISTENT_RESULT, title, List.of(),
          "The rules of " + title + " produced a result for cadre \"" + cadre + "\", who is not in the input", null);
    }
    return d;
  }

  private void collect(Object fact, Map<String, Draft> drafts) {
    if (fact instanceof ScorePart p) {
      Draft d = draft(drafts, p.cadre());
      if (!components.contains(p.component())) {
        throw inconsistent("gave cadre \"" + p.cadre() + "\" a component \"" + p.component() + "\", which the"
            + " manifest does not declare (components = " + String.join(", ", components) + ")");
      }
      if (d.parts.put(p.component(), p.points()) != null) {
        throw inconsistent("gave cadre \"" + p.cadre() + "\" two " + p.component() + " components");
      }
    } else if (fact instanceof Level l) {
      Draft d = draft(drafts, l.cadre());
      if (d.level != null && d.level != l.rating()) {
        throw inconsistent("gave cadre \"" + l.cadre() + "\" two levels, " + d.level + " and " + l.rating());
      }
      d.level = l.rating();
    } else if (fact instanceof Cap c) {
      draft(drafts, c.cadre()).caps.add(c.atMost());
    } else if (fact instanceof Veto v) {
      draft(drafts, v.cadre()).vetoed = true;
    } else if (fact instanceof Incomplete i) {
      draft(drafts, i.cadre()).incomplete = true;
    } else if (fact instanceof ReasonGiven r) {
      draft(drafts, r.cadre()).reasons.add(given(r));
    } else if (fact instanceof Flag f) {
      if (!source.manifest().flags().containsKey(f.code())) {
        throw inconsistent("raised the flag \"" + f.code() + "\" on cadre \"" + f.cadre() + "\", which the manifest"
            + " does not declare (flag." + f.code() + ".vi and .en)");
      }
      draft(drafts, f.cadre()).flags.add(f.code());
    } else if (fact instanceof WorkCheck w) {
      draft(drafts, w.cadre()).work.add(w);
    } else if (fact instanceof ProductCheck p) {
      draft(drafts, p.work().cadre()).products.add(p);
    } else if (fact instanceof Exceeded e) {
      draft(drafts, e.cadre()).exceeded.add(new WorkKey(e.kind(), e.id()));
    } else if (fact instanceof ProductReview pr) {
      draft(drafts, pr.cadre()).optional.add(pr);
    } else if (fact instanceof ReviewFigures f) {
      draft(drafts, f.cadre()).optional.add(f);
    } else if (fact instanceof NextThreshold n) {
      draft(drafts, n.cadre()).optional.add(n);
    } else if (fact instanceof RankingKey k) {
      draft(drafts, k.cadre()).tieBreak = k.tieBreak().setScale(12, RoundingMode.HALF_EVEN);
    }
  }

  private RuleExecutionException inconsistent(String what) {
    return new RuleExecutionException(Failure.INCONSISTENT_RESULT, title, List.of(),
        "The rules of " + title + " " + what, null);
  }

  private record Given(RuleInfo rule, @Nullable String subject) {}

  /** A task or an order of a cadre: its ids are unique within its kind. */
  private record WorkKey(WorkKind kind, String id) {}

  /** One cadre's results while they are gathered. */
  private final class Draft {
    final String cadre;
    final Map<String, BigDecimal> parts = new HashMap<>();
    final List<Rating> caps = new ArrayList<>();
    final Set<Given> reasons = new LinkedHashSet<>();
    final Set<String> flags = new TreeSet<>();
    final List<WorkCheck> work = new ArrayList<>();
    final List<ProductCheck> products = new ArrayList<>();
    final Set<WorkKey> exceeded = new HashSet<>();
    final ResultParts optional;
    @Nullable Rating level;
    boolean vetoed;
    boolean incomplete;
    @Nullable Rating rating;
    @Nullable BigDecimal score;
    BigDecimal tieBreak = BigDecimal.ZERO.setScale(12);

    Draft(String cadre, CadreFacts index) {
      this.cadre = cadre;
      this.optional = new ResultParts(cadre, source.manifest(), index.products, EvaluationRun.this::inconsistent);
    }

    void combine() {
      if (incomplete) {
        return;
      }
      if (parts.size() != components.size()) {
        List<String> missing = components.stream().filter(c -> !parts.containsKey(c)).toList();
        throw inconsistent("gave cadre \"" + cadre + "\" no " + String.join(", ", missing) + " component and did not"
            + " mark it incomplete");
      }
      if (level == null) {
        throw inconsistent("gave cadre \"" + cadre + "\" no level and did not mark it incomplete");
      }
      score = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
      Rating r = level;
      for (Rating cap : caps) {
        r = r.atMost(cap);
      }
      rating = vetoed ? Rating.NOT_COMPLETED : r;
    }

    CadreResult result(RuleSetManifest manifest, EvaluationPeriod period) {
      List<Reason> out = new ArrayList<>();
      for (Given g : reasons) {
        out.add(reason(g));
      }
      out.sort(reasonOrder());
      List<String> flagList = List.copyOf(flags);
      List<WorkOutcome> explained = explain();
      if (incomplete) {
        return new CadreResult(cadre, ResultStatus.INCOMPLETE, null, null, null, null, out, flagList,
            optional.reviews(period), optional.nextBand(false), explained);
      }
      Map<String, BigDecimal> scaled = new java.util.LinkedHashMap<>();
      for (String c : components) {
        scaled.put(c, parts.get(c).setScale(2, RoundingMode.HALF_UP));
      }
      return new CadreResult(cadre, ResultStatus.RATED, rating, manifest.labels().get(rating), score,
          ScoreComponents.of(scaled), out, flagList, optional.reviews(period), optional.nextBand(true), explained);
    }

    private List<WorkOutcome> explain() {
      Map<WorkKey, List<ProductOutcome>> byWork = new HashMap<>();
      for (ProductCheck p : products) {
        ProductMeasure measure = optional.measure(p.product());
        byWork.computeIfAbsent(new WorkKey(p.work().kind(), p.work().id()), k -> new ArrayList<>())
            .add(new ProductOutcome(p.product(), p.met(), p.exceeded(), p.late(), measure));
      }
      optional.checkMeasured();
      List<WorkOutcome> out = new ArrayList<>();
      for (WorkCheck w : work) {
        WorkKey key = new WorkKey(w.kind(), w.id());
        List<ProductOutcome> ps = new ArrayList<>(byWork.getOrDefault(key, List.of()));
        ps.sort(Comparator.comparing(ProductOutcome::id));
        out.add(new WorkOutcome(w.id(), w.kind(), w.status(), exceeded.contains(key), w.credit(), ps));
      }
      out.sort(Comparator.comparing(WorkOutcome::kind).thenComparing(WorkOutcome::id));
      return out;
    }
  }
}

package vn.danhgia.evaluation.engine.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.engine.EvaluationLimits;
import vn.danhgia.evaluation.engine.RuleExecutionException;
import vn.danhgia.evaluation.engine.RuleExecutionException.Failure;
import vn.danhgia.evaluation.engine.RuleFirings;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.Rating;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.Unit;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.InputIdentity;
import vn.danhgia.evaluation.report.Message;
import vn.danhgia.evaluation.report.ProductOutcome;
import vn.danhgia.evaluation.report.Reason;
import vn.danhgia.evaluation.report.ResultStatus;
import vn.danhgia.evaluation.report.ScoreComponents;
import vn.danhgia.evaluation.report.Summary;
import vn.danhgia.evaluation.report.WorkOutcome;
import vn.danhgia.evaluation.ruleset.Parameters;
import vn.danhgia.evaluation.ruleset.RuleSetManifest;
import vn.danhgia.evaluation.ruleset.RuleSetSource;
import vn.danhgia.evaluation.vocabulary.Cap;
import vn.danhgia.evaluation.vocabulary.Component;
import vn.danhgia.evaluation.vocabulary.Demotion;
import vn.danhgia.evaluation.vocabulary.Exceeded;
import vn.danhgia.evaluation.vocabulary.Flag;
import vn.danhgia.evaluation.vocabulary.Incomplete;
import vn.danhgia.evaluation.vocabulary.Level;
import vn.danhgia.evaluation.vocabulary.ProductCheck;
import vn.danhgia.evaluation.vocabulary.RankingKey;
import vn.danhgia.evaluation.vocabulary.ReasonGiven;
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

  /**
   * @param base the compiled rules
   * @param source the rule set's files
   * @param parameters the parameters to run with
   * @param limits the bounds
   * @param batchSize how many cadres one per-cadre session holds
   * @param firings where to count rule firings, or null
   */
  public EvaluationRun(KieRuleBase base, RuleSetSource source, Parameters parameters, EvaluationLimits limits,
      int batchSize, @Nullable RuleFirings firings) {
    this.firings = firings;
    this.base = base;
    this.source = source;
    this.parameters = parameters;
    this.limits = limits;
    this.batchSize = batchSize;
    this.title = source.manifest().title();
  }

  /**
   * @param input a valid input
   * @param inputSha256 the hash of its canonical form
   * @return the report
   */
  public EvaluationReport evaluate(EvaluationInput input, String inputSha256) {
    long deadline = System.nanoTime() + limits.timeout().toNanos();
    Index index = new Index(input);
    Map<String, Draft> drafts = new TreeMap<>();
    List<Cadre> cadres = new ArrayList<>(input.cadres());
    cadres.sort(Comparator.comparing(Cadre::id));
    RuleSetManifest manifest = source.manifest();
    for (int from = 0; from < cadres.size(); from += batchSize) {
      List<Cadre> batch = cadres.subList(from, Math.min(cadres.size(), from + batchSize));
      Collection<?> facts = SessionRunner.run(base, title, parameters, manifest.phases(),
          index.facts(input, batch), (long) limits.maxFiringsPerCadre() * batch.size() + 1_000, deadline, firings);
      for (Cadre c : batch) {
        drafts.put(c.id(), new Draft(c.id()));
      }
      collect(facts, drafts);
    }
    for (Draft d : drafts.values()) {
      d.combine();
    }
    if (!manifest.groupPhases().isEmpty()) {
      peerGroups(input, index, drafts, deadline);
    }
    List<CadreResult> results = new ArrayList<>();
    for (Draft d : drafts.values()) {
      results.add(d.result(manifest));
    }
    return new EvaluationReport(input.period().id(), source.identity(), new InputIdentity(inputSha256), results,
        Summary.of(results));
  }

  private void peerGroups(EvaluationInput input, Index index, Map<String, Draft> drafts, long deadline) {
    Map<String, List<Standing>> byGroup = new TreeMap<>();
    for (Draft d : drafts.values()) {
      if (d.rating != null) {
        String group = index.positions.get(index.cadres.get(d.cadre).position()).group();
        byGroup.computeIfAbsent(group, g -> new ArrayList<>())
            .add(new Standing(d.cadre, group, d.rating, d.score, d.tieBreak));
      }
    }
    for (Map.Entry<String, List<Standing>> group : byGroup.entrySet()) {
      List<Object> facts = new ArrayList<>(group.getValue());
      facts.add(input.period());
      facts.addAll(input.period().quotaExceptions());
      Collection<?> out = SessionRunner.run(base, title, parameters, source.manifest().groupPhases(), facts,
          (long) limits.maxFiringsPerCadre() * group.getValue().size() + 1_000, deadline, firings);
      collect(out, drafts);
      for (Object fact : out) {
        if (fact instanceof Demotion dem) {
          Draft d = draft(drafts, dem.cadre());
          if (d.rating != null) {
            d.rating = d.rating.atMost(dem.to());
          }
        }
      }
    }
  }

  private Draft draft(Map<String, Draft> drafts, String cadre) {
    Draft d = drafts.get(cadre);
    if (d == null) {
      throw new RuleExecutionException(Failure.INCONSISTENT_RESULT, title, List.of(),
          "The rules of " + title + " produced a result for cadre \"" + cadre + "\", who is not in the input", null);
    }
    return d;
  }

  private void collect(Collection<?> facts, Map<String, Draft> drafts) {
    for (Object fact : facts) {
      if (fact instanceof ScorePart p) {
        Draft d = draft(drafts, p.cadre());
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
        RuleInfo rule = base.rules().get(r.rule());
        if (rule == null || rule.code() == null) {
          throw inconsistent("gave a reason from rule \"" + r.rule() + "\", which has no @code, @vi and @en");
        }
        draft(drafts, r.cadre()).reasons.add(new Given(rule, r.subject()));
      } else if (fact instanceof Flag f) {
        draft(drafts, f.cadre()).flags.add(f.code());
      } else if (fact instanceof WorkCheck w) {
        draft(drafts, w.cadre()).work.add(w);
      } else if (fact instanceof ProductCheck p) {
        draft(drafts, p.work().cadre()).products.add(p);
      } else if (fact instanceof Exceeded e) {
        draft(drafts, e.cadre()).exceeded.add(e.kind() + "\u0000" + e.id());
      } else if (fact instanceof RankingKey k) {
        draft(drafts, k.cadre()).tieBreak = k.tieBreak().setScale(12, RoundingMode.HALF_EVEN);
      }
    }
  }

  private RuleExecutionException inconsistent(String what) {
    return new RuleExecutionException(Failure.INCONSISTENT_RESULT, title, List.of(),
        "The rules of " + title + " " + what, null);
  }

  private record Given(RuleInfo rule, @Nullable String subject) {}

  private static final Comparator<Given> REASON_ORDER = Comparator
      .comparingInt((Given g) -> g.rule().phaseIndex())
      .thenComparing(g -> g.rule().code())
      .thenComparing(g -> g.subject() == null ? "" : g.subject())
      .thenComparing(g -> g.rule().name());

  /** One cadre's results while they are gathered. */
  private final class Draft {
    final String cadre;
    final Map<Component, BigDecimal> parts = new EnumMap<>(Component.class);
    final List<Rating> caps = new ArrayList<>();
    final Set<Given> reasons = new LinkedHashSet<>();
    final Set<String> flags = new TreeSet<>();
    final List<WorkCheck> work = new ArrayList<>();
    final List<ProductCheck> products = new ArrayList<>();
    final Set<String> exceeded = new LinkedHashSet<>();
    @Nullable Rating level;
    boolean vetoed;
    boolean incomplete;
    @Nullable Rating rating;
    @Nullable BigDecimal score;
    BigDecimal tieBreak = BigDecimal.ZERO.setScale(12);

    Draft(String cadre) {
      this.cadre = cadre;
    }

    void combine() {
      if (incomplete) {
        return;
      }
      if (parts.size() != Component.values().length) {
        Set<Component> missing = java.util.EnumSet.allOf(Component.class);
        missing.removeAll(parts.keySet());
        throw inconsistent("gave cadre \"" + cadre + "\" no " + missing + " component and did not mark it incomplete");
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

    CadreResult result(RuleSetManifest manifest) {
      List<Given> given = new ArrayList<>(reasons);
      given.sort(REASON_ORDER);
      List<Reason> out = new ArrayList<>();
      for (Given g : given) {
        Message m = g.rule().message();
        out.add(new Reason(g.rule().code(), g.rule().name(), g.subject(), new Message(
            fill(m.vi(), g.subject()), fill(m.en(), g.subject()))));
      }
      List<String> flagList = List.copyOf(flags);
      List<WorkOutcome> explained = explain();
      if (incomplete) {
        return new CadreResult(cadre, ResultStatus.INCOMPLETE, null, null, null, null, out, flagList, explained);
      }
      ScoreComponents components = new ScoreComponents(scaled(Component.GENERAL), scaled(Component.ANNUAL),
          scaled(Component.BREAKTHROUGH), scaled(Component.ORDERS));
      return new CadreResult(cadre, ResultStatus.RATED, rating, manifest.labels().get(rating), score, components,
          out, flagList, explained);
    }

    private BigDecimal scaled(Component c) {
      return parts.get(c).setScale(2, RoundingMode.HALF_UP);
    }

    private List<WorkOutcome> explain() {
      Map<String, List<ProductOutcome>> byWork = new HashMap<>();
      for (ProductCheck p : products) {
        byWork.computeIfAbsent(p.work().kind() + "\u0000" + p.work().id(), k -> new ArrayList<>())
            .add(new ProductOutcome(p.product(), p.met(), p.exceeded(), p.late()));
      }
      List<WorkOutcome> out = new ArrayList<>();
      for (WorkCheck w : work) {
        String key = w.kind() + "\u0000" + w.id();
        List<ProductOutcome> ps = new ArrayList<>(byWork.getOrDefault(key, List.of()));
        ps.sort(Comparator.comparing(ProductOutcome::id));
        out.add(new WorkOutcome(w.id(), w.kind(), w.status(), exceeded.contains(key), w.credit(), ps));
      }
      out.sort(Comparator.comparing(WorkOutcome::kind).thenComparing(WorkOutcome::id));
      return out;
    }

    private String fill(String text, @Nullable String subject) {
      if (!text.contains("{")) {
        return text;
      }
      String out = text.replace("{subject}", subject == null ? "" : subject);
      for (String name : parameters.names()) {
        if (out.contains("{" + name + "}")) {
          out = out.replace("{" + name + "}", parameters.asText().get(name));
        }
      }
      return out;
    }
  }

  /** The input's records grouped by cadre, and the facts of a batch of cadres. */
  private static final class Index {
    final Map<String, Cadre> cadres = new HashMap<>();
    final Map<String, Position> positions = new HashMap<>();
    final Map<String, Unit> units = new HashMap<>();
    final Map<String, List<Object>> byCadre = new HashMap<>();

    Index(EvaluationInput input) {
      input.cadres().forEach(c -> cadres.put(c.id(), c));
      input.positions().forEach(p -> positions.put(p.code(), p));
      input.units().forEach(u -> units.put(u.id(), u));
      Map<String, String> taskOwner = new HashMap<>();
      Map<String, String> orderOwner = new HashMap<>();
      for (Task t : input.tasks()) {
        taskOwner.put(t.id(), t.cadre());
        add(t.cadre(), t);
      }
      for (Order o : input.orders()) {
        orderOwner.put(o.id(), o.cadre());
        add(o.cadre(), o);
      }
      for (Product p : input.products()) {
        add(p.task() != null ? taskOwner.get(p.task()) : orderOwner.get(p.order()), p);
      }
      for (Assessment a : input.assessments()) {
        add(a.cadre(), a);
      }
      for (Discipline d : input.disciplines()) {
        add(d.cadre(), d);
      }
      for (ConfidenceVote v : input.confidenceVotes()) {
        add(v.cadre(), v);
      }
    }

    private void add(String cadre, Object record) {
      byCadre.computeIfAbsent(cadre, k -> new ArrayList<>()).add(record);
    }

    List<Object> facts(EvaluationInput input, List<Cadre> batch) {
      List<Object> facts = new ArrayList<>();
      facts.add(input.period());
      Set<Object> shared = Collections.newSetFromMap(new IdentityHashMap<>());
      for (Cadre c : batch) {
        facts.add(c);
        Position p = positions.get(c.position());
        if (shared.add(p)) {
          facts.add(p);
        }
        for (String unitId : c.leads()) {
          Unit u = units.get(unitId);
          if (u != null && shared.add(u)) {
            facts.add(u);
          }
        }
        facts.addAll(byCadre.getOrDefault(c.id(), List.of()));
      }
      return facts;
    }
  }
}

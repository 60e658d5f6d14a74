package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiConsumer;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Order;
import vn.danhgia.evaluation.model.Position;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.model.Task;
import vn.danhgia.evaluation.model.Unit;
import vn.danhgia.evaluation.ruleset.VersionTimeline;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * The fast acceptance test agrees with the full validator: it accepts exactly the inputs in which
 * {@link InputValidator} finds no problem, for valid inputs and for inputs broken (or changed within
 * the contract's bounds) in each of the ways below.
 */
class ModelCheckTest {
  private static final VersionTimeline VERSIONS = VersionTimeline.of(Map.of(
      "2019.1", LocalDate.of(2019, 1, 1), "2025.1", LocalDate.of(2025, 1, 1)));

  private static final int MAX_STRING = InputLimits.defaults().maxStringLength();

  /** A change to an input, and whether it keeps the input valid. */
  private record Change(String name, boolean keepsValid, BiConsumer<Lists, Random> apply) {}

  private static final List<Change> CHANGES = List.of(
      new Change("nothing", true, (l, r) -> { }),
      new Change("empty period id", false, (l, r) -> l.period = period(l.period, "", null, null, null)),
      new Change("end before start", false,
          (l, r) -> l.period = period(l.period, null, null, l.period.start().minusDays(1), null)),
      new Change("end on start", true, (l, r) -> l.period = period(l.period, null, null, l.period.start(), null)),
      new Change("five-digit year", true,
          (l, r) -> l.period = period(l.period, null, null, LocalDate.of(10_000, 1, 1), null)),
      new Change("unknown version", false, (l, r) -> l.period = period(l.period, null, "2031.9", null, null)),
      new Change("known version", true, (l, r) -> l.period = period(l.period, null, "2019.1", null, null)),
      new Change("no version in force", false, (l, r) -> l.period = new EvaluationPeriod(l.period.id(),
          LocalDate.of(2010, 1, 1), LocalDate.of(2010, 12, 31), null, l.period.quotaExceptions())),
      new Change("quota exception for an unknown group", false,
          (l, r) -> l.period = period(l.period, null, null, null, List.of(new QuotaException("NO-SUCH", BigDecimal.TEN)))),
      new Change("quota exception repeated", false, (l, r) -> {
        String g = l.positions.get(0).group();
        l.period = period(l.period, null, null, null,
            List.of(new QuotaException(g, BigDecimal.TEN), new QuotaException(g, BigDecimal.ONE)));
      }),
      new Change("quota exception at 100%", true, (l, r) -> l.period = period(l.period, null, null, null,
          List.of(new QuotaException(l.positions.get(0).group(), new BigDecimal("100.00"))))),
      new Change("quota exception above 100%", false, (l, r) -> l.period = period(l.period, null, null, null,
          List.of(new QuotaException(l.positions.get(0).group(), new BigDecimal("100.01"))))),
      new Change("quota exception below 0%", false, (l, r) -> l.period = period(l.period, null, null, null,
          List.of(new QuotaException(l.positions.get(0).group(), new BigDecimal("-0.5"))))),
      new Change("empty unit id", false, (l, r) -> set(l.units, r, u -> new Unit("", u.name(), u.rating()))),
      new Change("repeated unit id", false, (l, r) -> repeat(l.units, r, (u, id) -> new Unit(id, u.name(), u.rating()),
          Unit::id)),
      new Change("empty position group", false,
          (l, r) -> set(l.positions, r, p -> new Position(p.code(), p.title(), "", p.mustRegisterBreakthrough()))),
      new Change("repeated position code", false, (l, r) -> repeat(l.positions, r,
          (p, id) -> new Position(id, p.title(), p.group(), p.mustRegisterBreakthrough()), Position::code)),
      new Change("empty cadre id", false, (l, r) -> set(l.cadres, r, c -> new Cadre("", c.name(), c.position(),
          c.leads()))),
      new Change("repeated cadre id", false, (l, r) -> repeat(l.cadres, r,
          (c, id) -> new Cadre(id, c.name(), c.position(), c.leads()), Cadre::id)),
      new Change("unknown position", false, (l, r) -> set(l.cadres, r, c -> new Cadre(c.id(), c.name(), "NO-SUCH",
          c.leads()))),
      new Change("unknown unit led", false, (l, r) -> set(l.cadres, r, c -> new Cadre(c.id(), c.name(), c.position(),
          List.of("NO-SUCH")))),
      new Change("empty unit led", false, (l, r) -> set(l.cadres, r, c -> new Cadre(c.id(), c.name(), c.position(),
          List.of("")))),
      new Change("task of an unknown cadre", false, (l, r) -> set(l.tasks, r, t -> new Task(t.id(), "NO-SUCH",
          t.kind(), t.title(), t.deadline(), t.basicTarget(), t.approved()))),
      new Change("repeated task id", false, (l, r) -> repeat(l.tasks, r, (t, id) -> new Task(id, t.cadre(), t.kind(),
          t.title(), t.deadline(), t.basicTarget(), t.approved()), Task::id)),
      new Change("task deadline in year 999, written 0999", true, (l, r) -> set(l.tasks, r, t -> new Task(t.id(),
          t.cadre(), t.kind(), t.title(), LocalDate.of(999, 5, 1), t.basicTarget(), t.approved()))),
      new Change("task deadline in year -1", true, (l, r) -> set(l.tasks, r, t -> new Task(t.id(), t.cadre(),
          t.kind(), t.title(), LocalDate.of(-1, 5, 1), t.basicTarget(), t.approved()))),
      new Change("order of an unknown cadre", false,
          (l, r) -> set(l.orders, r, o -> new Order(o.id(), "NO-SUCH", o.title(), o.orderedBy(), o.deadline()))),
      new Change("empty order id", false,
          (l, r) -> set(l.orders, r, o -> new Order("", o.cadre(), o.title(), o.orderedBy(), o.deadline()))),
      new Change("product of an unknown task", false, (l, r) -> set(l.products, r, p -> product(p, "NO-SUCH", null,
          p.target(), p.actual()))),
      new Change("product of an unknown order", false, (l, r) -> set(l.products, r, p -> product(p, null, "NO-SUCH",
          p.target(), p.actual()))),
      new Change("product of both a task and an order", false, (l, r) -> {
        if (!l.tasks.isEmpty() && !l.orders.isEmpty()) {
          set(l.products, r, p -> product(p, l.tasks.get(0).id(), l.orders.get(0).id(), p.target(), p.actual()));
        } else {
          set(l.products, r, p -> product(p, "NO-SUCH", "NO-SUCH", p.target(), p.actual()));
        }
      }),
      new Change("product of neither", false, (l, r) -> set(l.products, r, p -> product(p, null, null, p.target(),
          p.actual()))),
      new Change("repeated product id", false, (l, r) -> repeat(l.products, r, (p, id) -> new Product(id, p.task(),
          p.order(), p.indicator(), p.target(), p.actual(), p.direction(), p.delivered(), p.evidence()), Product::id)),
      new Change("negative target", false, (l, r) -> set(l.products, r, p -> product(p, p.task(), p.order(),
          new BigDecimal("-0.01"), p.actual()))),
      new Change("negative actual", false, (l, r) -> set(l.products, r, p -> product(p, p.task(), p.order(),
          p.target(), new BigDecimal("-1")))),
      new Change("zero target and actual", true, (l, r) -> set(l.products, r, p -> product(p, p.task(), p.order(),
          BigDecimal.ZERO, new BigDecimal("0.000")))),
      new Change("assessment of an unknown cadre", false,
          (l, r) -> set(l.assessments, r, a -> new Assessment("NO-SUCH", a.by(), a.generalPoints()))),
      new Change("second assessment by one role", false, (l, r) -> {
        if (!l.assessments.isEmpty()) {
          l.assessments.add(l.assessments.get(r.nextInt(l.assessments.size())));
        }
      }),
      new Change("general points 30", true,
          (l, r) -> set(l.assessments, r, a -> new Assessment(a.cadre(), a.by(), new BigDecimal("30.000")))),
      new Change("general points above 30", false,
          (l, r) -> set(l.assessments, r, a -> new Assessment(a.cadre(), a.by(), new BigDecimal("30.01")))),
      new Change("negative general points", false,
          (l, r) -> set(l.assessments, r, a -> new Assessment(a.cadre(), a.by(), new BigDecimal("-1")))),
      new Change("discipline of an unknown cadre", false, (l, r) -> set(l.disciplines, r,
          d -> new Discipline("NO-SUCH", d.form(), d.effective(), d.selfRemedied()))),
      new Change("vote of an unknown cadre", false,
          (l, r) -> set(l.votes, r, v -> new ConfidenceVote("NO-SUCH", v.date(), v.voters(), v.low()))),
      new Change("no voters", false, (l, r) -> set(l.votes, r, v -> new ConfidenceVote(v.cadre(), v.date(), 0, 0))),
      new Change("negative low", false,
          (l, r) -> set(l.votes, r, v -> new ConfidenceVote(v.cadre(), v.date(), v.voters(), -1))),
      new Change("low above voters", false,
          (l, r) -> set(l.votes, r, v -> new ConfidenceVote(v.cadre(), v.date(), v.voters(), v.voters() + 1))),
      new Change("low equal to voters", true,
          (l, r) -> set(l.votes, r, v -> new ConfidenceVote(v.cadre(), v.date(), v.voters(), v.voters()))),
      new Change("cadre name at the length limit", true, (l, r) -> set(l.cadres, r,
          c -> new Cadre(c.id(), "a".repeat(MAX_STRING), c.position(), c.leads()))),
      new Change("cadre name one beyond the length limit", false, (l, r) -> set(l.cadres, r,
          c -> new Cadre(c.id(), "a".repeat(MAX_STRING + 1), c.position(), c.leads()))),
      new Change("task title at the limit in characters beyond the Basic Multilingual Plane", true,
          (l, r) -> set(l.tasks, r, t -> new Task(t.id(), t.cadre(), t.kind(), "\uD835\uDC00".repeat(MAX_STRING),
              t.deadline(), t.basicTarget(), t.approved()))),
      new Change("product evidence one beyond the length limit", false, (l, r) -> set(l.products, r,
          p -> new Product(p.id(), p.task(), p.order(), p.indicator(), p.target(), p.actual(), p.direction(),
              p.delivered(), "e".repeat(MAX_STRING + 1)))),
      new Change("order id one beyond the length limit", false, (l, r) -> set(l.orders, r,
          o -> new Order("o".repeat(MAX_STRING + 1), o.cadre(), o.title(), o.orderedBy(), o.deadline()))),
      new Change("target at the maximum amount", true, (l, r) -> set(l.products, r, p -> product(p, p.task(),
          p.order(), ModelCheck.MAX_AMOUNT, p.actual()))),
      new Change("actual above the maximum amount", false, (l, r) -> set(l.products, r, p -> product(p, p.task(),
          p.order(), p.target(), ModelCheck.MAX_AMOUNT.add(new BigDecimal("0.01"))))),
      new Change("target with 12 decimal places and trailing zeros", true, (l, r) -> set(l.products, r,
          p -> product(p, p.task(), p.order(), new BigDecimal("1.000000000001000"), p.actual()))),
      new Change("actual with 13 decimal places", false, (l, r) -> set(l.products, r, p -> product(p, p.task(),
          p.order(), p.target(), new BigDecimal("1.0000000000001")))),
      new Change("actual 1e-999999999", false, (l, r) -> set(l.products, r, p -> product(p, p.task(),
          p.order(), p.target(), new BigDecimal("1e-999999999")))),
      new Change("target 1e999999999", false, (l, r) -> set(l.products, r, p -> product(p, p.task(),
          p.order(), new BigDecimal("1e999999999"), p.actual()))),
      new Change("general points with 13 decimal places", false, (l, r) -> set(l.assessments, r,
          a -> new Assessment(a.cadre(), a.by(), new BigDecimal("12.0000000000001")))),
      new Change("quota percent with 13 decimal places", false, (l, r) -> l.period = period(l.period, null, null,
          null, List.of(new QuotaException(l.positions.get(0).group(), new BigDecimal("50.0000000000001"))))),
      new Change("most voters an int holds", true, (l, r) -> set(l.votes, r,
          v -> new ConfidenceVote(v.cadre(), v.date(), Integer.MAX_VALUE, v.low()))));

  @Property(tries = 400)
  void accepts_agreesWithTheValidator(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int cadres,
      @ForAll @IntRange(min = 0, max = 999) int change, @ForAll boolean withVersions) {
    Change c = CHANGES.get(change % CHANGES.size());
    EvaluationInput input = changed(RandomInputs.generate(seed, cadres, seed % 2 == 0 ? 2019 : 2025), c, seed);
    VersionTimeline versions = withVersions ? VERSIONS : null;
    InputValidator validator = new InputValidator(versions);

    boolean valid = validator.validate(Interchange.mapper().valueToTree(input)).isEmpty();

    assertThat(ModelCheck.accepts(input, versions, InputLimits.defaults())).as(c.name()).isEqualTo(valid);
  }

  @Example
  void accepts_eachChange_asItsNameSays() {
    EvaluationInput original = withEveryKindOfRecord();
    for (Change c : CHANGES) {
      EvaluationInput input = changed(original, c, 7);
      boolean versionChange = c.name().contains("version");
      if (!c.name().equals("nothing")) {
        assertThat(input.equals(original)).as(c.name() + " changes the input").isFalse();
      }

      assertThat(ModelCheck.accepts(input, VERSIONS, InputLimits.defaults())).as(c.name()).isEqualTo(c.keepsValid());
      assertThat(new InputValidator(VERSIONS).validate(Interchange.mapper().valueToTree(input)).isEmpty())
          .as(c.name() + ", by the full validator").isEqualTo(c.keepsValid());
      assertThat(ModelCheck.accepts(input, null, InputLimits.defaults())).as(c.name() + ", versions not checked")
          .isEqualTo(c.keepsValid() || versionChange);
    }
  }

  @Example
  void validate_modelInput_findsTheSameProblemsAsTheTree() {
    EvaluationInput input = changed(RandomInputs.generate(3, 8, 2025), CHANGES.get(30), 3);
    Interchange json = Interchange.standard().withRuleSetVersions(VERSIONS);

    assertThat(json.validate(input)).isNotEmpty()
        .isEqualTo(new InputValidator(VERSIONS).validate(Interchange.mapper().valueToTree(input)).listed());
  }

  // ---- building changed inputs ----------------------------------------------------------------

  /** A generated input with at least two records of every kind, so that every change changes it. */
  private static EvaluationInput withEveryKindOfRecord() {
    for (long seed = 1; ; seed++) {
      EvaluationInput in = RandomInputs.generate(seed, 20, 2025);
      if (java.util.stream.Stream.of(in.units(), in.positions(), in.cadres(), in.tasks(), in.orders(), in.products(),
          in.assessments(), in.disciplines(), in.confidenceVotes()).allMatch(list -> list.size() >= 2)) {
        return in;
      }
    }
  }

  /** The input's lists, to change in place. */
  private static final class Lists {
    EvaluationPeriod period;
    final List<Unit> units;
    final List<Position> positions;
    final List<Cadre> cadres;
    final List<Task> tasks;
    final List<Order> orders;
    final List<Product> products;
    final List<Assessment> assessments;
    final List<Discipline> disciplines;
    final List<ConfidenceVote> votes;

    Lists(EvaluationInput in) {
      period = in.period();
      units = new ArrayList<>(in.units());
      positions = new ArrayList<>(in.positions());
      cadres = new ArrayList<>(in.cadres());
      tasks = new ArrayList<>(in.tasks());
      orders = new ArrayList<>(in.orders());
      products = new ArrayList<>(in.products());
      assessments = new ArrayList<>(in.assessments());
      disciplines = new ArrayList<>(in.disciplines());
      votes = new ArrayList<>(in.confidenceVotes());
    }

    EvaluationInput input() {
      return new EvaluationInput(period, units, positions, cadres, tasks, orders, products, assessments, disciplines,
          votes);
    }
  }

  private static EvaluationInput changed(EvaluationInput in, Change change, long seed) {
    Lists l = new Lists(in);
    change.apply().accept(l, new Random(seed));
    return l.input();
  }

  private static <T> void set(List<T> list, Random random, java.util.function.UnaryOperator<T> change) {
    if (!list.isEmpty()) {
      int i = random.nextInt(list.size());
      list.set(i, change.apply(list.get(i)));
    }
  }

  private static <T> void repeat(List<T> list, Random random, BiConsumerWithResult<T> withId,
      java.util.function.Function<T, String> id) {
    if (list.size() > 1) {
      int from = random.nextInt(list.size());
      int to = (from + 1 + random.nextInt(list.size() - 1)) % list.size();
      list.set(to, withId.apply(list.get(to), id.apply(list.get(from))));
    }
  }

  @FunctionalInterface
  private interface BiConsumerWithResult<T> {
    T apply(T item, String id);
  }

  private static EvaluationPeriod period(EvaluationPeriod p, String id, String version, LocalDate end,
      List<QuotaException> exceptions) {
    return new EvaluationPeriod(id == null ? p.id() : id, p.start(), end == null ? p.end() : end,
        version == null ? p.ruleSetVersion() : version, exceptions == null ? p.quotaExceptions() : exceptions);
  }

  private static Product product(Product p, String task, String order, BigDecimal target, BigDecimal actual) {
    return new Product(p.id(), task, order, p.indicator(), target, actual, p.direction(), p.delivered(),
        p.evidence());
  }
}

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
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * The fast acceptance test agrees with the full validator: it accepts exactly the inputs in which
 * {@link InputValidator} finds no problem, for valid inputs and for inputs broken (or changed within
 * the contract's bounds) in each of the ways below, the fields of continuous evaluation included
 * (generated with {@link RandomInputs#continuous}, and changed below).
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
          v -> new ConfidenceVote(v.cadre(), v.date(), Integer.MAX_VALUE, v.low()))),
      // ---- continuous evaluation
      new Change("quarterly reviews", true, (l, r) -> l.period = reviews(l.period, quarters(l.period))),
      new Change("one review over the period", true, (l, r) -> l.period = reviews(l.period,
          List.of(new Review("all", l.period.start(), l.period.end())))),
      new Change("reviews with a gap", false, (l, r) -> l.period = reviews(l.period, edit(quarters(l.period), 1,
          q -> new Review(q.id(), q.start().plusDays(1), q.end())))),
      new Change("reviews overlapping", false, (l, r) -> l.period = reviews(l.period, edit(quarters(l.period), 2,
          q -> new Review(q.id(), q.start().minusDays(1), q.end())))),
      new Change("first review after the period's start", false, (l, r) -> l.period = reviews(l.period,
          edit(quarters(l.period), 0, q -> new Review(q.id(), q.start().plusDays(1), q.end())))),
      new Change("last review before the period's end", false, (l, r) -> l.period = reviews(l.period,
          edit(quarters(l.period), 3, q -> new Review(q.id(), q.start(), q.end().minusDays(1))))),
      new Change("reviews out of date order", false, (l, r) -> {
        List<Review> q = new ArrayList<>(quarters(l.period));
        java.util.Collections.swap(q, 1, 2);
        l.period = reviews(l.period, q);
      }),
      new Change("repeated review id", false, (l, r) -> l.period = reviews(l.period, edit(quarters(l.period), 3,
          q -> new Review("Q1", q.start(), q.end())))),
      new Change("empty review id", false, (l, r) -> l.period = reviews(l.period, edit(quarters(l.period), 1,
          q -> new Review("", q.start(), q.end())))),
      new Change("review id one beyond the length limit", false, (l, r) -> l.period = reviews(l.period,
          edit(quarters(l.period), 0, q -> new Review("q".repeat(MAX_STRING + 1), q.start(), q.end())))),
      new Change("review ending before it starts", false, (l, r) -> {
        LocalDate mid = l.period.start().plusDays(100);
        l.period = reviews(l.period, List.of(new Review("a", l.period.start(), mid),
            new Review("b", mid.plusDays(1), mid), new Review("c", mid.plusDays(1), l.period.end())));
      }),
      new Change("conversion 1.000", true, (l, r) -> set(l.products, r, p -> continuous(p, new BigDecimal("1.000"),
          p.due(), p.qualityFailures(), p.delays(), p.excuses()))),
      new Change("conversion 0", false, (l, r) -> set(l.products, r, p -> continuous(p, BigDecimal.ZERO, p.due(),
          p.qualityFailures(), p.delays(), p.excuses()))),
      new Change("negative conversion", false, (l, r) -> set(l.products, r, p -> continuous(p,
          new BigDecimal("-0.5"), p.due(), p.qualityFailures(), p.delays(), p.excuses()))),
      new Change("conversion at the maximum amount", true, (l, r) -> set(l.products, r, p -> continuous(p,
          ModelCheck.MAX_AMOUNT, p.due(), p.qualityFailures(), p.delays(), p.excuses()))),
      new Change("conversion above the maximum amount", false, (l, r) -> set(l.products, r, p -> continuous(p,
          ModelCheck.MAX_AMOUNT.add(BigDecimal.ONE), p.due(), p.qualityFailures(), p.delays(), p.excuses()))),
      new Change("conversion with 13 decimal places", false, (l, r) -> set(l.products, r, p -> continuous(p,
          new BigDecimal("0.0000000000001"), p.due(), p.qualityFailures(), p.delays(), p.excuses()))),
      new Change("due before the period", true, (l, r) -> set(l.products, r, p -> continuous(p, p.conversion(),
          l.period.start().minusDays(40), p.qualityFailures(), p.delays(), p.excuses()))),
      new Change("negative quality failures", false, (l, r) -> set(l.products, r, p -> continuous(p, p.conversion(),
          p.due(), -1, p.delays(), p.excuses()))),
      new Change("negative delays", false, (l, r) -> set(l.products, r, p -> continuous(p, p.conversion(), p.due(),
          p.qualityFailures(), -1, p.excuses()))),
      new Change("most delays an int holds", true, (l, r) -> set(l.products, r, p -> continuous(p, p.conversion(),
          p.due(), Integer.MAX_VALUE, Integer.MAX_VALUE, p.excuses()))),
      new Change("as many QUALITY excuses as quality failures", true, (l, r) -> set(l.products, r,
          p -> continuous(p, p.conversion(), p.due(), 2, p.delays(), List.of(excuse(ExcuseKind.QUALITY),
              excuse(ExcuseKind.QUALITY))))),
      new Change("a QUALITY excuse beyond the quality failures", false, (l, r) -> set(l.products, r,
          p -> continuous(p, p.conversion(), p.due(), 1, 5, List.of(excuse(ExcuseKind.QUALITY),
              excuse(ExcuseKind.DELAY), excuse(ExcuseKind.QUALITY))))),
      new Change("a DELAY excuse of a product delivered after its due date", true, (l, r) -> set(l.products, r,
          p -> late(p, l, 1, 0, List.of(excuse(ExcuseKind.DELAY))))),
      new Change("a DELAY excuse of a product delivered after its owner's deadline", true, (l, r) ->
          set(l.products, r, p -> late(p, l, 1, null, List.of(excuse(ExcuseKind.DELAY))))),
      new Change("a DELAY excuse of a product delivered on its due date", false, (l, r) -> set(l.products, r,
          p -> late(p, l, 0, 0, List.of(excuse(ExcuseKind.DELAY))))),
      new Change("a DELAY excuse of a product delivered on its owner's deadline", false, (l, r) ->
          set(l.products, r, p -> late(p, l, 0, null, List.of(excuse(ExcuseKind.DELAY))))),
      new Change("two DELAY excuses of a product late once", false, (l, r) -> set(l.products, r,
          p -> late(p, l, 3, 0, List.of(excuse(ExcuseKind.DELAY), excuse(ExcuseKind.DELAY))))),
      new Change("two DELAY excuses for two delays", true, (l, r) -> set(l.products, r,
          p -> late(p, l, 3, 2, List.of(excuse(ExcuseKind.DELAY), excuse(ExcuseKind.DELAY))))),
      new Change("a DELAY excuse of a product never delivered", false, (l, r) -> set(l.products, r,
          p -> new Product(p.id(), p.task(), p.order(), p.indicator(), p.target(), p.actual(), p.direction(), null,
              p.evidence(), p.conversion(), p.due(), p.qualityFailures(), 0, List.of(excuse(ExcuseKind.DELAY))))),
      new Change("a blank approver", false, (l, r) -> set(l.products, r, p -> continuous(p, p.conversion(), p.due(),
          1, p.delays(), List.of(new Excuse(ExcuseKind.QUALITY, " \t\r\n\f\u000B", null))))),
      new Change("an approver of a no-break space", true, (l, r) -> set(l.products, r, p -> continuous(p,
          p.conversion(), p.due(), 1, p.delays(), List.of(new Excuse(ExcuseKind.QUALITY, "\u00A0", null))))),
      new Change("an excuse note one beyond the length limit", false, (l, r) -> set(l.products, r,
          p -> continuous(p, p.conversion(), p.due(), 1, p.delays(),
              List.of(new Excuse(ExcuseKind.QUALITY, "Sở Nội vụ", "n".repeat(MAX_STRING + 1)))))),
      new Change("a corruption finding", true, (l, r) -> set(l.units, r, u -> new Unit(u.id(), u.name(), u.rating(),
          !u.corruptionFinding()))),
      new Change("a survey", true, (l, r) -> l.surveys.add(survey(l, 200, 163))),
      new Change("a survey with every respondent satisfied", true, (l, r) -> l.surveys.add(survey(l, 1, 1))),
      new Change("a survey of an unknown cadre", false, (l, r) -> l.surveys.add(
          new Survey("NO-SUCH", l.period.end(), 10, 5))),
      new Change("a survey without respondents", false, (l, r) -> l.surveys.add(survey(l, 0, 0))),
      new Change("a survey with negative satisfied", false, (l, r) -> l.surveys.add(survey(l, 10, -1))),
      new Change("a survey with more satisfied than respondents", false, (l, r) -> l.surveys.add(survey(l, 10, 11))),
      new Change("a survey of an empty cadre id", false, (l, r) -> l.surveys.add(
          new Survey("", l.period.end(), 10, 5))));

  @Property(tries = 800)
  void accepts_agreesWithTheValidator(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int cadres,
      @ForAll @IntRange(min = 0, max = 999) int change, @ForAll boolean withVersions) {
    Change c = CHANGES.get(change % CHANGES.size());
    EvaluationInput generated = RandomInputs.generate(seed, cadres, seed % 2 == 0 ? 2019 : 2025);
    EvaluationInput input = changed(seed % 3 == 0 ? generated : RandomInputs.continuous(generated, seed), c, seed);
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
      boolean versionChange = c.name().matches(".*\\bversion\\b.*");
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
    final List<Survey> surveys;

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
      surveys = new ArrayList<>(in.surveys());
    }

    EvaluationInput input() {
      return new EvaluationInput(period, units, positions, cadres, tasks, orders, products, assessments, disciplines,
          votes, surveys);
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
        version == null ? p.ruleSetVersion() : version, exceptions == null ? p.quotaExceptions() : exceptions,
        p.reviews());
  }

  private static EvaluationPeriod reviews(EvaluationPeriod p, List<Review> reviews) {
    return new EvaluationPeriod(p.id(), p.start(), p.end(), p.ruleSetVersion(), p.quotaExceptions(), reviews);
  }

  /** The period cut in four at its quarter days (the generated periods are calendar years). */
  private static List<Review> quarters(EvaluationPeriod p) {
    List<Review> out = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      LocalDate start = p.start().plusMonths(3L * q);
      out.add(new Review("Q" + (q + 1), start, q == 3 ? p.end() : start.plusMonths(3).minusDays(1)));
    }
    return out;
  }

  private static List<Review> edit(List<Review> reviews, int i, java.util.function.UnaryOperator<Review> change) {
    List<Review> out = new ArrayList<>(reviews);
    out.set(i, change.apply(out.get(i)));
    return out;
  }

  private static Product continuous(Product p, BigDecimal conversion, LocalDate due, int qualityFailures,
      int delays, List<Excuse> excuses) {
    return new Product(p.id(), p.task(), p.order(), p.indicator(), p.target(), p.actual(), p.direction(),
        p.delivered(), p.evidence(), conversion, due, qualityFailures, delays, excuses);
  }

  /**
   * The product delivered {@code daysLate} after its due date: its own, 10 days into the period, when
   * {@code delays} is given; its owner's deadline when {@code delays} is null (and then 0).
   */
  private static Product late(Product p, Lists l, int daysLate, Integer delays, List<Excuse> excuses) {
    LocalDate due = delays != null ? l.period.start().plusDays(10) : null;
    LocalDate deadline = p.task() != null
        ? l.tasks.stream().filter(t -> t.id().equals(p.task())).findFirst().orElseThrow().deadline()
        : l.orders.stream().filter(o -> o.id().equals(p.order())).findFirst().orElseThrow().deadline();
    LocalDate delivered = (due != null ? due : deadline).plusDays(daysLate);
    return new Product(p.id(), p.task(), p.order(), p.indicator(), p.target(), p.actual(), p.direction(), delivered,
        p.evidence(), p.conversion(), due, p.qualityFailures(), delays == null ? 0 : delays, excuses);
  }

  private static Excuse excuse(ExcuseKind kind) {
    return new Excuse(kind, "Sở Nội vụ", null);
  }

  private static Survey survey(Lists l, int respondents, int satisfied) {
    return new Survey(l.cadres.get(0).id(), l.period.end(), respondents, satisfied);
  }

  private static Product product(Product p, String task, String order, BigDecimal target, BigDecimal actual) {
    return new Product(p.id(), task, order, p.indicator(), target, actual, p.direction(), p.delivered(),
        p.evidence());
  }
}

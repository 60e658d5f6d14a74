package vn.danhgia.evaluation.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.AssessorRole;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Direction;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.DisciplineForm;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
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

/**
 * A fluent way to state an evaluation situation: a period, cadres, and for each only what the test
 * is about. Everything left unsaid takes a plain default: the period is a calendar year; a cadre
 * holds a position of its own peer group {@code LEADERS} that must register a breakthrough task;
 * tasks and orders are due on the period's last day; a product is delivered on 30 November, with
 * more being better; there are no reviews (the period is one), conversion factors are 1, products are
 * due on their owner's deadline, without quality failures, delays or excuses. The ids of tasks, orders
 * and products are qualified by their cadre's id, so
 * that every cadre may use the same short names: task {@code A1} of cadre {@code C1} is {@code
 * C1.A1} in the input, and its first product {@code C1.A1-P1}.
 *
 * <pre>{@code
 * EvaluationInput input = Situation.year(2025)
 *     .cadre("C1", c -> c.superior("27.5")
 *         .annual("A1", t -> t.product("10", "12"))
 *         .breakthrough("B1", t -> t.product("1", "1"))
 *         .order("O1", o -> o.product("10", "9")))
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; {@link #build()} may be called more than once.
 */
public final class Situation {
  /** The peer group of the default position. */
  public static final String DEFAULT_GROUP = "LEADERS";
  /** The code of the default position. */
  public static final String DEFAULT_POSITION = "LEADER";

  private final EvaluationPeriod period;
  private final Map<String, Position> positions = new LinkedHashMap<>();
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final List<CadreBuilder> cadres = new ArrayList<>();
  private final List<QuotaException> quotaExceptions = new ArrayList<>();
  private final List<Review> reviews = new ArrayList<>();
  private @Nullable String ruleSetVersion;

  private Situation(EvaluationPeriod period) {
    this.period = period;
    positions.put(DEFAULT_POSITION, new Position(DEFAULT_POSITION, "Lãnh đạo", DEFAULT_GROUP, true));
  }

  /**
   * @param year the calendar year evaluated
   * @return a situation over that year
   */
  public static Situation year(int year) {
    return new Situation(EvaluationPeriod.of(String.valueOf(year), LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31)));
  }

  /**
   * Adds or replaces a position.
   *
   * @param code the position's code
   * @param group its peer group
   * @param mustRegisterBreakthrough whether its holder must register a breakthrough task
   * @return this situation
   */
  public Situation position(String code, String group, boolean mustRegisterBreakthrough) {
    positions.put(code, new Position(code, "Chức danh " + code, group, mustRegisterBreakthrough));
    return this;
  }

  /**
   * Adds a unit.
   *
   * @param id the unit's id
   * @param rating its rating, or {@code null} for none
   * @return this situation
   */
  public Situation unit(String id, @Nullable Rating rating) {
    units.put(id, new Unit(id, "Đơn vị " + id, rating));
    return this;
  }

  /**
   * Marks a unit added with {@link #unit} as handled for corruption or waste in the period.
   *
   * @param id the unit's id
   * @return this situation
   */
  public Situation corruptionFinding(String id) {
    Unit u = units.get(id);
    units.put(id, new Unit(id, u.name(), u.rating(), true));
    return this;
  }

  /**
   * Divides the period into reviews, replacing any given before.
   *
   * @param list the reviews, in date order
   * @return this situation
   */
  public Situation reviews(Review... list) {
    reviews.clear();
    reviews.addAll(List.of(list));
    return this;
  }

  /** @return this situation, its year divided into the quarters {@code YYYY-Q1} to {@code YYYY-Q4} */
  public Situation quarterly() {
    List<Review> quarters = new ArrayList<>();
    for (int q = 0; q < 4; q++) {
      LocalDate first = period.start().plusMonths(3L * q);
      quarters.add(new Review(period.id() + "-Q" + (q + 1), first, first.plusMonths(3).minusDays(1)));
    }
    return reviews(quarters.toArray(new Review[0]));
  }

  /**
   * Names the rule set version the input asks for.
   *
   * @param version the version
   * @return this situation
   */
  public Situation ruleSetVersion(String version) {
    this.ruleSetVersion = version;
    return this;
  }

  /**
   * Adds an approved quota exception.
   *
   * @param group the peer group
   * @param percent its percent
   * @return this situation
   */
  public Situation quotaException(String group, int percent) {
    quotaExceptions.add(new QuotaException(group, BigDecimal.valueOf(percent)));
    return this;
  }

  /**
   * Adds a cadre.
   *
   * @param id the cadre's id
   * @param details what matters about the cadre
   * @return this situation
   */
  public Situation cadre(String id, Consumer<CadreBuilder> details) {
    CadreBuilder c = new CadreBuilder(id);
    details.accept(c);
    cadres.add(c);
    return this;
  }

  /** @return the period's first day */
  public LocalDate start() {
    return period.start();
  }

  /** @return the period's last day */
  public LocalDate end() {
    return period.end();
  }

  /** @return the input */
  public EvaluationInput build() {
    List<Cadre> cs = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    List<Discipline> disciplines = new ArrayList<>();
    List<ConfidenceVote> votes = new ArrayList<>();
    List<Survey> surveys = new ArrayList<>();
    for (CadreBuilder c : cadres) {
      cs.add(new Cadre(c.id, "Cán bộ " + c.id, c.position, c.leads));
      for (WorkBuilder w : c.work) {
        String workId = c.id + "." + w.id;
        if (w.order) {
          orders.add(new Order(workId, c.id, "Việc đặt hàng " + w.id, "Ban Thường vụ Tỉnh ủy", w.deadline));
        } else {
          tasks.add(new Task(workId, c.id, w.kind, "Nhiệm vụ " + w.id, w.deadline, w.basicTarget, w.approved));
        }
        for (ProductBuilder p : w.products) {
          products.add(new Product(c.id + "." + p.id, w.order ? null : workId, w.order ? workId : null,
              "Chỉ tiêu " + p.id, p.target, p.actual, p.direction, p.delivered, null, p.conversion, p.due,
              p.qualityFailures, p.delays, p.excuses));
        }
      }
      assessments.addAll(c.assessments);
      disciplines.addAll(c.disciplines);
      votes.addAll(c.votes);
      surveys.addAll(c.surveys);
    }
    EvaluationPeriod p = new EvaluationPeriod(period.id(), period.start(), period.end(), ruleSetVersion,
        quotaExceptions, reviews);
    return new EvaluationInput(p, List.copyOf(units.values()), List.copyOf(positions.values()), cs, tasks,
        orders, products, assessments, disciplines, votes, surveys);
  }

  /** What matters about one cadre. */
  public final class CadreBuilder {
    private final String id;
    private String position = DEFAULT_POSITION;
    private final List<String> leads = new ArrayList<>();
    private final List<WorkBuilder> work = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Discipline> disciplines = new ArrayList<>();
    private final List<ConfidenceVote> votes = new ArrayList<>();
    private final List<Survey> surveys = new ArrayList<>();

    private CadreBuilder(String id) {
      this.id = id;
    }

    /**
     * @param code the code of a position added with {@link Situation#position}
     * @return this cadre
     */
    public CadreBuilder position(String code) {
      this.position = code;
      return this;
    }

    /**
     * @param unitIds the units the cadre leads, added with {@link Situation#unit}
     * @return this cadre
     */
    public CadreBuilder leads(String... unitIds) {
      leads.addAll(List.of(unitIds));
      return this;
    }

    /**
     * @param points the superior's general points
     * @return this cadre
     */
    public CadreBuilder superior(String points) {
      return assessed(AssessorRole.SUPERIOR, points);
    }

    /**
     * @param points the collective's general points
     * @return this cadre
     */
    public CadreBuilder collective(String points) {
      return assessed(AssessorRole.COLLECTIVE, points);
    }

    /**
     * @param points the cadre's own general points
     * @return this cadre
     */
    public CadreBuilder self(String points) {
      return assessed(AssessorRole.SELF, points);
    }

    private CadreBuilder assessed(AssessorRole by, String points) {
      assessments.add(new Assessment(id, by, new BigDecimal(points)));
      return this;
    }

    /**
     * @param taskId the annual task's id
     * @param details its products and deadline
     * @return this cadre
     */
    public CadreBuilder annual(String taskId, Consumer<WorkBuilder> details) {
      return work(new WorkBuilder(taskId, TaskKind.ANNUAL, false, true), details);
    }

    /**
     * Adds an approved breakthrough task (use {@link WorkBuilder#unapproved()} for one that is not).
     *
     * @param taskId the task's id
     * @param details its products and deadline
     * @return this cadre
     */
    public CadreBuilder breakthrough(String taskId, Consumer<WorkBuilder> details) {
      return work(new WorkBuilder(taskId, TaskKind.BREAKTHROUGH, false, true), details);
    }

    /**
     * @param orderId the order's id
     * @param details its products and deadline
     * @return this cadre
     */
    public CadreBuilder order(String orderId, Consumer<WorkBuilder> details) {
      return work(new WorkBuilder(orderId, TaskKind.ANNUAL, true, true), details);
    }

    private CadreBuilder work(WorkBuilder w, Consumer<WorkBuilder> details) {
      details.accept(w);
      work.add(w);
      return this;
    }

    /**
     * @param form the discipline's form
     * @param effective the day it took effect
     * @param selfRemedied whether the cadre remedied the consequences
     * @return this cadre
     */
    public CadreBuilder discipline(DisciplineForm form, LocalDate effective, boolean selfRemedied) {
      disciplines.add(new Discipline(id, form, effective, selfRemedied));
      return this;
    }

    /**
     * @param date the vote's day
     * @param voters how many voted
     * @param low how many voted low confidence
     * @return this cadre
     */
    public CadreBuilder vote(LocalDate date, int voters, int low) {
      votes.add(new ConfidenceVote(id, date, voters, low));
      return this;
    }

    /**
     * @param date the survey's day
     * @param respondents how many answered
     * @param satisfied how many were satisfied
     * @return this cadre
     */
    public CadreBuilder survey(LocalDate date, int respondents, int satisfied) {
      surveys.add(new Survey(id, date, respondents, satisfied));
      return this;
    }
  }

  /** A task or an order and its products. */
  public final class WorkBuilder {
    private final String id;
    private final TaskKind kind;
    private final boolean order;
    private boolean approved;
    private boolean basicTarget;
    private LocalDate deadline = period.end();
    private final List<ProductBuilder> products = new ArrayList<>();

    private WorkBuilder(String id, TaskKind kind, boolean order, boolean approved) {
      this.id = id;
      this.kind = kind;
      this.order = order;
      this.approved = approved;
    }

    /**
     * @param day the deadline
     * @return this work
     */
    public WorkBuilder due(LocalDate day) {
      this.deadline = day;
      return this;
    }

    /** @return this breakthrough task, not approved */
    public WorkBuilder unapproved() {
      this.approved = false;
      return this;
    }

    /** @return this annual task, marked a basic target */
    public WorkBuilder basicTarget() {
      this.basicTarget = true;
      return this;
    }

    /**
     * Adds a product delivered on 30 November, more being better.
     *
     * @param target the target
     * @param actual the value achieved
     * @return this work
     */
    public WorkBuilder product(String target, String actual) {
      return product(target, actual, p -> { });
    }

    /**
     * Adds a product.
     *
     * @param target the target
     * @param actual the value achieved
     * @param details its delivery and direction
     * @return this work
     */
    public WorkBuilder product(String target, String actual, Consumer<ProductBuilder> details) {
      ProductBuilder p = new ProductBuilder(id + "-P" + (products.size() + 1), new BigDecimal(target),
          new BigDecimal(actual));
      details.accept(p);
      products.add(p);
      return this;
    }

    /** @return this work, with one product that exceeds its target (10 against 12) */
    public WorkBuilder exceeded() {
      return product("10", "12");
    }

    /** @return this work, with one product that meets its target exactly (10 against 10) */
    public WorkBuilder met() {
      return product("10", "10");
    }

    /** @return this work, with one product that misses its target (10 against 9) */
    public WorkBuilder missed() {
      return product("10", "9");
    }

    /** @return this work, with one met product delivered the day after its deadline */
    public WorkBuilder late() {
      LocalDate day = deadline.plusDays(1);
      return product("10", "10", p -> p.delivered(day));
    }
  }

  /** One product. */
  public final class ProductBuilder {
    private final String id;
    private final BigDecimal target;
    private final BigDecimal actual;
    private Direction direction = Direction.HIGHER_IS_BETTER;
    private @Nullable LocalDate delivered = LocalDate.of(period.end().getYear(), 11, 30);
    private BigDecimal conversion = BigDecimal.ONE;
    private @Nullable LocalDate due;
    private int qualityFailures;
    private int delays;
    private final List<Excuse> excuses = new ArrayList<>();

    private ProductBuilder(String id, BigDecimal target, BigDecimal actual) {
      this.id = id;
      this.target = target;
      this.actual = actual;
    }

    /**
     * @param day the day it was delivered
     * @return this product
     */
    public ProductBuilder delivered(LocalDate day) {
      this.delivered = day;
      return this;
    }

    /** @return this product, never delivered */
    public ProductBuilder notDelivered() {
      this.delivered = null;
      return this;
    }

    /** @return this product, less being better */
    public ProductBuilder lowerIsBetter() {
      this.direction = Direction.LOWER_IS_BETTER;
      return this;
    }

    /**
     * @param factor its conversion factor (default 1)
     * @return this product
     */
    public ProductBuilder conversion(String factor) {
      this.conversion = new BigDecimal(factor);
      return this;
    }

    /**
     * @param day its own due date (default: its task's or order's deadline)
     * @return this product
     */
    public ProductBuilder due(LocalDate day) {
      this.due = day;
      return this;
    }

    /**
     * @param count how many quality reviews it failed
     * @return this product
     */
    public ProductBuilder qualityFailures(int count) {
      this.qualityFailures = count;
      return this;
    }

    /**
     * @param count how many delays it records
     * @return this product
     */
    public ProductBuilder delays(int count) {
      this.delays = count;
      return this;
    }

    /**
     * @param kind what the excuse cancels
     * @param approvedBy who approved it
     * @return this product
     */
    public ProductBuilder excuse(ExcuseKind kind, String approvedBy) {
      excuses.add(new Excuse(kind, approvedBy, null));
      return this;
    }
  }
}

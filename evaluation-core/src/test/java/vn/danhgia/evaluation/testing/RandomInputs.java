package vn.danhgia.evaluation.testing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.danhgia.evaluation.model.Assessment;
import vn.danhgia.evaluation.model.AssessorRole;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.ConfidenceVote;
import vn.danhgia.evaluation.model.Direction;
import vn.danhgia.evaluation.model.Discipline;
import vn.danhgia.evaluation.model.DisciplineForm;
import vn.danhgia.evaluation.model.Excuse;
import vn.danhgia.evaluation.model.ExcuseKind;
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

/**
 * Valid evaluation inputs drawn from a seeded {@link Random}: the same seed and size give the same
 * input. Values cluster around the criteria's boundaries (targets met exactly, deliveries on the
 * deadline, scores near the thresholds) so that properties meet the edge cases often.
 */
public final class RandomInputs {
  private final Random random;
  private final int cadres;
  private final int year;

  private RandomInputs(Random random, int cadres, int year) {
    this.random = random;
    this.cadres = cadres;
    this.year = year;
  }

  /**
   * @param seed the seed
   * @param cadres how many cadres
   * @param year the period's year; 2019 to 2024 fall under the 2019.1 rule set, 2025 on under 2025.1
   * @return a valid input
   */
  public static EvaluationInput generate(long seed, int cadres, int year) {
    return new RandomInputs(new Random(seed), cadres, year).input();
  }

  private EvaluationInput input() {
    LocalDate start = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year, 12, 31);
    int groupCount = 1 + random.nextInt(3);
    List<Position> positions = new ArrayList<>();
    int positionCount = groupCount + random.nextInt(3);
    for (int i = 0; i < positionCount; i++) {
      positions.add(new Position("POS" + i, "Chức danh " + i, "G" + (i % groupCount), random.nextInt(3) > 0));
    }
    List<Unit> units = new ArrayList<>();
    int unitCount = random.nextInt(6);
    for (int i = 0; i < unitCount; i++) {
      Rating rating = random.nextInt(5) == 0 ? null : pick(Rating.values(), 0.45, 0.3, 0.15, 0.1);
      units.add(new Unit("U" + i, "Đơn vị " + i, rating));
    }
    List<Cadre> cadreList = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    List<Order> orders = new ArrayList<>();
    List<Product> products = new ArrayList<>();
    List<Assessment> assessments = new ArrayList<>();
    List<Discipline> disciplines = new ArrayList<>();
    List<ConfidenceVote> votes = new ArrayList<>();
    for (int c = 0; c < cadres; c++) {
      String id = String.format("C%05d", c);
      List<String> leads = new ArrayList<>();
      for (Unit u : units) {
        if (random.nextInt(4) == 0) {
          leads.add(u.id());
        }
      }
      cadreList.add(new Cadre(id, "Cán bộ " + c, positions.get(random.nextInt(positions.size())).code(), leads));
      // Most cadres deliver: strong ones rarely miss a product, weak ones often do.
      double roll = random.nextDouble();
      double miss = roll < 0.55 ? 0.02 : roll < 0.85 ? 0.12 : 0.4;
      int annual = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(4);
      for (int t = 0; t < annual; t++) {
        Task task = new Task(id + "-A" + t, id, TaskKind.ANNUAL, "Nhiệm vụ " + t, deadline(end),
            random.nextInt(4) == 0, false);
        tasks.add(task);
        products(task.id(), null, task.deadline(), end, miss, products);
      }
      int breakthrough = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(random.nextInt(5) == 0 ? 2 : 1);
      for (int t = 0; t < breakthrough; t++) {
        Task task = new Task(id + "-B" + t, id, TaskKind.BREAKTHROUGH, "Việc đột phá " + t, deadline(end),
            false, random.nextInt(6) > 0);
        tasks.add(task);
        products(task.id(), null, task.deadline(), end, miss, products);
      }
      int orderCount = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
      for (int o = 0; o < orderCount; o++) {
        Order order = new Order(id + "-O" + o, id, "Việc đặt hàng " + o,
            random.nextBoolean() ? "Ban Thường vụ Tỉnh ủy" : null, deadline(end));
        orders.add(order);
        products(null, order.id(), order.deadline(), end, miss, products);
      }
      BigDecimal decided = points(30);
      if (random.nextInt(10) > 0) {
        AssessorRole decider = random.nextInt(4) == 0 ? AssessorRole.COLLECTIVE : AssessorRole.SUPERIOR;
        assessments.add(new Assessment(id, decider, decided));
        if (decider == AssessorRole.SUPERIOR && random.nextInt(3) == 0) {
          assessments.add(new Assessment(id, AssessorRole.COLLECTIVE, points(30)));
        }
      }
      if (random.nextBoolean()) {
        BigDecimal self = random.nextInt(4) == 0 ? decided.add(BigDecimal.TEN).min(BigDecimal.valueOf(30))
            : points(30);
        assessments.add(new Assessment(id, AssessorRole.SELF, self));
      }
      if (random.nextInt(8) == 0) {
        disciplines.add(new Discipline(id, pick(DisciplineForm.values()), around(start, end),
            random.nextBoolean()));
      }
      int voteCount = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
      for (int v = 0; v < voteCount; v++) {
        int voters = 1 + random.nextInt(60);
        int low = random.nextInt(3) == 0 ? voters / 2 + random.nextInt(2) : random.nextInt(voters + 1);
        votes.add(new ConfidenceVote(id, around(start, end), voters, Math.min(low, voters)));
      }
    }
    List<QuotaException> exceptions = new ArrayList<>();
    if (random.nextInt(4) == 0) {
      exceptions.add(new QuotaException("G0", BigDecimal.valueOf(random.nextInt(101))));
    }
    EvaluationPeriod period = new EvaluationPeriod(String.valueOf(year), start, end, null, exceptions);
    return new EvaluationInput(period, units, positions, cadreList, tasks, orders, products, assessments,
        disciplines, votes);
  }

  private void products(String task, String order, LocalDate deadline, LocalDate end, double miss,
      List<Product> out) {
    int count = random.nextInt(12) == 0 ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      String owner = task != null ? task : order;
      Direction direction = random.nextInt(4) == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
      BigDecimal target = amount();
      BigDecimal better = direction == Direction.HIGHER_IS_BETTER ? BigDecimal.ONE : BigDecimal.ONE.negate();
      BigDecimal actual;
      LocalDate delivered;
      if (random.nextDouble() < miss) {
        // A miss: short of the target, or not delivered, or delivered after the period.
        actual = random.nextBoolean() ? target.subtract(better).max(BigDecimal.ZERO) : target;
        delivered = switch (random.nextInt(3)) {
          case 0 -> null;
          case 1 -> end.plusDays(1 + random.nextInt(3));
          default -> deadline.minusDays(random.nextInt(30));
        };
      } else {
        actual = switch (random.nextInt(5)) {
          case 0, 1 -> target;
          case 2 -> target.add(better).max(BigDecimal.ZERO);
          default -> direction == Direction.HIGHER_IS_BETTER ? target.add(amount()) : target.multiply(new BigDecimal("0.5"));
        };
        delivered = switch (random.nextInt(12)) {
          case 0 -> deadline;
          case 1 -> deadline.plusDays(1).isAfter(end) ? deadline : deadline.plusDays(1);
          case 2 -> end;
          default -> deadline.minusDays(random.nextInt(60));
        };
        if (delivered.isAfter(end)) {
          delivered = end;
        }
      }
      out.add(new Product(owner + "-P" + i, task, order, "Chỉ tiêu " + i, target, actual, direction, delivered,
          random.nextBoolean() ? "Báo cáo số " + random.nextInt(500) + "/BC" : null));
    }
  }

  private LocalDate deadline(LocalDate end) {
    return switch (random.nextInt(12)) {
      case 0 -> end.plusDays(1 + random.nextInt(180));
      case 1 -> end;
      default -> end.minusDays(random.nextInt(300));
    };
  }

  private LocalDate around(LocalDate start, LocalDate end) {
    return switch (random.nextInt(6)) {
      case 0 -> start;
      case 1 -> end;
      case 2 -> start.minusDays(1 + random.nextInt(60));
      default -> start.plusDays(random.nextInt((int) (end.toEpochDay() - start.toEpochDay()) + 1));
    };
  }

  private BigDecimal amount() {
    return BigDecimal.valueOf(random.nextInt(20_000), random.nextInt(3));
  }

  private BigDecimal points(int max) {
    int lowest = random.nextInt(6) == 0 ? 0 : 18;
    return BigDecimal.valueOf(lowest * 100L + random.nextInt((max - lowest) * 100 + 1), 2);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(T[] values, double... weights) {
    double x = random.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  /**
   * The same input with the fields of continuous evaluation drawn at random, all valid: the period cut
   * into one, four, twelve or uneven reviews (or none), conversion factors, due dates (none, the
   * owner's deadline, a review's first or last day, before the start, after the end, within), quality
   * failures, delays and excuses within them, corruption findings and satisfaction surveys.
   *
   * @param input a valid input
   * @param seed the seed
   * @return the input with those fields
   */
  public static EvaluationInput continuous(EvaluationInput input, long seed) {
    Random r = new Random(seed);
    EvaluationPeriod p = input.period();
    EvaluationPeriod period = new EvaluationPeriod(p.id(), p.start(), p.end(), p.ruleSetVersion(),
        p.quotaExceptions(), reviews(p.start(), p.end(), r));
    List<Unit> units = input.units().stream()
        .map(u -> new Unit(u.id(), u.name(), u.rating(), r.nextInt(6) == 0)).toList();
    Map<String, LocalDate> deadlines = new HashMap<>();
    input.tasks().forEach(t -> deadlines.put("T" + t.id(), t.deadline()));
    input.orders().forEach(o -> deadlines.put("O" + o.id(), o.deadline()));
    List<Product> products = new ArrayList<>();
    BigDecimal[] conversions = {BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("1.5"), new BigDecimal("0.5"),
        new BigDecimal("2.00"), new BigDecimal("0.25")};
    for (Product x : input.products()) {
      LocalDate deadline = deadlines.get(x.task() != null ? "T" + x.task() : "O" + x.order());
      List<Review> tiling = period.reviewsOrWhole();
      Review near = tiling.get(r.nextInt(tiling.size()));
      LocalDate due = switch (r.nextInt(9)) {
        case 0, 1 -> null;
        case 2 -> deadline;
        case 3 -> r.nextBoolean() ? near.start() : near.end();
        case 4 -> p.start().minusDays(1 + r.nextInt(40));
        case 5 -> p.end().plusDays(1 + r.nextInt(40));
        default -> p.start().plusDays(r.nextInt((int) (p.end().toEpochDay() - p.start().toEpochDay()) + 1));
      };
      // Up to 5, so that the deductions sometimes take a credit to 0.
      int failures = r.nextInt(3) == 0 ? r.nextInt(6) : 0;
      int delays = r.nextInt(3) == 0 ? r.nextInt(6) : 0;
      LocalDate dueOn = due != null ? due : deadline;
      int excusable = delays == 0 && x.delivered() != null && x.delivered().isAfter(dueOn) ? 1 : delays;
      List<Excuse> excuses = new ArrayList<>();
      for (int i = r.nextInt(failures + 1); i > 0; i--) {
        excuses.add(new Excuse(ExcuseKind.QUALITY, r.nextBoolean() ? "Sở Nội vụ" : "UBND tỉnh",
            r.nextBoolean() ? null : "Nguyên nhân khách quan " + i));
      }
      for (int i = r.nextInt(excusable + 1); i > 0; i--) {
        excuses.add(new Excuse(ExcuseKind.DELAY, r.nextBoolean() ? "Sở Nội vụ" : "Ban Thường vụ Tỉnh ủy",
            r.nextBoolean() ? null : "Thiên tai " + i));
      }
      products.add(new Product(x.id(), x.task(), x.order(), x.indicator(), x.target(), x.actual(), x.direction(),
          x.delivered(), x.evidence(), conversions[r.nextInt(conversions.length)], due, failures, delays, excuses));
    }
    List<Survey> surveys = new ArrayList<>();
    for (Cadre c : input.cadres()) {
      LocalDate last = null;
      for (int i = r.nextInt(3) == 0 ? 1 + r.nextInt(2) : 0; i > 0; i--) {
        int respondents = 1 + r.nextInt(300);
        int satisfied = switch (r.nextInt(4)) {
          case 0 -> respondents * 4 / 5;
          case 1 -> respondents / 2;
          default -> r.nextInt(respondents + 1);
        };
        // Now and then a second survey on the same day: the one with the lowest share counts.
        LocalDate on = last != null && r.nextInt(3) == 0 ? last : p.start().plusDays(r.nextInt(400) - 20);
        surveys.add(new Survey(c.id(), on, respondents, satisfied));
        last = on;
      }
    }
    return new EvaluationInput(period, units, input.positions(), input.cadres(), input.tasks(), input.orders(),
        products, input.assessments(), input.disciplines(), input.confidenceVotes(), surveys);
  }

  /** None, one, quarters (of a calendar year), months, or the period cut at a few random days. */
  private static List<Review> reviews(LocalDate start, LocalDate end, Random r) {
    long days = end.toEpochDay() - start.toEpochDay() + 1;
    int kind = r.nextInt(5);
    boolean year = start.getDayOfYear() == 1 && end.equals(start.withDayOfYear(start.lengthOfYear()));
    List<LocalDate> starts = new ArrayList<>(List.of(start));
    if (kind == 0) {
      return List.of();
    } else if (kind == 2 && year) {
      for (int q = 1; q < 4; q++) {
        starts.add(start.withMonth(1 + 3 * q));
      }
    } else if (kind == 3 && year) {
      for (int m = 2; m <= 12; m++) {
        starts.add(start.withMonth(m));
      }
    } else if (kind == 4) {
      for (int i = r.nextInt(4); i > 0 && days > 1; i--) {
        LocalDate cut = start.plusDays(1 + r.nextInt((int) Math.min(Integer.MAX_VALUE, days - 1)));
        if (!starts.contains(cut)) {
          starts.add(cut);
        }
      }
      Collections.sort(starts);
    }
    List<Review> out = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      LocalDate to = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : end;
      out.add(new Review("R" + (i + 1), starts.get(i), to));
    }
    return out;
  }

  /**
   * The same input with every array in a random order (but the period's reviews, whose order is
   * prescribed), for order-independence properties.
   *
   * @param input the input
   * @param seed the shuffle's seed
   * @return the shuffled copy
   */
  public static EvaluationInput shuffled(EvaluationInput input, long seed) {
    Random r = new Random(seed);
    EvaluationPeriod p = input.period();
    return new EvaluationInput(
        new EvaluationPeriod(p.id(), p.start(), p.end(), p.ruleSetVersion(), shuffle(p.quotaExceptions(), r),
            p.reviews()),
        shuffle(input.units(), r),
        shuffle(input.positions(), r),
        shuffle(input.cadres().stream()
            .map(c -> new Cadre(c.id(), c.name(), c.position(), shuffle(c.leads(), r))).toList(), r),
        shuffle(input.tasks(), r),
        shuffle(input.orders(), r),
        shuffle(input.products().stream().map(x -> x.excuses().size() < 2 ? x : new Product(x.id(), x.task(),
            x.order(), x.indicator(), x.target(), x.actual(), x.direction(), x.delivered(), x.evidence(),
            x.conversion(), x.due(), x.qualityFailures(), x.delays(), shuffle(x.excuses(), r))).toList(), r),
        shuffle(input.assessments(), r),
        shuffle(input.disciplines(), r),
        shuffle(input.confidenceVotes(), r),
        shuffle(input.surveys(), r));
  }

  private static <T> List<T> shuffle(List<T> list, Random r) {
    List<T> copy = new ArrayList<>(list);
    Collections.shuffle(copy, r);
    return copy;
  }
}

package vn.danhgia.evaluation.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * Inputs for the benchmarks: {@link RandomInputs} (about 7 products a cadre) with more products, so
 * that there are about {@value #PRODUCTS_PER_CADRE} a cadre as the issue asks.
 *
 * <p>The products added are copies (new id, same target, actual, direction and delivery, and the same
 * conversion, due date, failures, delays and excuses) of a product
 * of the same task or order, so no task, order or cadre comes out differently: the work per cadre
 * grows, the mix of ratings and reasons stays that of {@link RandomInputs}. Tasks and orders without
 * a product get none.
 */
public final class BenchInputs {
  /** About how many products each cadre has. */
  public static final int PRODUCTS_PER_CADRE = 10;

  private BenchInputs() {}

  /**
   * @param seed the seed
   * @param cadres how many cadres
   * @param year the period's year (2025 for version 2025.1)
   * @return a valid input with about {@value #PRODUCTS_PER_CADRE} products a cadre
   */
  public static EvaluationInput generate(long seed, int cadres, int year) {
    EvaluationInput input = RandomInputs.generate(seed, cadres, year);
    return withProducts(input, (long) PRODUCTS_PER_CADRE * cadres, seed);
  }

  /**
   * The input for a version of {@code leaders}: 2019.1 and 2025.1 as {@link #generate} in their years;
   * 2026.1 a 2026 input with the fields of continuous evaluation ({@link RandomInputs#continuous}:
   * reviews, converted products, due dates, failures, delays, excuses, findings, surveys), then the
   * products copied as here, each copy with its original's fields of continuous evaluation.
   *
   * @param seed the seed
   * @param cadres how many cadres
   * @param version "2019.1", "2025.1" or "2026.1"
   * @return a valid input with about {@value #PRODUCTS_PER_CADRE} products a cadre
   */
  public static EvaluationInput forVersion(long seed, int cadres, String version) {
    return switch (version) {
      case "2019.1" -> generate(seed, cadres, 2019);
      case "2025.1" -> generate(seed, cadres, 2025);
      case "2026.1" -> withProducts(RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026), seed),
          (long) PRODUCTS_PER_CADRE * cadres, seed);
      default -> throw new IllegalArgumentException("no benchmark input for leaders " + version);
    };
  }

  /**
   * @param input an input
   * @param total how many products it should have in all (no product is removed)
   * @param seed the seed of the choice of products copied
   * @return the input with copies of its products added
   */
  public static EvaluationInput withProducts(EvaluationInput input, long total, long seed) {
    List<Product> products = input.products();
    long missing = total - products.size();
    if (missing <= 0 || products.isEmpty()) {
      return input;
    }
    Random random = new Random(seed ^ 0x9E3779B97F4A7C15L);
    Map<String, Integer> copies = new HashMap<>();
    List<Product> out = new ArrayList<>(products.size() + (int) missing);
    out.addAll(products);
    for (long i = 0; i < missing; i++) {
      Product p = products.get(random.nextInt(products.size()));
      String owner = p.task() != null ? p.task() : p.order();
      int n = copies.merge(owner, 1, Integer::sum);
      out.add(new Product(owner + "-X" + n, p.task(), p.order(), p.indicator(), p.target(), p.actual(),
          p.direction(), p.delivered(), p.evidence(), p.conversion(), p.due(), p.qualityFailures(), p.delays(),
          p.excuses()));
    }
    return new EvaluationInput(input.period(), input.units(), input.positions(), input.cadres(), input.tasks(),
        input.orders(), out, input.assessments(), input.disciplines(), input.confidenceVotes(), input.surveys());
  }

  /**
   * @param input an input
   * @return products per cadre
   */
  public static double productsPerCadre(EvaluationInput input) {
    return input.cadres().isEmpty() ? 0 : (double) input.products().size() / input.cadres().size();
  }
}

package vn.danhgia.evaluation.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.danhgia.evaluation.model.Cadre;
import vn.danhgia.evaluation.model.EvaluationInput;
import vn.danhgia.evaluation.model.EvaluationPeriod;
import vn.danhgia.evaluation.model.Product;
import vn.danhgia.evaluation.model.QuotaException;
import vn.danhgia.evaluation.testing.RandomInputs;

/**
 * The hand-written canonical form against its definition: the model's JSON tree as Jackson writes
 * it, arrays in canonical order, every object's fields sorted by name, numbers as plain decimals
 * without trailing zeros, written compactly in UTF-8.
 */
class CanonicalWriterTest {
  private static final Interchange JSON = Interchange.standard();
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  @Property(tries = 60)
  void bytes_generatedInput_equalTheDefinition(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int cadres) {
    EvaluationInput input = RandomInputs.shuffled(RandomInputs.generate(seed, cadres, 2025), seed);

    assertSameBytes(CanonicalWriter.bytes(input), definition(input));
  }

  @Property(tries = 60)
  void bytes_generatedInputWithContinuousFields_equalTheDefinition(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 30) int cadres) {
    EvaluationInput input = RandomInputs.shuffled(RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026),
        seed), seed);

    assertSameBytes(CanonicalWriter.bytes(input), definition(input));
  }

  @Property(tries = 60)
  void sha256_continuousFieldsInAnyArrayOrder_isTheSame(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 20) int cadres) {
    EvaluationInput input = RandomInputs.continuous(RandomInputs.generate(seed, cadres, 2026), seed);

    assertThat(JSON.canonicalInputSha256(RandomInputs.shuffled(input, seed + 1)))
        .isEqualTo(JSON.canonicalInputSha256(input));
  }

  /** Defaults written or not, in any form, give the same bytes; the reviews' order counts. */
  @Example
  void bytes_continuousDefaultsAndReviewOrder() {
    byte[] plain = Fixtures.resource("complete.json");
    byte[] defaults = Fixtures.edited(doc -> {
      Fixtures.set("/period/reviews", null).accept(doc);
      Fixtures.set("/products/0/conversion", new BigDecimal("1.000")).accept(doc);
      Fixtures.set("/products/0/qualityFailures", 0).accept(doc);
      Fixtures.set("/products/1/delays", null).accept(doc);
      Fixtures.set("/products/1/excuses", List.of()).accept(doc);
      Fixtures.set("/units/0/corruptionFinding", false).accept(doc);
      Fixtures.set("/surveys", List.of()).accept(doc);
    });
    assertThat(JSON.canonicalInput(JSON.readInput(defaults))).isEqualTo(JSON.canonicalInput(JSON.readInput(plain)));

    EvaluationInput continuous = JSON.readInput(Fixtures.resource("continuous.json"));
    EvaluationPeriod p = continuous.period();
    List<vn.danhgia.evaluation.model.Review> reversed = new ArrayList<>(p.reviews());
    java.util.Collections.reverse(reversed);
    EvaluationInput reordered = new EvaluationInput(new EvaluationPeriod(p.id(), p.start(), p.end(),
        p.ruleSetVersion(), p.quotaExceptions(), reversed), continuous.units(), continuous.positions(),
        continuous.cadres(), continuous.tasks(), continuous.orders(), continuous.products(), continuous.assessments(),
        continuous.disciplines(), continuous.confidenceVotes(), continuous.surveys());
    assertThat(JSON.canonicalInputSha256(reordered)).isNotEqualTo(JSON.canonicalInputSha256(continuous));
    assertThat(new String(JSON.canonicalInput(continuous), StandardCharsets.UTF_8))
        .contains("\"reviews\":[{\"end\":\"2026-03-31\",\"id\":\"2026-Q1\",\"start\":\"2026-01-01\"},")
        .contains("{\"corruptionFinding\":true,\"id\":\"U-SD\"")
        .contains("\"excuses\":[{\"approvedBy\":\"Ban Thường vụ Tỉnh ủy\",\"kind\":\"DELAY\"},"
            + "{\"approvedBy\":\"Sở Nội vụ\",\"kind\":\"QUALITY\",\"note\":\"Mưa lũ\"}]")
        .doesNotContain("\"corruptionFinding\":false");
  }

  /** The fields of continuous evaluation, absent, leave the hash as it was before they existed. */
  @Example
  void sha256_inputWithoutContinuousFields_isTheHashOfBefore() {
    assertThat(JSON.canonicalInputSha256(JSON.readInput(Fixtures.resource("complete.json"))))
        .isEqualTo("f33d298597ca4f205b520e310d32c8ca5695e7970abf81672e72390d094c18f2");
  }

  /** Strings that need escaping or are not ASCII, numbers with trailing zeros or exponents. */
  @Example
  void bytes_awkwardStringsAndNumbers_equalTheDefinition() throws Exception {
    EvaluationInput base = RandomInputs.generate(11, 6, 2025);
    String awkward = "Nguyễn \"Văn\" A \\ / \b\t\n\f\r \u0001\u001f\u007f \u00e9 \u2028 \ud83d\ude00 Đ";
    List<Cadre> cadres = new ArrayList<>();
    for (Cadre c : base.cadres()) {
      cadres.add(new Cadre(c.id(), awkward + c.id(), c.position(), List.of("U9", "U1", "U10")));
    }
    List<Product> products = new ArrayList<>();
    String[] numbers = {"1E+2", "0.000", "12.3400", "100", "0", "7.5E-3", "123456789012345678901234567890.10"};
    int i = 0;
    for (Product p : base.products()) {
      BigDecimal n = new BigDecimal(numbers[i++ % numbers.length]);
      products.add(new Product(p.id(), p.task(), p.order(), awkward, n, n, p.direction(), p.delivered(), awkward));
    }
    EvaluationPeriod period = new EvaluationPeriod("kỳ \"2025\"", base.period().start(), base.period().end(), "2025.1",
        List.of(new QuotaException("G1", new BigDecimal("30.00")), new QuotaException("G0", new BigDecimal("2E+1"))));
    EvaluationInput input = new EvaluationInput(period, base.units(), base.positions(), cadres, base.tasks(),
        base.orders(), products, base.assessments(), base.disciplines(), base.confidenceVotes());

    byte[] expected = definition(input);
    assertSameBytes(CanonicalWriter.bytes(input), expected);
    assertThat(JSON.canonicalInputSha256(input))
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(expected)));
  }

  @Example
  void bytes_largeInput_spanManyBuffers() {
    EvaluationInput input = RandomInputs.generate(5, 2_000, 2019);

    byte[] expected = definition(input);
    assertThat(expected.length).isGreaterThan(4 * 65_536);
    assertSameBytes(CanonicalWriter.bytes(input), expected);
  }

  /** The canonical form as docs/interchange.md defines it, derived generically from the model. */
  private static byte[] definition(EvaluationInput input) {
    JsonNode tree = Interchange.mapper().valueToTree(CanonicalForm.sort(input));
    try {
      return Interchange.mapper().writeValueAsBytes(normalise(tree));
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode normalise(JsonNode node) {
    if (node.isObject()) {
      TreeMap<String, JsonNode> fields = new TreeMap<>();
      node.fields().forEachRemaining(e -> fields.put(e.getKey(), normalise(e.getValue())));
      ObjectNode out = NODES.objectNode();
      fields.forEach(out::set);
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = NODES.arrayNode();
      node.forEach(n -> out.add(normalise(n)));
      return out;
    }
    if (node.isNumber()) {
      BigDecimal d = node.decimalValue().stripTrailingZeros();
      return NODES.numberNode(d.scale() < 0 ? d.setScale(0) : d);
    }
    return node;
  }

  private static void assertSameBytes(byte[] actual, byte[] expected) {
    int n = Math.min(actual.length, expected.length);
    int at = 0;
    while (at < n && actual[at] == expected[at]) {
      at++;
    }
    if (at < n || actual.length != expected.length) {
      int from = Math.max(0, at - 60);
      throw new AssertionError("the canonical forms part at byte " + at + ":\n  written:    "
          + new String(actual, from, Math.min(actual.length, at + 60) - from, StandardCharsets.UTF_8)
          + "\n  definition: " + new String(expected, from, Math.min(expected.length, at + 60) - from,
          StandardCharsets.UTF_8));
    }
  }
}

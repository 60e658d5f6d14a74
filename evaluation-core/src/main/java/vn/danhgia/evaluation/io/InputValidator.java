package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.ruleset.VersionTimeline;

/**
 * Finds every problem of an input tree in one pass: first the numbers with more decimal places than
 * the limits allow (before anything computes with them), then the published JSON Schema (structure,
 * types, enumerations, ranges, lengths, unknown fields), then the checks a schema cannot express (dates,
 * unique ids, references, product owners, votes, assessments, quota exceptions, rule set version, and
 * those of continuous evaluation: reviews tiling the period, excuses no more than what they cancel,
 * surveys' satisfied respondents).
 * The second pass skips values the schema already found wrong, so each problem is reported once.
 */
final class InputValidator {
  private final @Nullable VersionTimeline versions;
  private final InputLimits limits;
  private final InputSchema schema;

  /** A validator with the default limits. */
  InputValidator(@Nullable VersionTimeline versions) {
    this(versions, InputLimits.defaults());
  }

  InputValidator(@Nullable VersionTimeline versions, InputLimits limits) {
    this(versions, limits, new InputSchema(limits));
  }

  private InputValidator(@Nullable VersionTimeline versions, InputLimits limits, InputSchema schema) {
    this.versions = versions;
    this.limits = limits;
    this.schema = schema;
  }

  /**
   * @param other the rule set versions to check against, or null
   * @return this validator, checking versions against {@code other}
   */
  InputValidator withVersions(@Nullable VersionTimeline other) {
    return new InputValidator(other, limits, schema);
  }

  /**
   * @param root the document; numbers with too many decimal places are replaced in it
   * @return the problems found, at most {@link InputLimits#maxProblems()} of them kept
   */
  ProblemSink validate(JsonNode root) {
    ProblemSink problems = new ProblemSink(limits.maxProblems());
    NumberBounds.check(root, limits, problems);
    schema.check().check(root, problems, NumberBounds.REPORTED);
    if (root.isObject()) {
      new Semantics(root, problems).check();
    }
    return problems;
  }

  /** The checks beyond the schema, tolerant of values of the wrong type. */
  private final class Semantics {
    private final JsonNode root;
    private final ProblemSink problems;

    Semantics(JsonNode root, ProblemSink problems) {
      this.root = root;
      this.problems = problems;
    }

    void check() {
      Map<String, String> units = ids("units", "id");
      Map<String, String> positions = ids("positions", "code");
      Map<String, String> cadres = ids("cadres", "id");
      Map<String, String> tasks = ids("tasks", "id");
      Map<String, String> orders = ids("orders", "id");
      ids("products", "id");
      Map<String, JsonNode> taskDeadlines = deadlines("tasks");
      Map<String, JsonNode> orderDeadlines = deadlines("orders");

      checkPeriod();
      checkQuotaExceptions();

      forEach("cadres", (p, c) -> {
        reference(p, c, "position", positions, "unknownPosition");
        JsonNode leads = c.get("leads");
        if (leads != null && leads.isArray()) {
          for (int j = 0; j < leads.size(); j++) {
            reference(JsonPaths.index(JsonPaths.field(p, "leads"), j), leads.get(j), units, "unknownUnit");
          }
        }
      });
      forEach("tasks", (p, t) -> {
        reference(p, t, "cadre", cadres, "unknownCadre");
        date(p, t, "deadline");
      });
      forEach("orders", (p, o) -> {
        reference(p, o, "cadre", cadres, "unknownCadre");
        date(p, o, "deadline");
      });
      forEach("products", (p, pr) -> {
        boolean hasTask = present(pr.get("task"));
        boolean hasOrder = present(pr.get("order"));
        if (hasTask && hasOrder) {
          problems.add(p, "productBoth", JsonSchemaCheck.quote(pr.get("task")),
              JsonSchemaCheck.quote(pr.get("order")));
        } else if (!hasTask && !hasOrder) {
          problems.add(p, "productNeither");
        }
        reference(p, pr, "task", tasks, "unknownTask");
        reference(p, pr, "order", orders, "unknownOrder");
        date(p, pr, "delivered");
        date(p, pr, "due");
        checkExcuses(p, pr, taskDeadlines, orderDeadlines);
      });
      Map<String, String> assessed = new HashMap<>();
      forEach("assessments", (p, a) -> {
        reference(p, a, "cadre", cadres, "unknownCadre");
        JsonNode cadre = a.get("cadre");
        JsonNode by = a.get("by");
        if (cadre != null && cadre.isTextual() && by != null && by.isTextual()) {
          String first = assessed.putIfAbsent(cadre.asText() + "\u0000" + by.asText(), p);
          if (first != null) {
            problems.add(JsonPaths.field(p, "by"), "secondAssessment", by.asText(),
                JsonSchemaCheck.quote(cadre), first);
          }
        }
      });
      forEach("disciplines", (p, d) -> {
        reference(p, d, "cadre", cadres, "unknownCadre");
        date(p, d, "effective");
      });
      forEach("confidenceVotes", (p, v) -> {
        reference(p, v, "cadre", cadres, "unknownCadre");
        date(p, v, "date");
        JsonNode voters = v.get("voters");
        JsonNode low = v.get("low");
        if (voters != null && voters.canConvertToInt() && low != null && low.canConvertToInt()
            && voters.asLong() >= 1 && low.asLong() > voters.asLong()) {
          problems.add(JsonPaths.field(p, "low"), "lowAboveVoters", low, voters);
        }
      });
      forEach("surveys", (p, v) -> {
        reference(p, v, "cadre", cadres, "unknownCadre");
        date(p, v, "date");
        OptionalLong respondents = count(v.get("respondents"), 1, false);
        OptionalLong satisfied = count(v.get("satisfied"), 0, false);
        if (respondents.isPresent() && satisfied.isPresent() && satisfied.getAsLong() > respondents.getAsLong()) {
          problems.add(JsonPaths.field(p, "satisfied"), "satisfiedAboveRespondents", satisfied.getAsLong(),
              respondents.getAsLong());
        }
      });
    }

    /**
     * The reviews tile the period: each problem at the later review's {@code start} (a gap, an
     * overlap), the first review's {@code start}, the last one's {@code end}, a reversed review's
     * {@code end}, a repeated id. A check is skipped where a date it needs is not valid.
     */
    private void checkReviews(JsonNode period, Optional<LocalDate> start, Optional<LocalDate> end) {
      JsonNode reviews = period.get("reviews");
      if (reviews == null || !reviews.isArray()) {
        return;
      }
      boolean spans = start.isPresent() && end.isPresent() && !end.get().isBefore(start.get());
      Map<String, String> ids = new HashMap<>();
      LocalDate previousEnd = null;
      for (int i = 0; i < reviews.size(); i++) {
        String p = JsonPaths.index("$.period.reviews", i);
        JsonNode r = reviews.get(i);
        if (!r.isObject()) {
          previousEnd = null;
          continue;
        }
        JsonNode id = r.get("id");
        if (id != null && id.isTextual()) {
          String first = ids.putIfAbsent(id.asText(), JsonPaths.field(p, "id"));
          if (first != null) {
            problems.add(JsonPaths.field(p, "id"), "duplicate", "id", JsonSchemaCheck.quote(id), first);
          }
        }
        Optional<LocalDate> from = date(p, r, "start");
        Optional<LocalDate> to = date(p, r, "end");
        boolean reversed = from.isPresent() && to.isPresent() && to.get().isBefore(from.get());
        if (reversed) {
          problems.add(JsonPaths.field(p, "end"), "reviewOrder", to.get(), from.get());
        }
        if (from.isPresent()) {
          if (i == 0 && spans && !from.get().equals(start.get())) {
            problems.add(JsonPaths.field(p, "start"), "reviewFirstStart", from.get(), start.get());
          } else if (i > 0 && previousEnd != null) {
            long days = from.get().toEpochDay() - previousEnd.toEpochDay();
            if (days != 1) {
              problems.add(JsonPaths.field(p, "start"), days > 1 ? "reviewGap" : "reviewOverlap", from.get(),
                  previousEnd);
            }
          }
        }
        if (i == reviews.size() - 1 && to.isPresent() && !reversed && spans && !to.get().equals(end.get())) {
          problems.add(JsonPaths.field(p, "end"), "reviewLastEnd", to.get(), end.get());
        }
        previousEnd = reversed ? null : to.orElse(null);
      }
    }

    /**
     * No more QUALITY excuses than quality failures, no more DELAY excuses than delays (or 1 when
     * there are none and the product was delivered after its due date), each at the first excuse
     * too many; a count is checked only where the fields it depends on are valid.
     */
    private void checkExcuses(String p, JsonNode product, Map<String, JsonNode> taskDeadlines,
        Map<String, JsonNode> orderDeadlines) {
      JsonNode excuses = product.get("excuses");
      if (excuses == null || !excuses.isArray()) {
        return;
      }
      OptionalLong failures = count(product.get("qualityFailures"), 0, true);
      OptionalLong delays = count(product.get("delays"), 0, true);
      if (delays.isPresent() && delays.getAsLong() == 0) {
        delays = lateness(product, taskDeadlines, orderDeadlines);
      }
      excess(p, excuses, "QUALITY", failures, "excessQualityExcuse");
      excess(p, excuses, "DELAY", delays, "excessDelayExcuse");
    }

    /** 1 when the product was delivered after its due date, 0 when not, empty when a date is not valid. */
    private OptionalLong lateness(JsonNode product, Map<String, JsonNode> taskDeadlines,
        Map<String, JsonNode> orderDeadlines) {
      JsonNode delivered = product.get("delivered");
      if (!present(delivered)) {
        return OptionalLong.of(0);
      }
      JsonNode due = product.get("due");
      if (!present(due)) {
        JsonNode task = product.get("task");
        JsonNode order = product.get("order");
        if (present(task) == present(order)) {
          return OptionalLong.empty();
        }
        JsonNode owner = present(task) ? task : order;
        due = owner.isTextual() ? (present(task) ? taskDeadlines : orderDeadlines).get(owner.asText()) : null;
      }
      Optional<LocalDate> on = parsed(delivered);
      Optional<LocalDate> by = parsed(due);
      if (on.isEmpty() || by.isEmpty()) {
        return OptionalLong.empty();
      }
      return OptionalLong.of(on.get().isAfter(by.get()) ? 1 : 0);
    }

    private void excess(String p, JsonNode excuses, String kind, OptionalLong allowed, String key) {
      if (allowed.isEmpty()) {
        return;
      }
      long seen = 0;
      for (int k = 0; k < excuses.size(); k++) {
        JsonNode e = excuses.get(k);
        if (e.isObject() && kind.equals(e.path("kind").asText(null)) && ++seen > allowed.getAsLong()) {
          problems.add(JsonPaths.index(JsonPaths.field(p, "excuses"), k), key, allowed.getAsLong(), seen);
          return;
        }
      }
    }

    /** The deadline of each task or order by id (the first of a repeated id). */
    private Map<String, JsonNode> deadlines(String array) {
      Map<String, JsonNode> out = new HashMap<>();
      forEach(array, (p, item) -> {
        JsonNode id = item.get("id");
        JsonNode deadline = item.get("deadline");
        if (id != null && id.isTextual() && deadline != null) {
          out.putIfAbsent(id.asText(), deadline);
        }
      });
      return out;
    }

    private void checkPeriod() {
      JsonNode period = root.get("period");
      if (period == null || !period.isObject()) {
        return;
      }
      String p = "$.period";
      Optional<LocalDate> start = date(p, period, "start");
      Optional<LocalDate> end = date(p, period, "end");
      if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
        problems.add(JsonPaths.field(p, "end"), "periodOrder", end.get(), start.get());
      }
      checkReviews(period, start, end);
      if (versions == null) {
        return;
      }
      JsonNode requested = period.get("ruleSetVersion");
      if (present(requested) && requested.isTextual()) {
        if (!versions.contains(requested.asText())) {
          problems.add(JsonPaths.field(p, "ruleSetVersion"), "unknownVersion",
              JsonSchemaCheck.quote(requested), String.join(", ", versions.versions().keySet()));
        }
      } else if (end.isPresent() && versions.inForceOn(end.get()).isEmpty()) {
        problems.add(JsonPaths.field(p, "end"), "noVersionInForce", end.get(), versions.versions());
      }
    }

    private void checkQuotaExceptions() {
      JsonNode period = root.get("period");
      JsonNode exceptions = period == null ? null : period.get("quotaExceptions");
      if (exceptions == null || !exceptions.isArray()) {
        return;
      }
      Set<String> groups = new HashSet<>();
      JsonNode positions = root.get("positions");
      if (positions != null && positions.isArray()) {
        positions.forEach(pos -> {
          JsonNode g = pos.get("group");
          if (g != null && g.isTextual()) {
            groups.add(g.asText());
          }
        });
      }
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < exceptions.size(); i++) {
        String p = JsonPaths.field(JsonPaths.index("$.period.quotaExceptions", i), "group");
        JsonNode g = exceptions.get(i).path("group");
        if (g == null || !g.isTextual()) {
          continue;
        }
        if (!groups.contains(g.asText())) {
          problems.add(p, "quotaGroupUnknown", JsonSchemaCheck.quote(g));
        }
        String first = seen.putIfAbsent(g.asText(), p);
        if (first != null) {
          problems.add(p, "quotaGroupRepeated", JsonSchemaCheck.quote(g), first);
        }
      }
    }

    /**
     * Collects the ids of one array, reporting each duplicate at its second place. Returns null when
     * the array is required and missing, or is not an array: the schema reported that, and checking
     * references against it would only repeat the one problem many times.
     */
    private @Nullable Map<String, String> ids(String array, String field) {
      JsonNode items = root.get(array);
      boolean required = array.equals("cadres") || array.equals("positions");
      if ((items == null && required) || (items != null && !items.isArray() && !items.isNull())) {
        return null;
      }
      Map<String, String> ids = new HashMap<>();
      forEach(array, (p, item) -> {
        JsonNode id = item.get(field);
        if (id != null && id.isTextual()) {
          String idPath = JsonPaths.field(p, field);
          String first = ids.putIfAbsent(id.asText(), idPath);
          if (first != null) {
            problems.add(idPath, "duplicate", field, JsonSchemaCheck.quote(id), first);
          }
        }
      });
      return ids;
    }

    private void reference(String p, JsonNode item, String field, @Nullable Map<String, String> targets,
        String key) {
      reference(JsonPaths.field(p, field), item.get(field), targets, key);
    }

    private void reference(String p, @Nullable JsonNode ref, @Nullable Map<String, String> targets,
        String key) {
      if (targets != null && ref != null && ref.isTextual() && !targets.containsKey(ref.asText())) {
        problems.add(p, key, JsonSchemaCheck.quote(ref));
      }
    }

    private Optional<LocalDate> date(String p, JsonNode item, String field) {
      JsonNode value = item.get(field);
      if (value == null || !value.isTextual()) {
        return Optional.empty();
      }
      try {
        return Optional.of(LocalDate.parse(value.asText()));
      } catch (DateTimeParseException e) {
        problems.add(JsonPaths.field(p, field), "notADate", JsonSchemaCheck.quote(value));
        return Optional.empty();
      }
    }

    private void forEach(String array, java.util.function.BiConsumer<String, JsonNode> action) {
      JsonNode items = root.get(array);
      if (items == null || !items.isArray()) {
        return;
      }
      for (int i = 0; i < items.size(); i++) {
        JsonNode item = items.get(i);
        if (item.isObject()) {
          action.accept(JsonPaths.index(JsonPaths.field(JsonPaths.ROOT, array), i), item);
        }
      }
    }
  }

  private static boolean present(@Nullable JsonNode n) {
    return n != null && !n.isNull() && !n.isMissingNode();
  }

  /** A date that parses, without reporting one that does not (another check does). */
  private static Optional<LocalDate> parsed(@Nullable JsonNode value) {
    if (value == null || !value.isTextual()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.asText()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /**
   * A count as the schema accepts it: an integral number (2.0 too, as JSON Schema's {@code integer}
   * counts it) from {@code min} to the largest {@code int}; absent or null is 0 when {@code optional}.
   *
   * @return the count, or empty when the value is not a valid count
   */
  static OptionalLong count(@Nullable JsonNode value, long min, boolean optional) {
    if (!present(value)) {
      return optional ? OptionalLong.of(0) : OptionalLong.empty();
    }
    if (value == NumberBounds.REPORTED || !value.isNumber()) {
      return OptionalLong.empty();
    }
    BigDecimal d = value.decimalValue();
    if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
      return OptionalLong.empty();
    }
    if (d.compareTo(BigDecimal.valueOf(min)) < 0 || d.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(d.longValueExact());
  }
}

package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import vn.danhgia.evaluation.ruleset.VersionTimeline;

/**
 * Finds every problem of an input tree in one pass: first the numbers with more decimal places than
 * the limits allow (before anything computes with them), then the published JSON Schema (structure,
 * types, enumerations, ranges, lengths, unknown fields), then the checks a schema cannot express (dates,
 * unique ids, references, product owners, votes, assessments, quota exceptions, rule set version).
 * The second pass skips values the schema already found wrong, so each problem is reported once.
 */
final class InputValidator {
  static final String SCHEMA_RESOURCE = "/vn/danhgia/evaluation/schema/evaluation-input-1.schema.json";

  private static final JsonNode PUBLISHED = JsonSchemaCheck.tree(SCHEMA_RESOURCE);
  private static final JsonSchemaCheck DEFAULT_SCHEMA = JsonSchemaCheck.bounded(PUBLISHED);

  private final @Nullable VersionTimeline versions;
  private final InputLimits limits;
  private final JsonSchemaCheck schema;

  /** A validator with the default limits. */
  InputValidator(@Nullable VersionTimeline versions) {
    this(versions, InputLimits.defaults());
  }

  InputValidator(@Nullable VersionTimeline versions, InputLimits limits) {
    this(versions, limits, schemaFor(limits));
  }

  private InputValidator(@Nullable VersionTimeline versions, InputLimits limits, JsonSchemaCheck schema) {
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
   * The published schema, or, for other limits than the defaults, a copy that states them: every
   * {@code maxLength} the string length, every {@code multipleOf} the decimal places.
   */
  private static JsonSchemaCheck schemaFor(InputLimits limits) {
    InputLimits d = InputLimits.defaults();
    if (limits.maxStringLength() == d.maxStringLength() && limits.maxDecimalPlaces() == d.maxDecimalPlaces()) {
      return DEFAULT_SCHEMA;
    }
    JsonNode copy = PUBLISHED.deepCopy();
    restate(copy, limits);
    return JsonSchemaCheck.bounded(copy);
  }

  private static void restate(JsonNode schema, InputLimits limits) {
    if (schema instanceof ObjectNode o) {
      if (o.has("maxLength")) {
        o.put("maxLength", limits.maxStringLength());
      }
      if (o.has("multipleOf")) {
        o.put("multipleOf", BigDecimal.ONE.movePointLeft(limits.maxDecimalPlaces()));
      }
    }
    schema.forEach(child -> restate(child, limits));
  }

  /**
   * @param root the document; numbers with too many decimal places are replaced in it
   * @return the problems found, at most {@link InputLimits#maxProblems()} of them kept
   */
  ProblemSink validate(JsonNode root) {
    ProblemSink problems = new ProblemSink(limits.maxProblems());
    NumberBounds.check(root, limits, problems);
    schema.check(root, problems, NumberBounds.REPORTED);
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
}

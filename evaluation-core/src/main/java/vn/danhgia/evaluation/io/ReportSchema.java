package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import vn.danhgia.evaluation.validation.Problem;

/** The published schema of {@code evaluation-report/1}. */
final class ReportSchema {
  static final String RESOURCE = "/vn/danhgia/evaluation/schema/evaluation-report-1.schema.json";
  private static final JsonSchemaCheck SCHEMA = new JsonSchemaCheck(RESOURCE);

  private ReportSchema() {}

  static List<Problem> validate(JsonNode report) {
    return SCHEMA.check(report).stream()
        .sorted((a, b) -> JsonPaths.DOCUMENT_ORDER.compare(a.path(), b.path()))
        .toList();
  }
}

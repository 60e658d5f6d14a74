package vn.danhgia.evaluation.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import vn.danhgia.evaluation.report.CadreResult;
import vn.danhgia.evaluation.report.EvaluationReport;
import vn.danhgia.evaluation.report.RuleSetIdentity;
import vn.danhgia.evaluation.report.Summary;

/**
 * Writes an {@code evaluation-report/1} document one result at a time, for populations too large
 * to hold: {@link #begin}, {@link #result} for each cadre, {@link #end}. The document is the same
 * as {@link Interchange#writeReport} would write, except that {@code input} and {@code summary}
 * come after {@code results}, since they are known only at the end.
 *
 * <p>Not thread-safe.
 */
public final class ReportStreamWriter implements AutoCloseable {
  private final JsonGenerator out;

  /**
   * @param writer where to write; closed by {@link #close()}
   */
  public ReportStreamWriter(Writer writer) {
    try {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      this.out = Interchange.mapper().createGenerator(writer)
          .setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter));
    } catch (IOException e) {
      throw new InterchangeIOException("report stream", e);
    }
  }

  /**
   * Starts the document.
   *
   * @param period the period's id
   * @param ruleSet the rule set applied
   */
  public void begin(String period, RuleSetIdentity ruleSet) {
    try {
      out.writeStartObject();
      out.writeStringField("format", EvaluationReport.FORMAT);
      out.writeStringField("period", period);
      out.writeFieldName("ruleSet");
      out.writeObject(ruleSet);
      out.writeFieldName("results");
      out.writeStartArray();
    } catch (IOException e) {
      throw new InterchangeIOException("report stream", e);
    }
  }

  /**
   * @param result one cadre's result
   */
  public void result(CadreResult result) {
    try {
      out.writeObject(result);
    } catch (IOException e) {
      throw new InterchangeIOException("report stream", e);
    }
  }

  /**
   * Ends the document.
   *
   * @param inputSha256 the input's content hash
   * @param summary the count of each rating
   */
  public void end(String inputSha256, Summary summary) {
    try {
      out.writeEndArray();
      out.writeObjectFieldStart("input");
      out.writeStringField("sha256", inputSha256);
      out.writeEndObject();
      out.writeFieldName("summary");
      out.writeObject(summary);
      out.writeEndObject();
      out.writeRaw('\n');
      out.flush();
    } catch (IOException e) {
      throw new InterchangeIOException("report stream", e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new InterchangeIOException("report stream", e);
    }
  }

  /**
   * Reads one result written by {@link #result} or by {@link #writeLine}.
   *
   * @param json the JSON of one result
   * @return the result
   */
  public static CadreResult readResult(String json) {
    try {
      return Interchange.mapper().readValue(json, CadreResult.class);
    } catch (IOException e) {
      throw new InterchangeIOException("result", e);
    }
  }

  /**
   * One result as a single line of JSON (for temporary files).
   *
   * @param result the result
   * @return its JSON, without line breaks
   */
  public static String writeLine(CadreResult result) {
    try {
      return Interchange.mapper().writeValueAsString(result);
    } catch (IOException e) {
      throw new InterchangeIOException("result", e);
    }
  }
}

package vn.danhgia.evaluation.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Why a result is what it is: a reason code of the criteria, the rule that gave it and its message.
 *
 * @param code the reason code, e.g. {@code CAP_ORDER_FAILED}
 * @param rule the name of the rule that produced it, as written in the rule file
 * @param subject the id of the task, order, discipline or vote the reason is about, or {@code null}
 *     when it is about the cadre as a whole
 * @param message the message in Vietnamese and English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(String code, String rule, @Nullable String subject, Message message) {
  /**
   * Checks the required components.
   *
   * @param code the reason code, e.g. {@code CAP_ORDER_FAILED}
   * @param rule the name of the rule that produced it, as written in the rule file
   * @param subject the id of the task, order, discipline or vote the reason is about, or {@code
   *     null} when it is about the cadre as a whole
   * @param message the message in Vietnamese and English
   */
  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}

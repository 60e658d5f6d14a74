package vn.danhgia.evaluation.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Comparator;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An excuse for a product, approved by a named authority for an objective cause: it cancels one
 * quality failure or one delay for the deductions of the rule set versions that read it.
 *
 * @param kind what it cancels: a quality failure or a delay
 * @param approvedBy who approved it, e.g. "Sở Nội vụ"; at least one character that is not white space
 * @param note why, or {@code null}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Excuse(ExcuseKind kind, String approvedBy, @Nullable String note) {
  /**
   * The order excuses are listed in, in a report and in an input's canonical form: by kind (its
   * name), then approver, then note (none first).
   */
  public static final Comparator<Excuse> ORDER = (a, b) -> {
    int c = a.kind().name().compareTo(b.kind().name());
    if (c == 0) {
      c = a.approvedBy().compareTo(b.approvedBy());
    }
    if (c == 0 && a.note() != b.note()) {
      c = a.note() == null ? -1 : b.note() == null ? 1 : a.note().compareTo(b.note());
    }
    return c;
  };

  /**
   * Checks the required components.
   *
   * @param kind what it cancels: a quality failure or a delay
   * @param approvedBy who approved it, e.g. "Sở Nội vụ"; at least one character that is not white
   *     space
   * @param note why, or {@code null}
   */
  public Excuse {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(approvedBy, "approvedBy");
  }
}

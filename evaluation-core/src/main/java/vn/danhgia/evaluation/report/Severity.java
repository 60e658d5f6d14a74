package vn.danhgia.evaluation.report;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * How much a reason weighs on a result, as the rule that gives it declares ({@code
 * @severity("cap")}; a reason whose rule declares none is {@link #INFORMATION}). Reports show it;
 * it changes nothing in the evaluation, which follows from the facts the rules insert.
 */
public enum Severity {
  /** Said for the record; the result does not depend on it. */
  INFORMATION,
  /** The data does not allow a rating: the cadre is not rated. */
  INCOMPLETE,
  /** A condition of a level is not met, so the cadre goes on to a lower one. */
  CONDITION,
  /** The rating is capped. */
  CAP,
  /** The rating is vetoed: not completed. */
  VETO,
  /** The rating is lowered by a limit across the peer group (a quota). */
  QUOTA;

  /** @return the word a rule file writes, e.g. {@code cap} */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param word the word of a rule's {@code @severity}, e.g. {@code veto}
   * @return the severity, or null when no severity has that word
   */
  public static @Nullable Severity ofWord(String word) {
    for (Severity s : values()) {
      if (s.word().equals(word)) {
        return s;
      }
    }
    return null;
  }
}

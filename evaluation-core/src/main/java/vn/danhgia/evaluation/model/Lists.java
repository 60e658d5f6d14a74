package vn.danhgia.evaluation.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Null-tolerant defensive copies for the records' list components. */
final class Lists {
  private Lists() {}

  static <T> List<T> copy(@Nullable List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }
}

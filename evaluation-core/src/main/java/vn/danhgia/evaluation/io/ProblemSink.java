package vn.danhgia.evaluation.io;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.validation.InvalidInputException;
import vn.danhgia.evaluation.validation.Problem;

/**
 * Collects the problems of one document with bounded memory: the first {@code max} problems found
 * are kept (a repeated one once), the others only counted, and not even worded. Not thread-safe.
 */
final class ProblemSink {
  private final int max;
  private final Set<Problem> kept = new LinkedHashSet<>();
  private long more;

  ProblemSink(int max) {
    this.max = max;
  }

  /** Adds a problem whose message comes from the bundle; it is worded only when it is kept. */
  void add(String path, String key, Object... arguments) {
    if (kept.size() < max) {
      kept.add(Problem.of(path, key, arguments));
    } else {
      more++;
    }
  }

  void add(Problem problem) {
    if (kept.size() < max) {
      kept.add(problem);
    } else {
      more++;
    }
  }

  /** Counts problems that were found without being looked at one by one. */
  void addUnlisted(long count) {
    more += count;
  }

  /** @return how many problems are kept at most */
  int limit() {
    return max;
  }

  boolean isEmpty() {
    return kept.isEmpty();
  }

  boolean full() {
    return kept.size() >= max;
  }

  /** @return the kept problems in path order (array indexes numerically) */
  List<Problem> listed() {
    return kept.stream()
        .sorted((a, b) -> JsonPaths.DOCUMENT_ORDER.compare(a.path(), b.path()))
        .collect(Collectors.toUnmodifiableList());
  }

  /** @return how many problems were found, the listed ones included */
  long total() {
    return kept.size() + more;
  }

  /** @throws InvalidInputException when a problem was found */
  void throwIfAny() {
    if (!kept.isEmpty()) {
      throw new InvalidInputException(listed(), total());
    }
  }
}

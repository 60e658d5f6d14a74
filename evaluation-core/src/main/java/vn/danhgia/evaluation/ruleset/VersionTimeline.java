package vn.danhgia.evaluation.ruleset;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The versions of one rule set and the day each takes effect. The version in force on a day is the
 * one with the latest {@code effectiveFrom} on or before that day.
 */
public final class VersionTimeline {
  private final Map<String, LocalDate> effectiveFrom;

  private VersionTimeline(Map<String, LocalDate> effectiveFrom) {
    this.effectiveFrom = Collections.unmodifiableMap(new TreeMap<>(effectiveFrom));
  }

  /**
   * @param effectiveFromByVersion each version and the day it takes effect
   * @return the timeline
   */
  public static VersionTimeline of(Map<String, LocalDate> effectiveFromByVersion) {
    effectiveFromByVersion.forEach((v, d) -> {
      Objects.requireNonNull(v, "version");
      Objects.requireNonNull(d, "effectiveFrom of " + v);
    });
    return new VersionTimeline(effectiveFromByVersion);
  }

  /** @return a timeline with no version, in which nothing is ever in force */
  public static VersionTimeline empty() {
    return new VersionTimeline(Map.of());
  }

  /**
   * @param version a version such as {@code "2019.1"}
   * @return whether the timeline has it
   */
  public boolean contains(String version) {
    return effectiveFrom.containsKey(version);
  }

  /** @return every version and its effective date, ordered by version */
  public Map<String, LocalDate> versions() {
    return effectiveFrom;
  }

  /**
   * The version in force on {@code day}: the one with the latest {@code effectiveFrom} on or before
   * it (of two with the same date, the greater version string).
   *
   * @param day the day, usually a period's end
   * @return the version, or empty when none is in force yet
   */
  public Optional<String> inForceOn(LocalDate day) {
    String best = null;
    LocalDate bestDate = null;
    for (Map.Entry<String, LocalDate> e : effectiveFrom.entrySet()) {
      LocalDate d = e.getValue();
      if (!d.isAfter(day) && (bestDate == null || !d.isBefore(bestDate))) {
        best = e.getKey();
        bestDate = d;
      }
    }
    return Optional.ofNullable(best);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VersionTimeline t && t.effectiveFrom.equals(effectiveFrom);
  }

  @Override
  public int hashCode() {
    return effectiveFrom.hashCode();
  }

  @Override
  public String toString() {
    return "VersionTimeline" + effectiveFrom;
  }
}

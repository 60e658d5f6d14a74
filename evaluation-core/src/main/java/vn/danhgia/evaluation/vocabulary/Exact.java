package vn.danhgia.evaluation.vocabulary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number, for criteria whose arithmetic is exact and only what is reported is
 * rounded ("100 × completed weight / W", a mean of such figures): a quotient of decimals is not
 * always a decimal, and rounding it early would move a result across a boundary.
 *
 * <p>Immutable and thread-safe; always in lowest terms with a positive denominator, so {@link
 * #equals} is numeric equality. Every operation does work bounded by the size of its operands.
 */
public final class Exact implements Comparable<Exact> {
  /** 0. */
  public static final Exact ZERO = new Exact(BigInteger.ZERO, BigInteger.ONE);
  /** 1. */
  public static final Exact ONE = new Exact(BigInteger.ONE, BigInteger.ONE);
  /** 100, the scale of a percentage. */
  public static final Exact HUNDRED = new Exact(BigInteger.valueOf(100), BigInteger.ONE);

  private final BigInteger numerator;
  private final BigInteger denominator;

  private Exact(BigInteger numerator, BigInteger denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  private static Exact reduced(BigInteger numerator, BigInteger denominator) {
    if (denominator.signum() == 0) {
      throw new ArithmeticException("division by zero");
    }
    if (denominator.signum() < 0) {
      numerator = numerator.negate();
      denominator = denominator.negate();
    }
    if (denominator.equals(BigInteger.ONE)) {
      return new Exact(numerator, denominator);
    }
    BigInteger gcd = numerator.gcd(denominator);
    if (gcd.signum() == 0 || gcd.equals(BigInteger.ONE)) {
      return new Exact(numerator, denominator);
    }
    return new Exact(numerator.divide(gcd), denominator.divide(gcd));
  }

  /**
   * @param value a decimal
   * @return the same number
   */
  public static Exact of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    int scale = value.scale();
    return scale >= 0
        ? reduced(value.unscaledValue(), BigInteger.TEN.pow(scale))
        : reduced(value.unscaledValue().multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
  }

  /**
   * @param value a whole number
   * @return the same number
   */
  public static Exact of(long value) {
    return new Exact(BigInteger.valueOf(value), BigInteger.ONE);
  }

  /**
   * The sum of numbers, as an accumulate's {@code collectList} gives them.
   *
   * @param values {@link Exact}, {@link BigDecimal}, {@link Long} or {@link Integer} values
   * @return their exact sum; {@link #ZERO} for none
   * @throws IllegalArgumentException when a value is of another type, or null
   */
  public static Exact total(Collection<?> values) {
    // Decimals add exactly as decimals: one conversion to a fraction instead of one per value.
    BigDecimal decimals = BigDecimal.ZERO;
    Exact fractions = ZERO;
    for (Object v : values) {
      if (v instanceof BigDecimal d) {
        decimals = decimals.add(d);
      } else if (v instanceof Long || v instanceof Integer) {
        decimals = decimals.add(BigDecimal.valueOf(((Number) v).longValue()));
      } else {
        fractions = fractions.plus(from(v));
      }
    }
    Exact sum = of(decimals);
    return fractions.signum() == 0 ? sum : sum.plus(fractions);
  }

  /**
   * The unweighted mean of numbers, as an accumulate's {@code collectList} gives them.
   *
   * @param values as for {@link #total}; at least one
   * @return their exact mean
   * @throws IllegalArgumentException when there is none, or a value is of another type
   */
  public static Exact mean(Collection<?> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("the mean of no value");
    }
    return total(values).dividedBy(of(values.size()));
  }

  private static Exact from(@Nullable Object v) {
    if (v instanceof Exact e) {
      return e;
    }
    if (v instanceof BigDecimal d) {
      return of(d);
    }
    if (v instanceof Long || v instanceof Integer) {
      return of(((Number) v).longValue());
    }
    throw new IllegalArgumentException("not an exact number: " + (v == null ? "null" : v.getClass().getName()));
  }

  /**
   * @param other a number
   * @return this + other
   */
  public Exact plus(Exact other) {
    return reduced(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
        denominator.multiply(other.denominator));
  }

  /**
   * @param other a number
   * @return this − other
   */
  public Exact minus(Exact other) {
    return plus(other.negate());
  }

  /** @return −this */
  public Exact negate() {
    return new Exact(numerator.negate(), denominator);
  }

  /**
   * @param other a number
   * @return this × other
   */
  public Exact times(Exact other) {
    return reduced(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
  }

  /**
   * @param other a decimal
   * @return this × other
   */
  public Exact times(BigDecimal other) {
    return times(of(other));
  }

  /**
   * @param other a number
   * @return this / other
   * @throws ArithmeticException when other is 0
   */
  public Exact dividedBy(Exact other) {
    return reduced(numerator.multiply(other.denominator), denominator.multiply(other.numerator));
  }

  /**
   * @param other a decimal
   * @return this / other
   * @throws ArithmeticException when other is 0
   */
  public Exact dividedBy(BigDecimal other) {
    return dividedBy(of(other));
  }

  /**
   * @param other a number
   * @return the larger of the two
   */
  public Exact max(Exact other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /**
   * @param other a number
   * @return the smaller of the two
   */
  public Exact min(Exact other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** @return −1, 0 or 1 as this is negative, zero or positive */
  public int signum() {
    return numerator.signum();
  }

  /**
   * @return this rounded to the report's 2 decimals, half up (away from zero on a tie)
   */
  public BigDecimal rounded() {
    return new BigDecimal(numerator).divide(new BigDecimal(denominator), 2, RoundingMode.HALF_UP);
  }

  @Override
  public int compareTo(Exact other) {
    return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Exact e && numerator.equals(e.numerator) && denominator.equals(e.denominator);
  }

  @Override
  public int hashCode() {
    return 31 * numerator.hashCode() + denominator.hashCode();
  }

  /** @return {@code numerator/denominator}, or the whole number alone */
  @Override
  public String toString() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }
}

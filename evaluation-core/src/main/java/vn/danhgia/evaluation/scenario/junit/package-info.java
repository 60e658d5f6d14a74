/**
 * Scenario folders as JUnit 5 dynamic tests.
 *
 * <p>This package is the only part of the library that uses JUnit. {@code junit-jupiter-api} is an
 * <em>optional</em> dependency of {@code evaluation-core}: it is not passed on to a host's classpath,
 * and nothing outside this package loads a JUnit class, so a host that never calls {@link
 * vn.danhgia.evaluation.scenario.junit.ScenarioTests} needs no JUnit at run time. A test that does
 * call it has JUnit on its test classpath already.
 */
@NullMarked
package vn.danhgia.evaluation.scenario.junit;

import org.jspecify.annotations.NullMarked;

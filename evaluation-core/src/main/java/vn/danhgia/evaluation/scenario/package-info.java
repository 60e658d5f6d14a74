/**
 * Tools for policy staff and rule authors: scenario tests, rule coverage and version impact.
 *
 * <ul>
 *   <li>A {@link vn.danhgia.evaluation.scenario.Scenario} is one situation (an input) and the results
 *       expected for some of its cadres; {@link vn.danhgia.evaluation.scenario.ScenarioReader} reads
 *       scenario files ({@code evaluation-scenario/1}, schema {@code
 *       vn/danhgia/evaluation/schema/scenario-1.schema.json}) and
 *       {@link vn.danhgia.evaluation.scenario.ScenarioRunner} runs them against an {@link
 *       vn.danhgia.evaluation.engine.Evaluator}, reporting every failing expectation with the reasons
 *       the engine gave.
 *   <li>{@link vn.danhgia.evaluation.scenario.CoverageReport}: which rules of a version fired how
 *       often, per rule file, and which never fired.
 *   <li>{@link vn.danhgia.evaluation.scenario.VersionImpact}: every cadre whose rating, status or
 *       reasons change between two reports of the same input, and the count by rating transition.
 *   <li>{@link vn.danhgia.evaluation.scenario.Outcome}: readable assertions on a report for tests,
 *       throwing {@link AssertionError} with the cadre's whole explanation; no test library needed.
 * </ul>
 *
 * <p>JUnit 5 users turn a scenario folder into dynamic tests with {@code
 * vn.danhgia.evaluation.scenario.junit.ScenarioTests}.
 */
@NullMarked
package vn.danhgia.evaluation.scenario;

import org.jspecify.annotations.NullMarked;

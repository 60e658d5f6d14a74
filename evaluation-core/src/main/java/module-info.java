/**
 * The cadre evaluation rules engine: the domain model, the JSON interchange with validation, rule set
 * loading and the evaluation engine. A host on the module path needs only
 * {@code requires vn.danhgia.evaluation.core;}.
 *
 * <p>The module is open: Drools reads the model and vocabulary types by reflection and its compilers read
 * their {@code .class} files as resources. The Drools and KIE jars are automatic modules: requiring
 * them resolves every automatic module on the module path (the built-in rule sets' jar among them);
 * Jackson, SLF4J and the JSON schema validator are explicit modules required here by name. Apache POI
 * (for {@code parameters.xlsx}) and JUnit (for {@code vn.danhgia.evaluation.scenario.junit}) are optional:
 * a host that uses them adds them to its module graph. The HTML report's template engine is relocated
 * into this module's jar ({@code vn.danhgia.evaluation.internal.jmustache}), so it is not a dependency.
 */
open module vn.danhgia.evaluation.core {
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.networknt.schema;
  requires org.slf4j;
  requires static transitive org.jspecify;

  requires org.kie.api;
  requires org.kie.internal.api;
  requires org.drools.base;
  requires org.drools.core;
  requires org.drools.kiesession;
  requires org.drools.wiring.api;
  requires org.drools.compiler;
  requires org.drools.drl.ast;
  requires org.drools.drl.parser;
  requires org.drools.canonicalmodel;
  requires org.drools.model.codegen;
  requires org.drools.modelcompiler;
  requires org.drools.mvelparser;
  requires com.github.javaparser.core;
  // antlr-runtime 3.5.2 (the DRL lexer's) names no module: "antlr.runtime" comes from its file name.
  requires antlr.runtime;
  requires org.objectweb.asm;
  requires org.objectweb.asm.tree;
  requires org.objectweb.asm.tree.analysis;

  // Compiled against; at run time the copy relocated into this jar by the shade plugin is used
  // (package vn.danhgia.evaluation.internal.jmustache, listed in the jar's module descriptor).
  requires static com.samskivert.jmustache;
  requires static org.apache.poi.poi;
  requires static org.apache.poi.ooxml;
  requires static org.junit.jupiter.api;

  exports vn.danhgia.evaluation;
  exports vn.danhgia.evaluation.engine;
  exports vn.danhgia.evaluation.io;
  exports vn.danhgia.evaluation.model;
  exports vn.danhgia.evaluation.policy;
  exports vn.danhgia.evaluation.report;
  exports vn.danhgia.evaluation.report.html;
  exports vn.danhgia.evaluation.repository;
  exports vn.danhgia.evaluation.ruleset;
  exports vn.danhgia.evaluation.scenario;
  exports vn.danhgia.evaluation.scenario.junit;
  exports vn.danhgia.evaluation.testing;
  exports vn.danhgia.evaluation.validation;
  exports vn.danhgia.evaluation.vocabulary;
}

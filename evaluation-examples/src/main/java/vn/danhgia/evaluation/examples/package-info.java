/**
 * An example host application: how a government system embeds the library, keeps the rule folder
 * live while it runs, and evaluates inputs on whatever rules are current.
 */
package vn.danhgia.evaluation.examples;

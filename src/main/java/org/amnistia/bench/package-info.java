/**
 * The benchmark: the same roster pipeline run with the rules engine and with a plain-Java
 * evaluator of the same windows and exclusions, measured in one run.
 */
package org.amnistia.bench;

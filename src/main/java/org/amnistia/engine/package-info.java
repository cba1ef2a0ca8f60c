/**
 * The engine: compiles each law version's DRL into one KieBase, evaluates cases in rule sessions
 * and turns what the rules found into verdicts. Nothing here knows any particular article.
 */
package org.amnistia.engine;

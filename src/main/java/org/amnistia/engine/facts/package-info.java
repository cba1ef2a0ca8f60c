/**
 * The facts the DRL rules match and derive: a {@link org.amnistia.engine.facts.Subject} (one case
 * under one reading of every doubt), its charges, and what the rules conclude about them.
 */
package org.amnistia.engine.facts;

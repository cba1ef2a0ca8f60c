/**
 * The case-file contract of {@code docs/spec/formato-caso.md}: the facts of one case as they
 * enter the engine, read strictly (an unknown field is an error naming its path).
 */
package org.amnistia.casefile;

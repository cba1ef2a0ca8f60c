/**
 * The case-file contract of {@code shared/spec/case-format.md}: the facts of one case as they
 * enter the engine, read strictly (an unknown field is an error naming its path).
 */
package org.amnistia.casefile;

/**
 * The offense catalogue ({@code rules/catalogo-delitos.json}) and the recogniser that turns a
 * charge written as a code or as free Spanish text into a catalogue code (docs/spec/semantica.md §4).
 */
package org.amnistia.offense;

/**
 * The verdict contract of {@code docs/spec/formato-caso.md}: what the engine answers for one
 * case, with every article it applied and why, in Spanish and English.
 */
package org.amnistia.verdict;

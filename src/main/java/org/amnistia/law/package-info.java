/**
 * The versions of the law: the enacted text, earlier drafts and proposals, each a folder of rule
 * files with a {@code version.yaml}; a version on a base holds only the rules it replaces, repeals
 * or adds ({@link org.amnistia.law.RuleOverlay}), and {@link org.amnistia.law.LawDiff} says what it
 * changes.
 */
package org.amnistia.law;

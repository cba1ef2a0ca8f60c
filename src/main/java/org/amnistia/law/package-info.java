/**
 * The versions of the law: the enacted text, earlier drafts and proposals, each a folder of rule
 * files with a {@code version.yaml}, an overlay that replaces whole files of its base.
 */
package org.amnistia.law;

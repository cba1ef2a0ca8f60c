/**
 * The same roster under two versions of the law, or two readings of one: who gains, who loses,
 * and the article that made the difference; and who sits close to a window's bound.
 */
package org.amnistia.compare;

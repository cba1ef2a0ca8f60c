package org.amnistia.engine.facts;

/** A condition of a numeral is met, unmet, or unknown until a missing fact is given. */
public enum ConditionStatus { MET, UNMET, UNKNOWN }

package org.amnistia.engine.facts;

/** The result of a check (semantics.md §2): definite pass or fail, pending a fact, or information. */
public enum Status { PASS, FAIL, PENDING, INFO }

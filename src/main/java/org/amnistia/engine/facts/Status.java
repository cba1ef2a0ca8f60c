package org.amnistia.engine.facts;

/** The result of a check (docs/spec/semantica.md §2): definite pass or fail, pending a fact, or information. */
public enum Status { PASS, FAIL, PENDING, INFO }

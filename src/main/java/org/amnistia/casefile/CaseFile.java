package org.amnistia.casefile;

import java.util.List;

/**
 * One case (docs/spec/formato-caso.md). Every fact is known or absent ({@code null}); absent is never
 * read as {@code false} (docs/spec/semantica.md §1). {@code charges} absent means unknown, empty means none.
 */
public record CaseFile(
        String id,
        String name,
        Conduct conduct,
        List<Charge> charges,
        Person person,
        Proceeding proceeding,
        Request request,
        PartialDate asOf) {

    /** The alleged conduct: its dates (Art. 1, 7: the test is the conduct, not the arrest) and context. */
    public record Conduct(
            PartialDate from,
            PartialDate to,
            Boolean ceased,
            Boolean political,
            String event,
            Boolean assemblyMandate) {

        /**
         * Whether the file itself says the conduct ended (Art. 7, D12): it states a last day
         * ({@code to}), or it is one exact day. A conduct given only as a month or a year may
         * still be going on.
         */
        public boolean endIsStated() {
            return to != null || (from != null && from.dayPrecise());
        }
    }

    /** A charge as written in the court file: a catalogue code or the Spanish name. */
    public record Charge(String offense, Boolean attempt, Double minPenaltyYears, String note) {
    }

    public record Person(Location location, Boolean detained, Boolean military, Boolean minor) {
    }

    public record Proceeding(Stage stage, Boolean aDerecho) {
    }

    public record Request(PartialDate filedOn, RequestBy by) {
    }

    public enum Location { VENEZUELA, ABROAD }

    public enum Stage { NONE, INVESTIGATION, CONTROL, TRIAL, APPEAL, EXECUTION }

    public enum RequestBy { PERSON, PROSECUTOR, DEFENSE, RELATIVE, ATTORNEY_ABROAD }

    /** Never {@code null}: an empty conduct when the file gives none. */
    public Conduct conductOrEmpty() {
        return conduct != null ? conduct : new Conduct(null, null, null, null, null, null);
    }

    public Person personOrEmpty() {
        return person != null ? person : new Person(null, null, null, null);
    }

    public Proceeding proceedingOrEmpty() {
        return proceeding != null ? proceeding : new Proceeding(null, null);
    }

    public Request requestOrEmpty() {
        return request != null ? request : new Request(null, null);
    }
}

package org.amnistia.roster;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names sheets give each field, Spanish first and English beside, compared as
 * {@link SheetWords#key} (accents, case, spacing and punctuation ignored): «Nombre», «Fecha de los
 * hechos», «Delitos», «¿Privado/a de libertad?», «Fase del proceso»… and the contract's own column
 * names. Two kinds of header are known without being a field: a date of detention or of the
 * charge, which is never taken for the date of the conduct (Arts. 1 and 7 test the conduct: only
 * a column map can say that column holds it), and a yes/no «¿En el exterior?», read as the location.
 */
final class HeaderNames {

    private static final Map<String, RosterColumn> FIELDS = new HashMap<>();
    /** Dates that are not the conduct's: key → what the date is, {es, en}. */
    private static final Map<String, String[]> OTHER_DATES = new HashMap<>();
    private static final Map<RosterColumn, String[]> LABELS = new EnumMap<>(RosterColumn.class);

    static {
        field(RosterColumn.ID, "identificador del caso", "case id",
                "id", "identificador", "codigo", "codigo del caso", "caso", "id caso", "n", "no", "nro", "num", "numero",
                "n de caso", "numero de caso", "ref", "referencia", "case id", "number");
        field(RosterColumn.NAME, "nombre (dato personal: nunca se registra ni sale del equipo)",
                "name (personal data: never logged, never leaves the machine)",
                "nombre", "nombres", "nombre y apellido", "nombres y apellidos", "apellidos y nombres", "nombre completo",
                "apellido y nombre", "persona", "full name");
        field(RosterColumn.CONDUCT_FROM, "primer día de la conducta", "first day of the conduct",
                "fecha de los hechos", "fecha de la conducta", "fecha de hechos", "fecha hechos", "fecha del hecho",
                "fecha de los hechos desde", "fecha de la conducta desde", "hechos desde", "conducta desde", "desde",
                "fecha desde", "inicio de los hechos", "inicio de la conducta", "fecha de inicio de los hechos",
                "date of the conduct", "conduct date", "date of events", "conduct from", "from");
        field(RosterColumn.CONDUCT_TO, "último día de la conducta", "last day of the conduct",
                "hasta", "fecha hasta", "fecha de los hechos hasta", "fecha de la conducta hasta", "hechos hasta",
                "conducta hasta", "fin de los hechos", "fin de la conducta", "fecha de fin de los hechos", "conduct to", "to");
        field(RosterColumn.CONDUCT_CEASED, "cesó en la conducta (Art. 7)", "ceased the conduct (Art. 7)",
                "ceso", "ceso la conducta", "ceso en la conducta", "cese", "cese de la conducta", "ceased");
        field(RosterColumn.POLITICAL, "móvil político o vínculo con un hecho político", "political motive or link",
                "motivacion politica", "motivo politico", "movil politico", "politico", "politica", "caracter politico",
                "political", "political motive");
        field(RosterColumn.EVENT, "numeral del Art. 8 al que se vincula la conducta", "Art. 8 numeral the conduct is linked to",
                "vinculo", "numeral", "vinculo con un hecho", "hecho vinculado", "numeral del art 8", "evento", "hecho",
                "event");
        field(RosterColumn.ASSEMBLY_MANDATE, "actuó por mandato de la Asamblea Nacional 2016–2021",
                "acted on the 2016–2021 National Assembly's mandate",
                "mandato de la asamblea", "mandato asamblea nacional", "diputado", "diputada", "assembly mandate");
        field(RosterColumn.CHARGES, "cargos como constan en el expediente", "charges as in the court file",
                "delitos", "cargos", "imputacion", "imputaciones", "delitos imputados", "cargos imputados", "tipo penal",
                "tipos penales", "delito", "calificacion juridica", "acusacion", "charges", "offences", "offenses");
        field(RosterColumn.LOCATION, "dónde está la persona (VENEZUELA o ABROAD)", "where the person is",
                "ubicacion", "ubicacion actual", "donde esta", "lugar", "pais", "pais de residencia", "residencia", "location");
        field(RosterColumn.DETAINED, "privada de libertad hoy", "deprived of liberty today",
                "detenido", "detenida", "privado de libertad", "privada de libertad", "privacion de libertad", "preso",
                "presa", "esta detenido", "encarcelado", "detained", "in custody");
        field(RosterColumn.MILITARY, "miembro de la Fuerza Armada", "member of the armed forces",
                "militar", "es militar", "militar o civil", "condicion militar", "military");
        field(RosterColumn.MINOR, "menor de 18 años en la fecha de la conducta", "under 18 at the time of the conduct",
                "menor de edad", "menor", "adolescente", "minor");
        field(RosterColumn.STAGE, "fase del proceso", "stage of the proceeding",
                "fase", "fase del proceso", "etapa", "etapa del proceso", "estado del proceso", "estado procesal",
                "situacion procesal", "fase procesal", "stage");
        field(RosterColumn.A_DERECHO, "a derecho: a disposición del tribunal", "at the court's disposal",
                "a derecho", "esta a derecho", "a disposicion del tribunal", "a derecho ante el tribunal");
        field(RosterColumn.REQUEST_FILED_ON, "día en que se presentó la solicitud de amnistía", "day the request was filed",
                "fecha de la solicitud", "fecha de solicitud", "fecha de la solicitud de amnistia", "solicitud presentada el",
                "request filed on", "request date");
        field(RosterColumn.REQUEST_BY, "quién presentó la solicitud", "who filed the request",
                "solicitante", "solicitado por", "quien solicito", "presentada por", "request by", "filed by");
        field(RosterColumn.AS_OF, "día para el que se evalúa", "day the evaluation speaks for",
                "evaluar al", "evaluar al dia", "fecha de evaluacion", "as of");
        for (RosterColumn c : RosterColumn.values()) {
            FIELDS.put(SheetWords.key(c.header()), c);
        }

        otherDate("detención", "detention", "fecha de detencion", "fecha de la detencion", "detenido desde",
                "detenida desde", "fecha de arresto", "fecha del arresto", "fecha de captura", "fecha de aprehension",
                "fecha de la aprehension", "fecha de privacion de libertad", "fecha de ingreso", "date of arrest",
                "arrest date", "detention date");
        otherDate("imputación", "charge", "fecha de imputacion", "fecha de la imputacion", "fecha de acusacion",
                "fecha de la acusacion", "fecha de presentacion", "fecha de la audiencia de presentacion", "fecha de la causa",
                "charge date");
        otherDate("sentencia", "sentence", "fecha de la sentencia", "fecha de sentencia", "fecha de condena");
    }

    /** Headers that name a yes/no «is the person abroad?»: yes is ABROAD, no VENEZUELA. */
    private static final List<String> ABROAD = List.of("en el exterior", "exterior", "en el extranjero", "fuera del pais",
            "exiliado", "exiliada", "en el exilio", "abroad");

    static {
        for (String k : ABROAD) {
            FIELDS.put(k, RosterColumn.LOCATION);
        }
    }

    private HeaderNames() {
    }

    private static void field(RosterColumn column, String es, String en, String... keys) {
        LABELS.put(column, new String[] {es, en});
        for (String k : keys) {
            RosterColumn before = FIELDS.put(SheetWords.key(k), column);
            if (before != null && before != column) {
                throw new IllegalStateException(k + " names both " + before + " and " + column);
            }
        }
    }

    private static void otherDate(String es, String en, String... keys) {
        for (String k : keys) {
            OTHER_DATES.put(SheetWords.key(k), new String[] {es, en});
        }
    }

    /** The field a header names, or {@code null}. */
    static RosterColumn field(String header) {
        return FIELDS.get(SheetWords.key(header));
    }

    /** For the header of a date that is not the conduct's: what date it is ({@code {"detención", "detention"}}), else {@code null}. */
    static String[] otherDate(String header) {
        return OTHER_DATES.get(SheetWords.key(header));
    }

    /** Headers that name a date without saying which: it may be the conduct's, so a map must say. */
    private static final List<String> BARE_DATES = List.of("fecha", "fechas", "date", "dia", "fecha del caso");

    /** Whether a header is a date that does not say whose ({@code Fecha}). */
    static boolean bareDate(String header) {
        return BARE_DATES.contains(SheetWords.key(header));
    }

    /** Whether a location header is a yes/no «¿en el exterior?». */
    static boolean meansAbroad(String header) {
        return ABROAD.contains(SheetWords.key(header));
    }

    /** What a field is, {@code {es, en}}, for the column map's comments. */
    static String[] label(RosterColumn column) {
        return LABELS.get(column);
    }

    /**
     * The contract column a header looks like a typo of ({@code conduct_form} → {@code conduct_from}),
     * or {@code null}: such a header is refused rather than ignored, so that a typo never drops a
     * fact in silence.
     */
    static RosterColumn typoOf(String header) {
        String key = SheetWords.key(header);
        if (key.isEmpty() || FIELDS.containsKey(key) || OTHER_DATES.containsKey(key)) {
            return null;
        }
        for (RosterColumn c : RosterColumn.values()) {
            String canonical = SheetWords.key(c.header());
            int limit = canonical.length() <= 4 ? 0 : canonical.length() <= 7 ? 1 : 2;
            if (SheetWords.distance(key, canonical) <= limit) {
                return c;
            }
        }
        return null;
    }
}

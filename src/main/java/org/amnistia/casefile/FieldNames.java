package org.amnistia.casefile;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field paths a case knows ({@code conduct.from}, {@code charges[].offense}, taken from
 * {@link CaseFile} itself so they never drift), and the one an unknown field most likely meant:
 * the same name in another case or object ({@code conduct.detained} → {@code person.detained}), a
 * Spanish word for it ({@code detenido} → {@code person.detained}), or a typo of it
 * ({@code conduct.politcal} → {@code conduct.political}), also across objects.
 */
final class FieldNames {

    /** Every known path, objects included, in the order of {@link CaseFile}; arrays as {@code charges[]}. */
    private static final List<String> PATHS = new ArrayList<>();
    /** Each object's path ({@code ""} for the case itself) to the names of its fields. */
    private static final Map<String, List<String>> FIELDS = new LinkedHashMap<>();

    /**
     * Spanish words (as {@link Words#key keys}) for each field. A word may name several paths: the
     * one in the object where it was written wins, else the first.
     */
    private static final Map<String, List<String>> SPANISH = new HashMap<>();

    static {
        collect(CaseFile.class, "");
        spanish("id", "identificador", "codigo", "caso", "expediente");
        spanish("name", "nombre", "nombres", "nombreyapellido", "apellido", "apellidos");
        spanish("conduct", "conducta", "hechos", "hecho");
        spanish("conduct.from", "desde", "inicio", "fechainicio", "fechadeinicio", "comienzo", "fechadelhecho",
                "fechadeloshechos", "fechahecho", "fecha", "fechaconducta", "fechadelaconducta");
        spanish("conduct.to", "hasta", "fin", "final", "fechafin", "fechafinal", "fechadefin", "termino");
        spanish("conduct.ceased", "ceso", "cesado", "cesada", "cese", "hacesado");
        spanish("conduct.political", "politico", "politica", "movilpolitico", "motivopolitico", "politicos");
        spanish("conduct.event", "evento", "numeral", "hechovinculado", "suceso");
        spanish("conduct.assemblyMandate", "mandato", "mandatoasamblea", "mandatodelaasamblea", "diputado", "asamblea");
        spanish("charges", "cargos", "delitos", "imputaciones", "acusaciones", "cargo", "delito");
        spanish("charges[].offense", "delito", "cargo", "tipo", "tipopenal", "imputacion", "ofensa");
        spanish("charges[].attempt", "tentativa", "frustracion", "frustrado", "engradodetentativa");
        spanish("charges[].minPenaltyYears", "penaminima", "pena", "penaminimaanos", "anos", "minpena");
        spanish("charges[].note", "nota", "notas", "observacion", "observaciones", "norma", "articulo");
        spanish("person", "persona", "imputado", "imputada", "procesado", "procesada");
        spanish("person.location", "ubicacion", "exterior", "extranjero", "lugar", "pais", "residencia", "donde");
        spanish("person.detained", "detenido", "detenida", "preso", "presa", "privadodelibertad",
                "privadadelibertad", "privado", "privada", "detencion", "encarcelado", "encarcelada");
        spanish("person.military", "militar", "militares", "fanb", "fuerzaarmada");
        spanish("person.minor", "menor", "menordeedad", "adolescente", "menorde18");
        spanish("proceeding", "proceso", "procedimiento", "causa");
        spanish("proceeding.stage", "fase", "etapa", "estado", "estadoprocesal", "fasedelproceso", "etapaprocesal");
        spanish("proceeding.aDerecho", "aderecho", "puestoaderecho", "puestaaderecho", "ponersederecho", "derecho");
        spanish("request", "solicitud", "peticion", "pedido");
        spanish("request.filedOn", "fechasolicitud", "fechadesolicitud", "fechadelasolicitud", "presentada",
                "presentacion", "fechadepresentacion", "fecha", "presentadael");
        spanish("request.by", "solicitante", "presentadapor", "quien", "por", "quienlapresenta");
        spanish("asOf", "fechadecorte", "corte", "alafecha", "fechaevaluacion", "fechadeevaluacion", "hoy", "al");
    }

    private FieldNames() {
    }

    private static void collect(Class<?> record, String prefix) {
        List<String> names = new ArrayList<>();
        FIELDS.put(prefix, names);
        for (RecordComponent c : record.getRecordComponents()) {
            String path = prefix.isEmpty() ? c.getName() : prefix + "." + c.getName();
            names.add(c.getName());
            PATHS.add(path);
            Class<?> type = c.getType();
            if (type.isRecord() && type.getDeclaringClass() == CaseFile.class) {
                collect(type, path);
            } else if (List.class.isAssignableFrom(type)) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                if (element instanceof Class<?> elementClass && elementClass.isRecord()) {
                    collect(elementClass, path + "[]");
                }
            }
        }
    }

    private static void spanish(String path, String... words) {
        if (!PATHS.contains(path)) {
            throw new IllegalStateException("not a case field: " + path);
        }
        for (String word : words) {
            List<String> paths = SPANISH.computeIfAbsent(Words.key(word), k -> new ArrayList<>());
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
    }

    /** The names of the fields of the object at {@code parent} ({@code ""}: the case; {@code charges[0]}: a charge); empty if none. */
    static List<String> fieldsOf(String parent) {
        return FIELDS.getOrDefault(generic(parent), List.of());
    }

    /**
     * The known path an unknown field at {@code path} most likely meant, written with the indexes of
     * {@code path} ({@code charges[1].delito} → {@code charges[1].offense}); {@code null} when none is close.
     */
    static String suggest(String path) {
        int dot = path.lastIndexOf('.');
        String parent = dot < 0 ? "" : path.substring(0, dot);
        String leaf = dot < 0 ? path : path.substring(dot + 1);
        String genericParent = generic(parent);
        String key = Words.key(leaf);
        if (key.isEmpty()) {
            return null;
        }
        // 1. The very name, in another case or spelling, or in another object.
        List<String> same = new ArrayList<>();
        for (String known : PATHS) {
            if (Words.key(leafOf(known)).equals(key)) {
                same.add(known);
            }
        }
        String found = pick(same, genericParent);
        // 2. A Spanish word for it.
        if (found == null) {
            found = pick(SPANISH.getOrDefault(key, List.of()), genericParent);
        }
        // 3. The nearest name or Spanish word by edit distance; another object costs one more edit.
        if (found == null) {
            int best = Integer.MAX_VALUE;
            for (String known : PATHS) {
                int d = Words.distance(key, Words.key(leafOf(known))) + (parentOf(known).equals(genericParent) ? 0 : 1);
                if (d < best && d <= Words.typoLimit(key.length())) {
                    best = d;
                    found = known;
                }
            }
            for (Map.Entry<String, List<String>> word : SPANISH.entrySet()) {
                String known = pick(word.getValue(), genericParent);
                int d = Words.distance(key, word.getKey()) + (parentOf(known).equals(genericParent) ? 0 : 1);
                if (d < best && d <= Words.typoLimit(key.length())) {
                    best = d;
                    found = known;
                }
            }
        }
        if (found == null || found.equals(genericParent.isEmpty() ? leaf : genericParent + "." + leaf)) {
            return null;
        }
        return withIndexes(found, parent);
    }

    /** The path in {@code candidates} under {@code parent}, else the first; {@code null} if none. */
    private static String pick(List<String> candidates, String parent) {
        for (String c : candidates) {
            if (parentOf(c).equals(parent)) {
                return c;
            }
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    /** {@code charges[]} in {@code found} takes the index {@code written} gave it, when it gave one. */
    private static String withIndexes(String found, String written) {
        int open = written.indexOf("charges[");
        if (found.startsWith("charges[]") && open == 0) {
            int close = written.indexOf(']');
            return written.substring(0, close + 1) + found.substring("charges[]".length());
        }
        return found;
    }

    static String parentOf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String leafOf(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** {@code charges[3]} → {@code charges[]}. */
    private static String generic(String path) {
        return path.replaceAll("\\[\\d+]", "[]");
    }
}

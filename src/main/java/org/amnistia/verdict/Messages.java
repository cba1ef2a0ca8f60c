package org.amnistia.verdict;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Spanish and English texts of findings, questions and obligations, keyed by message id
 * ({@code messages/hallazgos_es.properties}, {@code _en}), and the labels of the interfaces
 * ({@code messages/interfaz_es.properties}, {@code _en}). Templates use {@code {0}}, {@code {1}}…
 * and are parsed once; formatting is cheap enough for the roster hot path.
 */
public final class Messages {

    private static final Messages ES = new Messages("hallazgos", "es");
    private static final Messages EN = new Messages("hallazgos", "en");
    private static final Messages UI_ES = new Messages("interfaz", "es");
    private static final Messages UI_EN = new Messages("interfaz", "en");

    private final Properties texts = new Properties();
    private final Map<String, Object[]> compiled = new ConcurrentHashMap<>();
    private final String lang;

    private Messages(String bundle, String lang) {
        this.lang = lang;
        String resource = "messages/" + bundle + "_" + lang + ".properties";
        try (InputStream in = Messages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Messages es() {
        return ES;
    }

    public static Messages en() {
        return EN;
    }

    /** Labels of the command line and the web page in {@code es} or {@code en}. */
    public static Messages ui(String lang) {
        return "en".equalsIgnoreCase(lang) ? UI_EN : UI_ES;
    }

    /** Whether a text exists for {@code key} (a version's rules must not name a message that is missing). */
    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text for {@code key} with its arguments filled in; fails loudly on a missing key. */
    public String format(String key, List<?> args) {
        Object[] parts = compiled.computeIfAbsent(key, this::compile);
        if (parts.length == 1 && parts[0] instanceof String constant) {
            return constant; // most texts have no placeholder: shared, not rebuilt for every verdict
        }
        StringBuilder out = new StringBuilder(64);
        for (Object part : parts) {
            if (part instanceof Integer index) {
                out.append(index < args.size() ? render(args.get(index), lang) : "{" + index + "}");
            } else {
                out.append((String) part);
            }
        }
        return out.toString();
    }

    public String format(String key, Object... args) {
        return format(key, java.util.Arrays.asList(args));
    }

    private Object[] compile(String key) {
        String template = texts.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("no " + lang + " text for message «" + key + "»");
        }
        List<Object> parts = new ArrayList<>();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                parts.add(template.substring(i));
                break;
            }
            if (open > i) {
                parts.add(template.substring(i, open));
            }
            parts.add(Integer.parseInt(template.substring(open + 1, close)));
            i = close + 1;
        }
        return parts.toArray();
    }

    private static String render(Object arg, String lang) {
        if (arg instanceof String text) {
            return text;
        }
        if (arg instanceof Bilingual both) {
            return both.in(lang);
        }
        if (arg instanceof Double d) {
            return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
        }
        if (arg instanceof LocalDate day) {
            return day.toString();
        }
        return String.valueOf(arg);
    }
}

package org.amnistia.roster;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How a text roster's bytes are read (docs/spec/linea-de-ordenes.md, "Encodings"): UTF-8 (with or
 * without a byte-order mark), UTF-16 with its mark, or Windows-1252, the encoding Excel on Windows
 * saves a CSV in. Told by {@link RosterDecoder} from the bytes, or forced with {@code --encoding}.
 */
public enum RosterEncoding {
    UTF_8("utf-8", StandardCharsets.UTF_8),
    UTF_16LE("utf-16le", StandardCharsets.UTF_16LE),
    UTF_16BE("utf-16be", StandardCharsets.UTF_16BE),
    /** Forced {@code --encoding utf-16}: the byte-order mark tells the byte order (big-endian without one). */
    UTF_16("utf-16", StandardCharsets.UTF_16BE),
    WINDOWS_1252("windows-1252", Charset.forName("windows-1252"));

    private final String code;
    private final Charset charset;

    RosterEncoding(String code, Charset charset) {
        this.code = code;
        this.charset = charset;
    }

    /** The name the summary and {@code --encoding} use ({@code utf-8}, {@code utf-16le}, {@code windows-1252}…). */
    public String code() {
        return code;
    }

    Charset charset() {
        return charset;
    }

    /**
     * The encoding {@code --encoding} names: {@code utf-8}, {@code utf-16} (or {@code utf-16le},
     * {@code utf-16be}), {@code windows-1252} (or {@code cp1252}), in any case; {@code null} for anything else.
     */
    public static RosterEncoding parse(String name) {
        if (name == null) {
            return null;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "utf-8", "utf8" -> UTF_8;
            case "utf-16", "utf16" -> UTF_16;
            case "utf-16le" -> UTF_16LE;
            case "utf-16be" -> UTF_16BE;
            case "windows-1252", "cp1252", "cp-1252", "win-1252" -> WINDOWS_1252;
            default -> null;
        };
    }
}

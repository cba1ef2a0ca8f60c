package org.amnistia.roster;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * A text roster's bytes as characters, in constant memory, never rewriting a byte it cannot read.
 *
 * <p>The encoding is the one forced ({@code --encoding}) or else told from the bytes: a byte-order
 * mark says UTF-8, UTF-16LE or UTF-16BE (and is skipped); without one, the first {@value #SNIFF}
 * bytes are UTF-8 when they are valid UTF-8, else Windows-1252 when every byte of them has a meaning
 * there (0x81, 0x8D, 0x8F, 0x90 and 0x9D have none), else UTF-8.
 *
 * <p>A byte the encoding cannot read is not turned into a replacement character silently: the
 * decoder gives U+FFFD in its place so the reader keeps the record's shape, and keeps a
 * {@link Flaw} (where in the text, where in the file, which byte) that the reader asks for when the
 * record ends ({@link #flawIn}), and rejects the record naming the byte. A NUL character is a flaw
 * too. Not thread-safe.
 */
final class RosterDecoder extends Reader {

    /** How many bytes tell the encoding when no byte-order mark does. */
    static final int SNIFF = 64 * 1024;

    /**
     * A byte that cannot be read, or a NUL: {@code charIndex} is its place in the decoded text
     * (0-based), {@code byteOffset} its place in the input (0-based, the mark included; {@code -1}
     * when not known), {@code byteValue} the byte.
     */
    record Flaw(long charIndex, long byteOffset, int byteValue, boolean nul) {

        /** Why the record that holds it cannot be read, in Spanish. */
        String es(RosterEncoding encoding) {
            if (nul) {
                return "la fila tiene un carácter NUL (0x00)" + (byteOffset >= 0 ? " en el byte " + byteOffset + " del archivo" : "")
                        + ": ¿es un archivo binario, o UTF-16 sin marca de orden de bytes (--encoding utf-16)?";
            }
            String b = hex(byteValue);
            return switch (encoding) {
                case UTF_8 -> "byte " + b + " que no es UTF-8 válido en el byte " + byteOffset + " del archivo (contando desde 0); "
                        + "ningún carácter se reemplaza: si la nómina se guardó con Excel en Windows, use --encoding windows-1252";
                case WINDOWS_1252 -> "byte " + b + " sin significado en Windows-1252 en el byte " + byteOffset
                        + " del archivo (contando desde 0)";
                default -> "bytes que no son " + encoding.code() + " válido (" + b + ") en el byte " + byteOffset
                        + " del archivo (contando desde 0)";
            };
        }

        /** Why the record that holds it cannot be read, in English. */
        String en(RosterEncoding encoding) {
            if (nul) {
                return "the row holds a NUL character (0x00)" + (byteOffset >= 0 ? " at byte offset " + byteOffset : "")
                        + ": is it a binary file, or UTF-16 without a byte-order mark (--encoding utf-16)?";
            }
            String b = hex(byteValue);
            return switch (encoding) {
                case UTF_8 -> "byte " + b + " is not valid UTF-8, at byte offset " + byteOffset + " of the file (from 0); "
                        + "no character is replaced: if Excel on Windows saved the roster, use --encoding windows-1252";
                case WINDOWS_1252 -> "byte " + b + " has no meaning in Windows-1252, at byte offset " + byteOffset
                        + " of the file (from 0)";
                default -> "bytes that are not valid " + encoding.code() + " (" + b + ") at byte offset " + byteOffset
                        + " of the file (from 0)";
            };
        }

        private static String hex(int b) {
            return String.format("0x%02X", b);
        }
    }

    private final InputStream in;
    private final RosterEncoding encoding;
    private final CharsetDecoder decoder;
    /** The bytes not yet decoded, in read mode; {@link #bufferStart} is the input offset of index 0. */
    private ByteBuffer bytes;
    private long bufferStart;
    private boolean eof;
    private boolean flushed;
    private long charsOut;
    private final ArrayDeque<Flaw> flaws = new ArrayDeque<>();

    /**
     * Reads {@code in} (closed with this reader) as {@code forced} says or, when {@code null}, as its
     * bytes tell.
     */
    RosterDecoder(InputStream in, RosterEncoding forced) throws IOException {
        this.in = in;
        byte[] prefix = new byte[Math.max(SNIFF, RosterReader.BUFFER)];
        int n = 0;
        while (n < SNIFF) {
            int r = in.read(prefix, n, SNIFF - n);
            if (r < 0) {
                eof = true;
                break;
            }
            n += r;
        }
        int mark = 0;
        RosterEncoding e;
        if (forced == RosterEncoding.WINDOWS_1252) {
            e = forced;
        } else if (startsWith(prefix, n, 0xEF, 0xBB, 0xBF) && (forced == null || forced == RosterEncoding.UTF_8)) {
            e = RosterEncoding.UTF_8;
            mark = 3;
        } else if (startsWith(prefix, n, 0xFF, 0xFE) && (forced == null || forced == RosterEncoding.UTF_16 || forced == RosterEncoding.UTF_16LE)) {
            e = RosterEncoding.UTF_16LE;
            mark = 2;
        } else if (startsWith(prefix, n, 0xFE, 0xFF) && (forced == null || forced == RosterEncoding.UTF_16 || forced == RosterEncoding.UTF_16BE)) {
            e = RosterEncoding.UTF_16BE;
            mark = 2;
        } else if (forced != null) {
            e = forced == RosterEncoding.UTF_16 ? RosterEncoding.UTF_16BE : forced;
        } else {
            e = sniff(prefix, n, eof);
        }
        this.encoding = e;
        this.decoder = e.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.bytes = ByteBuffer.wrap(prefix, 0, n);
        this.bytes.position(mark);
    }

    /** The encoding the text is read in. */
    RosterEncoding encoding() {
        return encoding;
    }

    private static boolean startsWith(byte[] b, int n, int... mark) {
        if (n < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((b[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-8 when the prefix is valid UTF-8, else Windows-1252 when every byte has a meaning there, else UTF-8. */
    static RosterEncoding sniff(byte[] prefix, int n, boolean whole) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(n + 1);
        if (!utf8.decode(ByteBuffer.wrap(prefix, 0, n), out, whole).isError()) {
            return RosterEncoding.UTF_8;
        }
        for (int i = 0; i < n; i++) {
            int b = prefix[i] & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return RosterEncoding.UTF_8;
            }
        }
        return RosterEncoding.WINDOWS_1252;
    }

    @Override
    public int read(char[] cbuf, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(cbuf, off, len);
        while (out.hasRemaining()) {
            if (flushed) {
                break;
            }
            CoderResult r = decoder.decode(bytes, out, eof);
            if (r.isError()) {
                if (!out.hasRemaining()) {
                    break;
                }
                int p = bytes.position();
                flaws.add(new Flaw(charsOut + out.position() - off, bufferStart + p, bytes.get(p) & 0xFF, false));
                out.put('\uFFFD');
                bytes.position(p + r.length());
                continue;
            }
            if (r.isOverflow()) {
                break;
            }
            // underflow: all the bytes there are were decoded
            if (eof) {
                decoder.flush(out);
                flushed = true;
                break;
            }
            if (out.position() > off) {
                break;
            }
            refill();
        }
        int end = out.position();
        for (int i = off; i < end; i++) {
            if (cbuf[i] == '\0') {
                long at = charsOut + i - off;
                flaws.add(new Flaw(at, encoding == RosterEncoding.WINDOWS_1252 ? at : -1, 0, true));
            }
        }
        int n = end - off;
        if (n == 0 && flushed) {
            return -1;
        }
        charsOut += n;
        return n;
    }

    /** Keeps the bytes not yet decoded and reads more after them; sets {@link #eof} at the end. */
    private void refill() throws IOException {
        bufferStart += bytes.position();
        bytes.compact();
        int r = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (r < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + r);
        }
        bytes.flip();
    }

    /**
     * The first flaw in the text between {@code from} (included) and {@code to} (excluded), or
     * {@code null}; every flaw before {@code to} is forgotten, so the reader asks once per record.
     */
    Flaw flawIn(long from, long to) {
        if (flaws.isEmpty()) {
            return null;
        }
        Flaw first = null;
        for (Iterator<Flaw> i = flaws.iterator(); i.hasNext(); ) {
            Flaw f = i.next();
            if (f.charIndex() < to) {
                if (f.charIndex() >= from && (first == null || f.charIndex() < first.charIndex())) {
                    first = f;
                }
                i.remove();
            }
        }
        return first;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}

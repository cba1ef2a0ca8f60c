package org.amnistia.cli;

import org.amnistia.casefile.CaseJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a named input (UTF-8), {@code -} being standard input; a missing file is a usage error. */
final class InputFiles {

    private InputFiles() {
    }

    static String readText(String name, InputStream stdin) {
        try {
            // invalid UTF-8 is an InvalidCaseException naming the byte and its offset, never U+FFFD
            return CaseJson.utf8("-".equals(name) ? stdin.readAllBytes() : Files.readAllBytes(Path.of(name)));
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no existe el archivo | no such file");
        } catch (IOException e) {
            throw new UsageException(name + ": no se puede leer | cannot be read: " + e.getMessage());
        }
    }
}

package org.amnistia.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a named input, {@code -} being standard input; a missing file is a usage error. */
final class InputFiles {

    private InputFiles() {
    }

    static String readText(String name, InputStream stdin) {
        try {
            if ("-".equals(name)) {
                return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(Path.of(name), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException(name + ": no existe el archivo | no such file");
        } catch (IOException e) {
            throw new UsageException(name + ": no se puede leer | cannot be read: " + e.getMessage());
        }
    }
}

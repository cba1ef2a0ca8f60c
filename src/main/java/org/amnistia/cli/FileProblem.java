package org.amnistia.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * A file that could not be read or written, said as a person can act on it: the file and what
 * went wrong (a missing folder, a permission refused, a full disk), in Spanish and English, never
 * a Java exception's name (exit code {@link ExitCodes#IO_ERROR}).
 */
final class FileProblem {

    private FileProblem() {
    }

    static String describe(IOException e) {
        String file = e instanceof FileSystemException fs && fs.getFile() != null ? fs.getFile() + ": " : "";
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : String.valueOf(e.getMessage());
        if (e instanceof NoSuchFileException) {
            return file + "no existe el archivo o su carpeta | no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return file + "permiso denegado | permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return file + "no es una carpeta | not a folder";
        }
        if (reason.contains("No space left on device")) {
            return file + "el disco está lleno | the disk is full";
        }
        return file + "no se pudo leer o escribir | could not be read or written (" + reason + ")";
    }
}

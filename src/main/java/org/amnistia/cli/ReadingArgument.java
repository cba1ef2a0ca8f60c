package org.amnistia.cli;

import org.amnistia.engine.Reading;

/** A {@code --reading} value: an unknown one is a usage error naming the option (exit 2). */
final class ReadingArgument {

    private ReadingArgument() {
    }

    static Reading parse(String value) {
        try {
            return Reading.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--reading: lectura desconocida «" + value + "» (favourable | strict) | unknown "
                    + "reading «" + value + "» (favourable | strict)");
        }
    }
}

package org.amnistia.roster;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    @Test
    void progressIsSilentWhenNotOnATerminal() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = new Progress(new PrintStream(bytes), false, "es");
        p.start();
        p.update(1000, 10, 100);
        p.finish();
        assertThat(bytes.size()).isZero();
    }

    @Test
    void onATerminalTheLineIsRedrawnAtMostFiveTimesASecond() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, "en", now::get);
        p.start();
        now.set(1_000_000_000L);
        p.update(100_000, 250, 1000);
        now.addAndGet(100_000_000L);
        p.update(110_000, 275, 1000); // too soon: not drawn
        now.addAndGet(150_000_000L);
        p.update(125_000, 310, 1000);
        p.finish();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out.split("\r", -1)).hasSize(4); // two drawings and the clearing
        assertThat(out).contains("100,000 rows").contains("125,000 rows").doesNotContain("110,000");
        assertThat(out).endsWith("\r\033[K");
    }

    @Test
    void theLineShowsABarRateAndTimeLeftWhenTheSizeIsKnown() {
        Progress p = new Progress(System.err, true, "es", () -> 0);
        assertThat(p.render(150_000, 250, 1000, 150_000, 250))
                .isEqualTo("[######..................]  25%  150.000 filas  150.000 filas/s  quedan 0:03");
        assertThat(p.render(150_000, 250, -1, 150_000, 250)).isEqualTo("150.000 filas  150.000 filas/s");
    }

    @Test
    void theRateAndTheTimeLeftFollowTheRecentPaceNotASlowStart() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        Progress p = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, "en", now::get);
        p.start();
        // 5 s of start-up at 10,000 rows/s, then 10 s at 120,000 rows/s (one byte of input per 1,000 rows).
        long rows = 50_000;
        now.set(5_000_000_000L);
        p.update(rows, rows / 1000, 2000);
        for (int i = 0; i < 50; i++) {
            rows += 24_000;
            now.addAndGet(200_000_000L);
            p.update(rows, rows / 1000, 2000);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\r");
        String last = lines[lines.length - 1];
        // Averaged from the start it would say 83,333 rows/s and 0:09 left; the pace is 120,000 and 0:06.
        assertThat(last).contains("1,250,000 rows").contains("ETA 0:06");
        long shown = Long.parseLong(last.replaceAll(".*rows {2}([\\d,]+) rows/s.*", "$1").replace(",", ""));
        assertThat(shown).isBetween(115_000L, 120_000L);
    }
}

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
        assertThat(p.render(150_000, 250, 1000, 1_000_000_000L))
                .isEqualTo("[######..................]  25%  150.000 filas  150.000 filas/s  quedan 0:03");
        assertThat(p.render(150_000, 250, -1, 1_000_000_000L)).isEqualTo("150.000 filas  150.000 filas/s");
    }
}

package org.hros.bench;

import java.io.PrintStream;
import java.util.Locale;

/** A progress bar on one line with the rate so far and the time left, redrawn at most twice a second. */
final class Progress {

    private final PrintStream out;
    private final String what;
    private final long total;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private long done;

    Progress(PrintStream out, String what, long total) {
        this.out = out;
        this.what = what;
        this.total = Math.max(1, total);
    }

    synchronized void add(long n) {
        set(done + n);
    }

    synchronized void set(long now) {
        done = now;
        long t = System.nanoTime();
        if (t - lastDrawn > 500_000_000L || done >= total) {
            lastDrawn = t;
            draw(false);
        }
    }

    /** The rate over the whole run, per second. */
    double rate() {
        double seconds = seconds();
        return seconds > 0 ? done / seconds : 0;
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Draws the final line and returns it without the bar, for the report. */
    synchronized String finish() {
        draw(true);
        return String.format(Locale.ROOT, "%s: %,d in %.1f s, %,.0f/s", what, done, seconds(), rate());
    }

    private void draw(boolean last) {
        int width = 30;
        int filled = (int) Math.min(width, width * done / total);
        double rate = rate();
        double left = rate > 0 ? (total - done) / rate : 0;
        out.printf(
                Locale.ROOT,
                "\r  %-22s [%s%s] %5.1f%% %,12d/%,d  %,9.0f/s  %s%s",
                what,
                "#".repeat(filled),
                ".".repeat(width - filled),
                100.0 * done / total,
                done,
                total,
                rate,
                last ? String.format(Locale.ROOT, "%.1f s", seconds()) : String.format(Locale.ROOT, "ETA %.0f s", left),
                last ? "\n" : "");
        out.flush();
    }
}

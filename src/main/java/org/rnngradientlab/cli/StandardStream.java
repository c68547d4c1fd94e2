package org.rnngradientlab.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.rnngradientlab.io.AtomicFiles;

/**
 * Standard output or error as the command line writes to it: UTF-8 whatever the locale (JSON is UTF-8, and
 * a message quoting Hangul or an Arabic-Indic digit must not turn into question marks), and remembering why
 * a write failed. A {@link PrintWriter} only says <em>that</em> it failed ({@link #checkError()}); this one
 * also keeps the system's reason, e.g. "No space left on device", for the one-line message.
 */
final class StandardStream extends PrintWriter {

    private final Recorder recorder;

    private StandardStream(Recorder recorder) {
        super(new OutputStreamWriter(recorder, StandardCharsets.UTF_8));
        this.recorder = recorder;
    }

    /** A stream over {@code out} (not closed by the command line). */
    static StandardStream over(OutputStream out) {
        return new StandardStream(new Recorder(out));
    }

    /** The reason of the first failed write or flush, if one failed. */
    Optional<String> failure() {
        return Optional.ofNullable(recorder.failure).map(AtomicFiles::reason);
    }

    /** Passes bytes on, keeping the first exception. */
    private static final class Recorder extends FilterOutputStream {
        private IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw recorded(e);
            }
        }

        private IOException recorded(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}

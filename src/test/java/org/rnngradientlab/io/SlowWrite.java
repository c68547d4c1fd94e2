package org.rnngradientlab.io;

import java.nio.file.Path;

/** A process that starts writing a file and never finishes, to be stopped by a test. */
final class SlowWrite {

    private SlowWrite() {}

    public static void main(String[] args) throws Exception {
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(new byte[4096]);
            out.flush();
            System.out.println("writing");
            System.out.flush();
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
            }
        });
    }
}

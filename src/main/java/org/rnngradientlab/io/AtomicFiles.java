package org.rnngradientlab.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a failure never leaves a partial file: the content goes to a temporary file beside
 * the target, is forced to the disk, and is then moved over the target in one step. If anything fails, the
 * temporary file is removed and a previous file at the target is untouched.
 *
 * <p>The temporary file has a short name ({@code .rgl-<hash of the target's name>-<random>.part}, 25
 * characters), so every name the system allows for the target works. It is removed on failure and, by a
 * shutdown hook, when the process is stopped (SIGTERM, Ctrl+C); one left by a killed process ({@code kill
 * -9}, a power cut) is removed by the next write of the same target once it is an hour old. A target that
 * is a symbolic link has the file it points to replaced (the link stays); a read-only target is refused.
 */
public final class AtomicFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** A temporary file older than this is left from a process that was killed, and is removed. */
    static final Duration STALE = Duration.ofHours(1);

    private static final String PREFIX = ".rgl-";
    private static final String SUFFIX = ".part";
    /** The temporary files being written now, removed by the shutdown hook if the process is stopped. */
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::removePending, "remove-partial-files"));
    }

    private AtomicFiles() {}

    /** Writes {@code content} to {@code target}, replacing it as a whole or not at all. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = linkedFile(target.toAbsolutePath());
        Path directory = absolute.getParent();
        if (directory == null || !Files.isDirectory(directory)) {
            throw new IOException("the folder " + directory + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder");
        }
        if (readOnly(absolute)) {
            throw new AccessDeniedException(absolute.toString(), null, "it is read-only");
        }
        removeStale(absolute);
        Path temporary = createTemporary(absolute);
        PENDING.add(temporary);
        boolean moved = false;
        try {
            keepPermissions(absolute, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            try {
                if (!moved) {
                    Files.deleteIfExists(temporary);
                }
            } finally {
                PENDING.remove(temporary);
            }
        }
    }

    /** The file a symbolic link points to (through every link, even to a file not there yet), else the path. */
    private static Path linkedFile(Path path) throws IOException {
        Path file = path;
        for (int links = 0; Files.isSymbolicLink(file); links++) {
            if (links == 40) {
                throw new FileSystemException(path.toString(), null, "too many levels of symbolic links");
            }
            file = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
        }
        return file;
    }

    /**
     * Whether the file exists and may not be written: by its permissions, with no write bit at all (which
     * root, who may write anyway, is held to as well), or by the system.
     */
    private static boolean readOnly(Path file) throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!permissions.contains(PosixFilePermission.OWNER_WRITE)
                    && !permissions.contains(PosixFilePermission.GROUP_WRITE)
                    && !permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                return true;
            }
        }
        return !Files.isWritable(file);
    }

    /** The first part of the temporary files of {@code target}: short, whatever the length of its name. */
    static String temporaryPrefix(Path target) {
        return PREFIX + String.format("%08x", target.getFileName().toString().hashCode()) + "-";
    }

    /** Removes temporary files of {@code target} left by a killed process, once they are {@link #STALE}. */
    private static void removeStale(Path target) {
        String prefix = temporaryPrefix(target);
        String legacy = "." + target.getFileName() + ".";
        FileTime before = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> files = Files.newDirectoryStream(target.getParent(), file -> {
            String name = file.getFileName().toString();
            return name.endsWith(SUFFIX) && (name.startsWith(prefix) || name.startsWith(legacy));
        })) {
            for (Path file : files) {
                try {
                    BasicFileAttributes attributes =
                            Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile()
                            && attributes.lastModifiedTime().compareTo(before) < 0) {
                        Files.deleteIfExists(file);
                    }
                } catch (IOException e) {
                    // another process removed it, or it cannot be removed: either way not ours to report
                }
            }
        } catch (IOException e) {
            // the folder cannot be listed: the write itself will say why, if it fails
        }
    }

    private static void removePending() {
        for (Path temporary : PENDING) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                // the process is ending; nothing more can be done
            }
        }
    }

    /**
     * A new empty file beside the target. Unlike {@link Files#createTempFile}, which makes it readable by its
     * owner only, it gets the permissions of any new file (the user's umask), as other programs' files do.
     */
    private static Path createTemporary(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path temporary = target.resolveSibling(temporaryPrefix(target)
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong() >>> 24, 36)
                    + SUFFIX);
            try {
                return Files.createFile(temporary);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 9) {
                    throw e;
                }
            }
        }
    }

    /** A file that is replaced keeps its permissions (a shared, group-readable lesson stays so). */
    private static void keepPermissions(Path target, Path temporary) throws IOException {
        if (Files.isRegularFile(target)
                && Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(target));
        }
    }

    /**
     * The reason of an I/O failure in a few words, for a one-line message ("No space left on device"): the
     * system's reason, found under the wrappers of libraries such as ImageIO ("I/O error writing PNG file!").
     */
    public static String reason(IOException failure) {
        IOException e = failure;
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                e = io;
            }
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getReason() != null ? denied.getReason() : "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getMessage().lines().findFirst().orElse("");
    }
}

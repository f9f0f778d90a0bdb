package dk.pressline.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Advisory locks on files, shared or exclusive between processes; the kernel releases them when a process dies, so a
 * lock nobody holds means nobody uses what it guards.
 *
 * <p>Every lock this JVM holds on a file goes through one channel: closing any channel on a file drops all of this
 * JVM's locks on it (POSIX record locks), and the JDK refuses a second, overlapping lock from the same JVM.
 */
final class LockFiles {

    private static final Map<Path, Hold> HELD = new HashMap<>();

    private LockFiles() {}

    /** Locks the file for this JVM alone, or returns nothing when anyone (this JVM included) holds it. */
    static synchronized Optional<Hold> tryExclusive(Path file) {
        return HELD.containsKey(key(file)) ? Optional.empty() : tryLock(file, false);
    }

    /**
     * Locks the file together with other users of it, or returns nothing while someone holds it exclusively.
     *
     * @throws NoSuchFileException (wrapped) when the file's directory has gone
     */
    static synchronized Optional<Hold> tryShared(Path file) {
        Hold held = HELD.get(key(file));
        if (held != null) {
            if (!held.shared) {
                return Optional.empty();
            }
            held.users++;
            return Optional.of(held);
        }
        return tryLock(file, true);
    }

    private static Optional<Hold> tryLock(Path file, boolean shared) {
        FileChannel channel;
        try {
            channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open lock file " + file, e);
        }
        try {
            FileLock lock = channel.tryLock(0, Long.MAX_VALUE, shared);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            Hold hold = new Hold(key(file), channel, lock, shared);
            HELD.put(hold.file, hold);
            return Optional.of(hold);
        } catch (IOException e) {
            try {
                channel.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new UncheckedIOException("Cannot lock " + file, e);
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    private static synchronized void release(Hold hold) {
        if (--hold.users > 0) {
            return;
        }
        HELD.remove(hold.file);
        try {
            hold.lock.release();
            hold.channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot release the lock on " + hold.file, e);
        }
    }

    /** A lock this JVM holds; each acquisition is closed once. */
    static final class Hold implements AutoCloseable {

        private final Path file;
        private final FileChannel channel;
        private final FileLock lock;
        private final boolean shared;
        private int users = 1;

        private Hold(Path file, FileChannel channel, FileLock lock, boolean shared) {
            this.file = file;
            this.channel = channel;
            this.lock = lock;
            this.shared = shared;
        }

        @Override
        public void close() {
            release(this);
        }
    }
}

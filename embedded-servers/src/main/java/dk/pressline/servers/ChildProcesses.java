package dk.pressline.servers;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts child processes that end with this JVM, even when it is killed with SIGKILL and no shutdown hook runs.
 *
 * <p>The kernel sends the child SIGTERM when its parent goes ({@code setpriv --pdeathsig}). "Parent" means the thread
 * that forked it, so every child is forked by one daemon thread that lives as long as the JVM. {@code setpriv} sets the
 * signal after switching user, and a switch would clear it, so both happen in one {@code setpriv} call.
 */
public final class ChildProcesses {

    private static final boolean SETPRIV_AVAILABLE = onPath("setpriv");
    private static final ExecutorService FORKER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "pressline-child-forker");
        thread.setDaemon(true);
        return thread;
    });

    private ChildProcesses() {}

    /** Starts the builder's command so that it stops when this JVM ends, however it ends. */
    public static Process startTiedToThisJvm(ProcessBuilder builder) throws IOException {
        return startTiedToThisJvm(builder, List.of());
    }

    static Process startTiedToThisJvm(ProcessBuilder builder, List<String> setprivUserOptions) throws IOException {
        if (!SETPRIV_AVAILABLE && !setprivUserOptions.isEmpty()) {
            throw new IOException("setpriv (util-linux) is needed to run a process as another user");
        }
        if (SETPRIV_AVAILABLE) {
            List<String> wrapped = new ArrayList<>(List.of("setpriv"));
            wrapped.addAll(setprivUserOptions);
            wrapped.addAll(List.of("--pdeathsig", "TERM", "--"));
            wrapped.addAll(builder.command());
            builder.command(wrapped);
        }
        try {
            return FORKER.submit(builder::start).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IOException("Cannot start " + builder.command(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while starting " + builder.command(), e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null
                && Arrays.stream(path.split(File.pathSeparator))
                        .anyMatch(directory -> Files.isExecutable(Path.of(directory, program)));
    }
}

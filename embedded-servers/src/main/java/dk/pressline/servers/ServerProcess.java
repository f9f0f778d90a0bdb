package dk.pressline.servers;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A child process whose console output goes to a log file, which ends with this JVM ({@link ChildProcesses}) and is
 * stopped together with everything it started.
 */
public final class ServerProcess {

    private static final Logger log = LoggerFactory.getLogger(ServerProcess.class);
    private static final int LOG_TAIL_LINES = 60;

    private final String name;
    private final Launch launch;
    private final Process process;

    /** What a start needs, kept to start the same command again. */
    private record Launch(
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory,
            Path logFile,
            Optional<UnprivilegedUser> runAs) {}

    private ServerProcess(String name, Launch launch, Process process) {
        this.name = name;
        this.launch = launch;
        this.process = process;
    }

    /** Starts the command in the working directory, its output (and errors) replacing the log file's content. */
    public static ServerProcess start(
            String name, List<String> command, Map<String, String> environment, Path workingDirectory, Path logFile) {
        return start(name, command, environment, workingDirectory, logFile, Optional.empty());
    }

    /** Starts the command, as the given user when there is one (which needs root). */
    static ServerProcess start(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory,
            Path logFile,
            Optional<UnprivilegedUser> runAs) {
        Launch launch = new Launch(List.copyOf(command), Map.copyOf(environment), workingDirectory, logFile, runAs);
        return launch(name, launch, ProcessBuilder.Redirect.to(logFile.toFile()));
    }

    /** Starts the same command again once this process has ended, its output appended to the same log file. */
    public ServerProcess startAgain() {
        if (process.isAlive()) {
            throw new IllegalStateException(name + " is still running");
        }
        return launch(
                name, launch, ProcessBuilder.Redirect.appendTo(launch.logFile().toFile()));
    }

    private static ServerProcess launch(String name, Launch launch, ProcessBuilder.Redirect output) {
        ProcessBuilder builder = new ProcessBuilder(launch.command())
                .directory(launch.workingDirectory().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output);
        builder.environment().putAll(launch.environment());
        try {
            Process process = ChildProcesses.startTiedToThisJvm(
                    builder,
                    launch.runAs().map(UnprivilegedUser::setprivOptions).orElse(List.of()));
            log.debug("Started {} as pid {}: {}", name, process.pid(), builder.command());
            return new ServerProcess(name, launch, process);
        } catch (IOException e) {
            throw new ServerStartException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Runs a command to completion, failing with the tail of its output when it fails. */
    static void runToCompletion(
            String name,
            List<String> command,
            Map<String, String> environment,
            Path workingDirectory,
            Path logFile,
            Duration timeout) {
        ServerProcess tool = start(name, command, environment, workingDirectory, logFile);
        try {
            if (!tool.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                tool.stop(Duration.ZERO);
                throw new ServerStartException(name + " did not finish within " + timeout + tool.logTailSection());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tool.stop(Duration.ZERO);
            throw new ServerStartException("Interrupted while waiting for " + name, e);
        }
        if (tool.process.exitValue() != 0) {
            throw new ServerStartException(
                    name + " failed with exit code " + tool.process.exitValue() + tool.logTailSection());
        }
    }

    long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code of a process that has ended. */
    public int exitCode() {
        return process.exitValue();
    }

    public Path logFile() {
        return launch.logFile();
    }

    /**
     * Waits until {@code ready} holds; fails with the log tail when the process exits first or is not ready in time.
     */
    void awaitReady(Readiness readiness, BooleanSupplier ready) {
        awaitPresent(readiness, () -> ready.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }

    /** As {@link #awaitReady}, yielding what the check found ready. */
    <T> T awaitPresent(Readiness readiness, Supplier<Optional<T>> attempt) {
        try {
            return readiness.untilPresent(
                    attempt, this::ensureAlive, () -> startFailure("not ready within " + readiness.timeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("Interrupted while waiting for " + name, e);
        }
    }

    /** Throws with the log tail when the process has already exited, which ends any wait for it to become ready. */
    void ensureAlive() {
        if (!process.isAlive()) {
            throw new ServerStartException(
                    name + " exited with code " + process.exitValue() + " while starting" + logTailSection());
        }
    }

    ServerStartException startFailure(String problem) {
        return new ServerStartException(name + ": " + problem + logTailSection());
    }

    /** Asks the process to stop (SIGTERM) without waiting, so that several processes can stop at once. */
    public void requestStop() {
        process.destroy();
    }

    /**
     * Asks the process to stop (SIGTERM), waits up to the grace period, then kills it and every process it started.
     * Descendants are collected first because a launcher script may have forked the real server.
     */
    public void stop(Duration grace) {
        List<ProcessHandle> descendants = process.descendants().toList();
        if (process.isAlive()) {
            process.destroy();
            awaitExit(process.toHandle(), grace);
        }
        List<ProcessHandle> all = new ArrayList<>(descendants);
        all.add(process.toHandle());
        for (ProcessHandle handle : all) {
            if (handle.isAlive()) {
                log.warn("{} (pid {}) did not stop within {}; killing it", name, handle.pid(), grace);
                handle.destroyForcibly();
            }
        }
        for (ProcessHandle handle : all) {
            awaitExit(handle, Duration.ofSeconds(10));
        }
    }

    /** Ends the process and every process it started at once (SIGKILL), as a crash would, and waits for them to go. */
    public void kill() {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            awaitExit(handle, Duration.ofSeconds(10));
        }
    }

    private static void awaitExit(ProcessHandle handle, Duration timeout) {
        CompletableFuture<ProcessHandle> exit = handle.onExit();
        try {
            exit.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the caller escalates
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String logTailSection() {
        return "\n--- last lines of " + logFile() + " ---\n" + tail(logFile(), LOG_TAIL_LINES);
    }

    private static String tail(Path file, int lines) {
        if (!Files.isReadable(file)) {
            return "(no log at " + file + ")";
        }
        try (RandomAccessFile reader = new RandomAccessFile(file.toFile(), "r")) {
            long length = reader.length();
            int chunk = (int) Math.min(length, 64 * 1024);
            byte[] bytes = new byte[chunk];
            reader.seek(length - chunk);
            reader.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}

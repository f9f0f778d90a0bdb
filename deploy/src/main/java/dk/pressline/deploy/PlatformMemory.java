package dk.pressline.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The memory the whole platform takes: the proportional set size (PSS) of this JVM and every process it started,
 * from Linux's {@code /proc/PID/smaps_rollup}, so memory that processes share (PostgreSQL's buffers, libraries) is
 * counted once in all rather than once per process. Where PSS cannot be read, the resident set size stands in.
 */
record PlatformMemory(long bytes, int processes) {

    /**
     * This JVM and every process it started, and the processes under the given roots, which run detached (PostgreSQL's
     * postmaster, which {@code pg_ctl} leaves to init).
     */
    static PlatformMemory ofThisProcessAnd(List<ProcessHandle> detachedRoots) {
        var all = Stream.concat(Stream.of(ProcessHandle.current()), detachedRoots.stream())
                .flatMap(root -> Stream.concat(Stream.of(root), root.descendants()))
                .filter(ProcessHandle::isAlive)
                .distinct()
                .toList();
        long total = all.stream()
                .mapToLong(process -> memoryOf(process.pid()).orElse(0L))
                .sum();
        return new PlatformMemory(total, all.size());
    }

    String gibibytes() {
        return "%.1f GiB".formatted(bytes / (1024.0 * 1024 * 1024));
    }

    private static Optional<Long> memoryOf(long pid) {
        return kibibytes(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:")
                .or(() -> kibibytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:"))
                .map(kib -> kib * 1024);
    }

    private static Optional<Long> kibibytes(Path file, String field) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream()
                    .filter(line -> line.startsWith(field))
                    .map(line -> line.substring(field.length()).trim().split("\\s+")[0])
                    .map(Long::parseLong)
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}

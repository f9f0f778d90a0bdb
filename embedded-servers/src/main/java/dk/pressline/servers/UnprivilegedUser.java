package dk.pressline.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A system account that a root JVM runs a server as, for servers that refuse to run as root.
 * Only meaningful when the current user is root: creating it and switching to it need root.
 */
record UnprivilegedUser(String name, int uid, int gid) {

    private static final Logger log = LoggerFactory.getLogger(UnprivilegedUser.class);

    static UnprivilegedUser ensureExists(String name) {
        return lookUp(name).orElseGet(() -> {
            log.info("Creating system user {} to run a server that refuses to run as root", name);
            int exitCode =
                    run(List.of("useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", name));
            // Another JVM may have created it at the same moment; only the lookup decides.
            return lookUp(name)
                    .orElseThrow(() -> new ServerStartException(
                            "Cannot create system user " + name + " (useradd exit code " + exitCode + ")"));
        });
    }

    private static Optional<UnprivilegedUser> lookUp(String name) {
        try {
            Process getent = new ProcessBuilder("getent", "passwd", name)
                    .redirectErrorStream(true)
                    .start();
            String entry = new String(getent.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (getent.waitFor() != 0 || entry.isEmpty()) {
                return Optional.empty();
            }
            String[] fields = entry.split(":");
            return Optional.of(new UnprivilegedUser(name, Integer.parseInt(fields[2]), Integer.parseInt(fields[3])));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot look up user " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("Interrupted while looking up user " + name, e);
        }
    }

    private static int run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            if (process.exitValue() != 0) {
                log.debug("{} exited with {}: {}", command, process.exitValue(), output);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The {@code setpriv} options that run its command as this user, without a login shell. */
    List<String> setprivOptions() {
        return List.of("--reuid=" + uid, "--regid=" + gid, "--clear-groups");
    }

    /** Makes this user the owner of everything under the directory. */
    void takeOwnership(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.setAttribute(path, "unix:uid", uid, LinkOption.NOFOLLOW_LINKS);
                Files.setAttribute(path, "unix:gid", gid, LinkOption.NOFOLLOW_LINKS);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hand " + directory + " to user " + name, e);
        }
    }

    /** Whether this user can pass through every existing directory on the way to the path (ignoring group rights). */
    boolean canReach(Path path) {
        for (Path directory = path.toAbsolutePath().normalize(); directory != null; directory = directory.getParent()) {
            if (!Files.exists(directory)) {
                continue;
            }
            try {
                boolean owned = ((Number) Files.getAttribute(directory, "unix:uid")).intValue() == uid;
                if (!owned && !Files.getPosixFilePermissions(directory).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}

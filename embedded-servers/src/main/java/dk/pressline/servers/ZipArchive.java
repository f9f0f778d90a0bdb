package dk.pressline.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.Map;
import java.util.stream.Stream;

/** Unpacks zip files, keeping the Unix permissions stored in them (the scripts in bin/ must stay executable). */
final class ZipArchive {

    private ZipArchive() {}

    static void unpack(Path zip, Path target) {
        try (FileSystem archive = FileSystems.newFileSystem(zip, Map.of("enablePosixFileAttributes", true));
                Stream<Path> entries = Files.walk(archive.getPath("/"))) {
            for (Path entry : (Iterable<Path>) entries::iterator) {
                Path destination = target.resolve(
                                archive.getPath("/").relativize(entry).toString())
                        .normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Zip entry escapes the target directory: " + entry);
                }
                if (Files.isDirectory(entry)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(entry, destination);
                }
                Files.setPosixFilePermissions(
                        destination,
                        Files.readAttributes(entry, PosixFileAttributes.class).permissions());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + " into " + target, e);
        }
    }
}

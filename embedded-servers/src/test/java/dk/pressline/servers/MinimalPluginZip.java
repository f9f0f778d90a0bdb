package dk.pressline.servers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds the smallest stable Elasticsearch plugin: a descriptor, an empty component list and an empty jar. Entry
 * times are fixed so the zip, and with it the distribution cache key, is the same on every run.
 */
final class MinimalPluginZip {

    static final String NAME = "pressline-test-plugin";
    private static final long FIXED_TIME = 315_532_800_000L;

    private MinimalPluginZip() {}

    static Path writeTo(Path directory) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("stable-plugin-descriptor.properties", """
                description=Proves that plugin zips get installed
                version=1.0.0
                name=%s
                java.version=21
                elasticsearch.version=%s
                """.formatted(NAME, ServerVersions.elasticsearch())
                .getBytes(StandardCharsets.UTF_8));
        entries.put("named_components.json", "{}".getBytes(StandardCharsets.UTF_8));
        entries.put(
                NAME + ".jar",
                zip(Map.of("META-INF/MANIFEST.MF", "Manifest-Version: 1.0\n".getBytes(StandardCharsets.UTF_8))));
        Path zip = directory.resolve(NAME + ".zip");
        Files.write(zip, zip(entries));
        return zip;
    }

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                write(out, entry.getKey(), entry.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static void write(ZipOutputStream out, String name, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(FIXED_TIME);
        out.putNextEntry(entry);
        out.write(content);
        out.closeEntry();
    }
}

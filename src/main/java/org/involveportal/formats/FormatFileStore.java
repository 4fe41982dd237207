package org.involveportal.formats;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder files produced for format requests are kept in ({@code PORTAL_UPLOADS_DIR}/format-files): outside the
 * WAR, so no address of the web server reaches it; a file is named by a random id, never by what staff called it,
 * and read only through the download pages, which check who is asking.
 */
@ApplicationScoped
public class FormatFileStore {

    @Inject
    @ConfigProperty(name = "portal.uploads.dir", defaultValue = "data/uploads")
    String uploadsDir;

    private Path folder;

    @PostConstruct
    void init() {
        folder = Path.of(uploadsDir).toAbsolutePath().normalize().resolve("format-files");
    }

    public void save(String storedName, byte[] content) {
        try {
            Files.createDirectories(folder);
            Path file = fileOf(storedName);
            Files.write(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // a file system without owners' rights: the folder's own rights apply
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String storedName) throws IOException {
        return Files.readAllBytes(fileOf(storedName));
    }

    public void delete(String storedName) {
        try {
            Files.deleteIfExists(fileOf(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String storedName) {
        return Files.exists(fileOf(storedName));
    }

    /** Only names this store gave (random ids) reach the disk, so no name can climb out of the folder. */
    private Path fileOf(String storedName) {
        if (!storedName.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a stored format file name");
        }
        return folder.resolve(storedName);
    }
}

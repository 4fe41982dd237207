package org.involveportal.partner;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The folder partners' logos are kept in ({@code PORTAL_UPLOADS_DIR}/partner-logos): outside the WAR, each file named
 * by a random id, read only through {@link PartnerLogoServlet}, which sends it with the type its first bytes showed.
 */
@ApplicationScoped
public class PartnerLogoStore {

    @Inject
    @ConfigProperty(name = "portal.uploads.dir", defaultValue = "data/uploads")
    String uploadsDir;

    private Path folder;

    @PostConstruct
    void init() {
        folder = Path.of(uploadsDir).toAbsolutePath().normalize().resolve("partner-logos");
    }

    public void save(String storedName, byte[] content) {
        try {
            Files.createDirectories(folder);
            Files.write(fileOf(storedName), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] read(String storedName) throws IOException {
        return Files.readAllBytes(fileOf(storedName));
    }

    /** Only names this store gave (random ids) reach the disk, so no name can climb out of the folder. */
    private Path fileOf(String storedName) {
        if (storedName == null || !storedName.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("Not a logo's stored name");
        }
        return folder.resolve(storedName);
    }
}

package org.involveportal.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.involveportal.platform.DatabaseMigration.SchemaReady;

/**
 * Loads the demo data once the schema is current, when {@code portal.demo-data} is on (the run
 * command turns it on; production leaves it off unless asked). Only on the first start: a restart
 * keeps whatever was changed since.
 */
@ApplicationScoped
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Inject
    @ConfigProperty(name = "portal.demo-data", defaultValue = "false")
    boolean demoDataWanted;

    @Inject
    DemoData demoData;

    @Inject
    DemoStaff demoStaff;

    void onSchemaReady(@Observes SchemaReady ready) {
        if (!demoDataWanted) {
            return;
        }
        if (demoData.loadOnce()) {
            LOG.info("Demo data loaded");
        } else {
            LOG.info("Demo data was loaded on an earlier start; left as it is");
        }
        if (demoStaff.loadOnce()) {
            LOG.info("Demo staff accounts created (see README)");
        }
    }
}

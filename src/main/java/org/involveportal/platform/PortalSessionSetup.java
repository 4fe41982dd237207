package org.involveportal.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence session as the portal runs it: set up first of all the portal's parts at deployment, so the
 * settings are checked here before anything uses them ({@link StartupCheck}); deployable while the database is down, telling the
 * cache of public pages about commits that change them, and counted in tests.
 */
public class PortalSessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        StartupCheck.run();
        new ConnectWhenAvailable().customize(session);
        PublicContentCommits.listenTo(session);
        if (Cluster.enabled()) {
            // In a cluster no entity is kept between transactions: what another instance committed a moment ago is
            // read from the database, never from a copy held here. (Forgetting the shared cache whenever another
            // instance wrote, instead, let EclipseLink's cache locks and the database's row locks wait on each other
            // under load: two instances and 64 clients stalled within two minutes.)
            for (var descriptor : session.getDescriptors().values()) {
                descriptor.setCacheIsolation(org.eclipse.persistence.config.CacheIsolationType.ISOLATED);
            }
        }
        if (TestSupport.enabled()) {
            StatementCounting.listenTo(session);
        }
    }
}

package org.involveportal.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence session as the portal runs it: deployable while the database is down, telling the
 * cache of public pages about commits that change them, and counted in tests.
 *
 * <p>In a cluster no entity is kept between transactions (each is isolated to its unit of work): what another
 * instance committed a moment ago is read from the database, never from a copy held here. Alone, the shared
 * cache stays on, as every write goes through this instance.
 */
public class PortalSessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new ConnectWhenAvailable().customize(session);
        PublicContentCommits.listenTo(session);
        if (Cluster.enabled()) {
            for (var descriptor : session.getDescriptors().values()) {
                descriptor.setCacheIsolation(org.eclipse.persistence.config.CacheIsolationType.ISOLATED);
            }
        }
        if (TestSupport.enabled()) {
            StatementCounting.listenTo(session);
        }
    }
}

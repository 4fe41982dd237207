package org.involveportal.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * The persistence session as the portal runs it: deployable while the database is down, telling the
 * cache of public pages about commits that change them, and counted in tests.
 */
public class PortalSessionSetup implements SessionCustomizer {

    @Override
    public void customize(Session session) throws Exception {
        new ConnectWhenAvailable().customize(session);
        PublicContentCommits.listenTo(session);
        if (TestSupport.enabled()) {
            StatementCounting.listenTo(session);
        }
    }
}

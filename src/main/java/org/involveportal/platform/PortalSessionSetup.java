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
        if (TestSupport.enabled()) {
            StatementCounting.listenTo(session);
        }
    }
}

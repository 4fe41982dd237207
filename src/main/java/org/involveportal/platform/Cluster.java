package org.involveportal.platform;

import com.hazelcast.core.HazelcastInstance;
import java.util.Optional;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether this instance is one of several behind a load balancer, and the data grid they share. Cluster mode
 * is set by {@code PORTAL_CLUSTER_MEMBERS} (the start script gives Payara Micro the same list, so its data grid
 * joins the other instances); without it the portal runs alone, as before, with Hazelcast off.
 */
public final class Cluster {

    public static final String MEMBERS_SETTING = "portal.cluster.members";

    /** Payara's name for its data grid member (set-hazelcast-configuration --jndiname). */
    private static final String GRID_JNDI_NAME = "payara/Hazelcast";

    private Cluster() {
    }

    /** True when this instance is started as a member of a cluster. */
    public static boolean enabled() {
        return ConfigProvider.getConfig().getOptionalValue(MEMBERS_SETTING, String.class)
                .filter(members -> !members.isBlank()).isPresent();
    }

    /**
     * The data grid this instance belongs to; empty when it runs alone. In cluster mode a grid that cannot be
     * found is an error: instances that cannot tell each other about changes would serve stale pages.
     */
    static Optional<HazelcastInstance> grid() {
        if (!enabled()) {
            return Optional.empty();
        }
        try {
            var grid = (HazelcastInstance) new InitialContext().lookup(GRID_JNDI_NAME);
            if (grid == null || !grid.getLifecycleService().isRunning()) {
                throw new IllegalStateException("the data grid is not running");
            }
            return Optional.of(grid);
        } catch (NamingException | RuntimeException e) {
            throw new IllegalStateException("No data grid in cluster mode: " + e.getMessage(), e);
        }
    }
}

package org.involveportal.platform;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The one switch for the {@code /test-support/...} endpoints (moving the clock, a quick staff
 * sign-in): on only with {@code portal.test-clock=true}, which only the integration tests set. Without
 * it they answer 404, as {@code DatabaseOutageIT} checks on a portal in production mode.
 */
public final class TestSupport {

    public static final String SETTING = "portal.test-clock";

    private TestSupport() {
    }

    public static boolean enabled() {
        return ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
    }
}

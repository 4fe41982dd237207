package org.involveportal.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.annotation.WebListener;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Session cookies: HttpOnly and SameSite always, Secure unless {@code portal.secure-cookies} is off
 * (only the run command on plain http://localhost turns it off). Never a session id in a URL.
 */
@WebListener
public class SessionCookieSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("portal.secure-cookies", Boolean.class)
                .orElse(true);
        var context = event.getServletContext();
        var cookie = context.getSessionCookieConfig();
        cookie.setName("INVOLVE_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        context.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
    }
}

package org.involveportal.i18n;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Forms post back to the page's own address in its language ({@code /cy/glossary}), not to the
 * Facelets file ({@code /glossary.xhtml}), so a Welsh form stays Welsh after a submit.
 */
public class LocalisedViewHandler extends ViewHandlerWrapper {

    private static final String VIEW_SUFFIX = ".xhtml";

    public LocalisedViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        var request = (HttpServletRequest) context.getExternalContext().getRequest();
        String contextPath = request.getContextPath();
        if (!url.startsWith(contextPath) || !url.endsWith(VIEW_SUFFIX)) {
            return url;
        }
        String view = url.substring(contextPath.length());
        // A routed page (/consultations/{slug}) posts back to its own address, not to its view.
        String page = view.startsWith("/WEB-INF/") ? RequestLocale.of(request).pagePath() : LanguageFilter.canonicalOf(view);
        return contextPath + RequestLocale.of(request).language().pathPrefix() + page;
    }
}

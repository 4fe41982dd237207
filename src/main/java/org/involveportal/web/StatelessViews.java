package org.involveportal.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Every view is stateless: forms are plain HTML forms posted to their page's own address, so Faces has
 * no view state to keep, and a view kept on the server would be the only reason to start an HTTP session
 * for an anonymous visitor. Marked just before rendering (faces-config.xml), so Faces never asks for a
 * session; a post carrying an old view state still gets the "page was open for a long time" page.
 */
public class StatelessViews implements SystemEventListener {

    @Override
    public void processEvent(SystemEvent event) {
        ((UIViewRoot) event.getSource()).setTransient(true);
    }

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }
}

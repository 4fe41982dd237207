package org.involveportal.formats;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageLinks;
import org.involveportal.web.page.FormProblems;
import org.involveportal.web.page.Navigation;

/**
 * "Ask for this in another format": a plain HTML form posted to its own page, so it needs no
 * JavaScript and no server-side view state (nothing typed is lost to an expired view). A valid
 * request is kept and the browser is redirected to the confirmation (post, redirect, get); an
 * invalid one is shown again with everything as typed and a message beside each problem.
 */
@Named
@RequestScoped
public class AnotherFormatPage extends FormProblems {

    @Inject
    private HttpServletRequest request;

    @Inject
    private FormatRequestService requests;

    @Inject
    private Messages messages;

    @Inject
    private PageLinks links;

    private final FormatRequestForm form = new FormatRequestForm();
    private String sentReference;

    @PostConstruct
    void handle() {
        if ("POST".equals(request.getMethod())) {
            bind();
            problems(form.validate());
            if (!hasErrors()) {
                String reference = requests.submit(form, messages.getLanguage().tag());
                Navigation.redirect(links.href("/another-format") + "?sent=" + reference);
            }
        } else {
            form.setAbout(request.getParameter("about"));
            // from a page not yet written in the reader's language: ask for it in that language
            if (FormatRequest.Format.ANOTHER_LANGUAGE.name().equals(request.getParameter("format"))) {
                form.setFormat(FormatRequest.Format.ANOTHER_LANGUAGE.name());
                form.setLanguage(messages.getLanguage().nameFor(Language.ENGLISH));
            }
            String sent = request.getParameter("sent");
            sentReference = FormatRequestService.looksLikeReference(sent) ? sent : null;
        }
    }

    private void bind() {
        form.setFormat(request.getParameter("format"));
        form.setLanguage(request.getParameter("language"));
        form.setAbout(request.getParameter("about"));
        form.setDetails(request.getParameter("details"));
        form.setName(request.getParameter("name"));
        form.setContactMethod(request.getParameter("contactMethod"));
        form.setEmail(request.getParameter("email"));
        form.setPhone(request.getParameter("phone"));
        form.setAddress(request.getParameter("address"));
    }


    public FormatRequestForm getForm() {
        return form;
    }


    public String getSentReference() {
        return sentReference;
    }

    public List<FormatRequest.Format> getFormats() {
        return List.of(FormatRequest.Format.values());
    }

    public List<FormatRequest.ContactMethod> getContactMethods() {
        return List.of(FormatRequest.ContactMethod.values());
    }

    public int getDetailsMax() {
        return FormatRequestForm.DETAILS_MAX;
    }
}

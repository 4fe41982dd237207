package org.involveportal.formats;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.people.SignedInResident;
import org.involveportal.web.page.PageBean;

/**
 * "Ask for this in another format": a plain HTML form posted to its own page, so it needs no
 * JavaScript and no server-side view state (nothing typed is lost to an expired view). A valid
 * request is kept and the browser is redirected to the confirmation (post, redirect, get); an
 * invalid one is shown again with everything as typed and a message beside each problem.
 */
@Named
@RequestScoped
public class AnotherFormatPage extends PageBean {

    @Inject
    private FormatRequestService requests;

    @Inject
    private Messages messages;

    @Inject
    private SignedInResident signedIn;


    private final FormatRequestForm form = new FormatRequestForm();
    private String sentReference;
    private String sentDue;

    @Override
    protected void load() {
        if (isPost()) {
            return; // the form is filled from what was posted
        }
        form.setAbout(parameter("about"));
        // from a page not yet written in the reader's language: ask for it in that language
        if (FormatRequest.Format.ANOTHER_LANGUAGE.name().equals(parameter("format"))) {
            form.setFormat(FormatRequest.Format.ANOTHER_LANGUAGE.name());
            form.setLanguage(messages.getLanguage().nameFor(Language.ENGLISH));
        }
        String sent = parameter("sent");
        sentReference = FormatRequestService.looksLikeReference(sent) ? sent : null;
        if (sentReference != null) {
            notKept(); // one person's confirmation, not a page for the cache
            sentDue = requests.find(sentReference).map(request -> DateFormatting.date(request.getDueOn(), messages.getLanguage()))
                    .orElse(null);
        }
    }

    @Override
    protected void post() {
        bind();
        problems(form.validate());
        if (!hasErrors()) {
            String reference = requests.submit(form, messages.getLanguage().tag(), signedIn.id().orElse(null));
            // in the reader's language, as the form was
            redirectToPage("/another-format?sent=" + reference);
        }
    }

    private void bind() {
        form.setFormat(parameter("format"));
        form.setLanguage(parameter("language"));
        form.setAbout(parameter("about"));
        form.setDetails(parameter("details"));
        form.setName(parameter("name"));
        form.setContactMethod(parameter("contactMethod"));
        form.setEmail(parameter("email"));
        form.setPhone(parameter("phone"));
        form.setAddress(parameter("address"));
    }


    public FormatRequestForm getForm() {
        return form;
    }


    public String getSentReference() {
        return sentReference;
    }

    /** The date the request will be answered by, in the reader's language; null for a reference not known. */
    public String getSentDue() {
        return sentDue;
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

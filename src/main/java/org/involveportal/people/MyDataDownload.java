package org.involveportal.people;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.involveportal.i18n.RequestLocale;

/**
 * "Download your data": everything held about the signed-in resident as one JSON file (the right of
 * access and to data portability). Only ever the session's own account: the address takes no id.
 */
@WebServlet(MyDataDownload.PATH)
public class MyDataDownload extends HttpServlet {

    static final String PATH = "/account/my-data.json";

    @Inject
    private SignedInResident signedIn;

    @Inject
    private ResidentService residents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        var data = signedIn.id().flatMap(residents::personalData);
        if (data.isEmpty()) {
            // back to sign-in in the language the resident was reading (the filter forwarded /cy/... here)
            String prefix = RequestLocale.of(request).language().pathPrefix();
            response.sendRedirect(request.getContextPath() + prefix + "/account/sign-in?next=/account/my-data");
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"involve-my-data.json\"");
        var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        writer.writeObject(toJson(data.get()).build());
        writer.close();
    }

    static JsonObjectBuilder toJson(PersonalData data) {
        var profile = data.profile();
        var json = Json.createObjectBuilder()
                .add("account", Json.createObjectBuilder()
                        .add("id", data.residentId())
                        .add("email", data.email())
                        .add("language", data.language())
                        .add("createdAt", instant(data.createdAt()))
                        .add("emailVerifiedAt", instant(data.verifiedAt())))
                .add("involvementProfile", Json.createObjectBuilder()
                        .add("updatedAt", instant(data.profileUpdatedAt()))
                        .add("name", text(profile.name()))
                        .add("involvement", profile.involvement() == null ? "" : profile.involvement().name())
                        .add("topics", names(profile.topics()))
                        .add("clientGroups", names(profile.clientGroups()))
                        .add("communicationNeeds", names(profile.communicationNeeds()))
                        .add("preferredLanguage", text(profile.preferredLanguage()))
                        .add("accessNeeds", text(profile.accessNeeds()))
                        .add("contactWays", names(profile.contactWays()))
                        .add("phone", text(profile.phone()))
                        .add("postalAddress", text(profile.postalAddress()))
                        .add("welshCorrespondence", profile.welshCorrespondence())
                        .add("availability", names(profile.availability()))
                        .add("contactAboutTakingPart", profile.contactConsent())
                        .add("keepMeInformedDigest", profile.keepInformed()));
        var links = Json.createArrayBuilder();
        data.linksExpiring().forEach(at -> links.add(instant(at)));
        json.add("emailedLinksNotYetUsedExpiring", links);
        var elsewhere = Json.createObjectBuilder();
        for (var section : data.elsewhere()) {
            var items = Json.createArrayBuilder();
            section.items().forEach(item -> {
                var one = Json.createObjectBuilder();
                item.forEach(one::add);
                items.add(one);
            });
            elsewhere.add(section.titleKey(), items);
        }
        json.add("other", elsewhere);
        return json;
    }

    private static String instant(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static JsonArrayBuilder names(Set<? extends Enum<?>> values) {
        var array = Json.createArrayBuilder();
        values.forEach(value -> array.add(value.name()));
        return array;
    }
}

package org.involveportal.register;

import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.involveportal.audit.AuditAction;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.joining.MessageRecipient;
import org.involveportal.platform.ExportTable;
import org.involveportal.platform.Exports;

/**
 * The people a register search found ({@code /staff/register-export?format=csv|xlsx&...criteria}, editors):
 * only those who agreed to be contacted, with how to reach them. Every download is audited with the criteria
 * and the count, never the names.
 */
@WebServlet("/staff/register-export")
public class RegisterExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Inject
    private RegisterService register;

    @Inject
    private MessageCatalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!security.isCallerInRole(RegisterPage.ROLE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String format = request.getParameter("format");
        var read = RegisterCriteria.from(request::getParameter);
        if (!read.problems().isEmpty() || !("csv".equals(format) || "xlsx".equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Function<String, String> text = key -> catalog.format(Language.DEFAULT, key);
        var table = new ExportTable(text.apply("groupMembers.column.person"), text.apply("groupMembers.export.email"),
                text.apply("groupMembers.export.phone"), text.apply("involvement.address.label"), text.apply("feedback.contacts.how"),
                text.apply("groupMembers.export.language"), text.apply("register.filter.level"), text.apply("register.filter.area"),
                text.apply("register.filter.availability"), text.apply("register.filter.need"), text.apply("involvement.access.label"));
        var people = register.everyone(read.criteria());
        for (var resident : people) {
            var profile = resident.profile();
            var recipient = MessageRecipient.of(resident);
            table.row(orEmpty(profile.name()), resident.getEmail(), orEmpty(profile.phone()), orEmpty(profile.postalAddress()),
                    text.apply("groupLetters.way." + recipient.way().name()), recipient.language().autonym(),
                    profile.involvement() == null ? "" : text.apply("involvement.level." + profile.involvement().name()),
                    orEmpty(resident.getPostcodeDistrict()),
                    profile.availability().stream().map(a -> text.apply("involvement.availability." + a.name())).collect(Collectors.joining(", ")),
                    profile.communicationNeeds().stream().map(n -> text.apply("involvement.need." + n.name())).collect(Collectors.joining(", ")),
                    orEmpty(profile.accessNeeds()));
        }
        register.audited(security.getCallerPrincipal().getName(), AuditAction.REGISTER_EXPORTED, read.criteria(), people.size(), "as " + format);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"register." + format + "\"");
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            Exports.csv(table, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Exports.xlsx(table, text.apply("register.title"), response.getOutputStream());
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}

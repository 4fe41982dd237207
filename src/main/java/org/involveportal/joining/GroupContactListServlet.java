package org.involveportal.joining;

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
import org.involveportal.audit.AuditTrail;
import org.involveportal.forum.GroupMembership;
import org.involveportal.forum.GroupService;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.MessageCatalog;
import org.involveportal.people.ResidentService;
import org.involveportal.platform.ExportTable;
import org.involveportal.platform.Exports;

/**
 * A group's contact list ({@code /staff/group-members-export?g=slug&format=csv|xlsx}, editors): only the
 * members who agreed, when they joined, to share their details with the group; cells that a spreadsheet
 * would run as formulas are neutralised. Every download is audited.
 */
@WebServlet("/staff/group-members-export")
public class GroupContactListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private SecurityContext security;

    @Inject
    private GroupService groups;

    @Inject
    private ResidentService residents;

    @Inject
    private MessageCatalog catalog;

    @Inject
    private AuditTrail audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!security.isCallerInRole(GroupMessagePage.ROLE)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String format = request.getParameter("format");
        var group = groups.findBySlug(String.valueOf(request.getParameter("g"))).orElse(null);
        if (group == null || !("csv".equals(format) || "xlsx".equals(format))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Function<String, String> text = key -> catalog.format(Language.DEFAULT, key);
        var table = new ExportTable(text.apply("groupMembers.column.person"), text.apply("groupMembers.export.email"),
                text.apply("groupMembers.export.phone"), text.apply("groupMembers.export.ways"), text.apply("groupMembers.export.language"));
        int listed = 0;
        for (var membership : groups.memberships(group.getId(), GroupMembership.Status.MEMBER)) {
            if (!membership.isShareDetails()) {
                continue;
            }
            var resident = residents.find(membership.getResidentId()).orElse(null);
            if (resident == null) {
                continue;
            }
            var profile = resident.profile();
            var recipient = MessageRecipient.of(resident);
            table.row(profile.name() == null ? "" : profile.name(), resident.getEmail(), profile.phone() == null ? "" : profile.phone(),
                    profile.contactWays().stream().map(w -> text.apply("involvement.contact." + w.name())).collect(Collectors.joining(", ")),
                    recipient.language().autonym());
            listed++;
        }
        audit.record(security.getCallerPrincipal().getName(), AuditAction.GROUP_MEMBERS_EXPORTED, "group", group.getSlug(),
                listed + " members who agreed, as " + format);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + group.getSlug() + "-contact-list." + format + "\"");
        if ("csv".equals(format)) {
            response.setContentType("text/csv; charset=UTF-8");
            Exports.csv(table, response.getOutputStream());
        } else {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            Exports.xlsx(table, text.apply("groupMembers.export.heading"), response.getOutputStream());
        }
    }
}

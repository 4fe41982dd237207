package org.involveportal.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.involveportal.i18n.Language;
import org.involveportal.staff.StaffRole;
import org.involveportal.staff.StaffToDo;

/** For the staff home (publishers, who write "You said, we did"): feedback overdue, and feedback owed but not yet due. */
@ApplicationScoped
public class FeedbackToDo implements StaffToDo {

    @Inject
    private FeedbackService feedback;

    @Override
    public List<Item> itemsFor(Set<StaffRole> roles, Instant now, Language reader) {
        if (!roles.contains(StaffRole.PUBLISHER)) {
            return List.of();
        }
        var owed = feedback.owed();
        long overdue = owed.stream().filter(FeedbackService.Owed::overdue).count();
        return List.of(
                new Item("feedback-overdue", 10, "staff.home.feedbackOverdue", overdue, "feedback", Urgency.OVERDUE),
                new Item("feedback-owed", 11, "staff.home.feedbackOwed", owed.size() - overdue, "feedback", Urgency.NONE));
    }
}

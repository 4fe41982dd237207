package org.involveportal.training;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.involveportal.i18n.DateFormatting;
import org.involveportal.i18n.Language;
import org.involveportal.i18n.Messages;
import org.involveportal.web.page.PageBean;

/**
 * The training on offer ({@code /training}): every published course with its sessions to come, each with its day and
 * whether places are left. The same for every visitor, so it is kept; a booking's commit clears it.
 */
@Named
@RequestScoped
public class TrainingDirectoryPage extends PageBean {

    @Inject
    private TrainingService training;

    @Inject
    private Messages messages;

    private List<Entry> entries;

    /** A session to come as a list shows it. */
    public record SessionLine(long id, String when, int placesLeft) {
    }

    /** One course in the list, in the reader's language where it has been translated. */
    public record Entry(String slug, String title, String description, Language language, List<SessionLine> sessions) {
    }

    @Override
    protected void load() {
        String reader = messages.getLanguage().tag();
        Language dates = messages.languageOf("training.heading");
        var booked = training.bookedCounts();
        var sessionsByCourse = new LinkedHashMap<Long, List<SessionLine>>();
        for (var session : training.upcomingSessions()) {
            sessionsByCourse.computeIfAbsent(session.getCourse().getId(), id -> new ArrayList<>())
                    .add(new SessionLine(session.getId(), DateFormatting.dateAndTime(session.getStartsAt(), dates),
                            session.placesLeftAfter(booked.getOrDefault(session.getId(), 0L))));
        }
        entries = training.published().stream().map(course -> {
            var text = course.textIn(reader);
            return new Entry(course.getSlug(), text.getTitle(), text.getDescription(), course.languageShownTo(reader),
                    sessionsByCourse.getOrDefault(course.getId(), List.of()));
        }).toList();
    }

    public List<Entry> getEntries() {
        return entries;
    }
}

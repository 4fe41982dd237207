package org.involveportal.actionplan;

import java.util.Locale;
import java.util.Optional;

/**
 * An action's status: red (off track), amber (at risk), green (on track) or done. Pages always show it in words
 * ({@code actionPlan.rag.X}), never by colour alone.
 */
public enum Rag {
    RED, AMBER, GREEN, DONE;

    /** The status a spreadsheet cell names: "Red", "R", "amber", "Complete", "Done"... or empty when it names none. */
    public static Optional<Rag> parse(String cell) {
        if (cell == null) {
            return Optional.empty();
        }
        return switch (cell.strip().toUpperCase(Locale.ROOT)) {
            case "RED", "R" -> Optional.of(RED);
            case "AMBER", "A" -> Optional.of(AMBER);
            case "GREEN", "G" -> Optional.of(GREEN);
            case "DONE", "COMPLETE", "COMPLETED", "BLUE", "B" -> Optional.of(DONE);
            default -> Optional.empty();
        };
    }

    /** How the export writes it, and the import reads it back. */
    public String cell() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}

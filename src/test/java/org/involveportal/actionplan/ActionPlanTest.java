package org.involveportal.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActionPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    private static PlanAction review() {
        return new PlanAction(1, 1, 1, "A review of adult protection work is carried out", "Head of Safeguarding",
                Timescale.parse("2027 Q1").orElseThrow(), Rag.AMBER, "Cross-agency arrangements are more effective");
    }

    @Test
    @DisplayName("RAG is read from a sheet's words and letters, and anything else is refused")
    void ragCells() {
        assertThat(Rag.parse(" red ")).contains(Rag.RED);
        assertThat(Rag.parse("A")).contains(Rag.AMBER);
        assertThat(Rag.parse("Green")).contains(Rag.GREEN);
        assertThat(Rag.parse("Complete")).contains(Rag.DONE);
        assertThat(Rag.parse("ON-GOING")).isEmpty();
        assertThat(Rag.parse("")).isEmpty();
        for (Rag rag : Rag.values()) {
            assertThat(Rag.parse(rag.cell())).as("the export's cell reads back").contains(rag);
        }
    }

    @Test
    @DisplayName("A timescale is a day or a quarter, and a quarter ends on its last day")
    void timescales() {
        assertThat(Timescale.parse("2027-03-31")).contains(Timescale.of(LocalDate.of(2027, 3, 31)));
        assertThat(Timescale.parse("31/03/2027")).contains(Timescale.of(LocalDate.of(2027, 3, 31)));
        assertThat(Timescale.parse("Q2 2027").orElseThrow().cell()).isEqualTo("2027 Q2");
        assertThat(Timescale.parse("2027 Q2").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(Timescale.parse("2026 Q4").orElseThrow().lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Timescale.parse("End March 2010")).isEmpty();
        assertThat(Timescale.parse("2027-02-30")).isEmpty();
        assertThat(Timescale.parse("2027 Q5")).isEmpty();
    }

    @Test
    @DisplayName("An update moves the action to its status; the newest by date (then by publication) is the latest")
    void updatesMoveTheAction() {
        var action = review();
        var first = action.progress("Review started", Rag.GREEN, TODAY.minusDays(10), TODAY, List.of(), NOW);
        assertThat(action.getRag()).isEqualTo(Rag.GREEN);
        assertThat(first.getRag()).isEqualTo(Rag.GREEN);

        var older = ActionUpdate.withId(1, TODAY.minusDays(10), Rag.GREEN);
        var sameDayLater = ActionUpdate.withId(2, TODAY.minusDays(10), Rag.RED);
        var newer = ActionUpdate.withId(3, TODAY.minusDays(2), Rag.DONE);
        assertThat(PlanAction.latest(List.of(older, newer, sameDayLater))).isSameAs(newer);
        assertThat(PlanAction.latest(List.of(older, sameDayLater))).as("same day: the one published later").isSameAs(sameDayLater);
        assertThat(List.of(older, newer, sameDayLater).stream().sorted(PlanAction.NEWEST_FIRST).toList())
                .containsExactly(newer, sameDayLater, older);
        assertThat(PlanAction.latest(List.of())).isNull();
    }

    @Test
    @DisplayName("An update is never dated in the future nor before the latest one, and has words and a status")
    void updateRules() {
        var action = review();
        var latest = List.of(ActionUpdate.withId(1, TODAY.minusDays(3), Rag.GREEN));
        assertThatThrownBy(() -> action.progress("Soon", Rag.GREEN, TODAY.plusDays(1), TODAY, List.of(), NOW))
                .hasMessage("actionPlan.rule.updateInFuture");
        assertThatThrownBy(() -> action.progress("Back then", Rag.RED, TODAY.minusDays(4), TODAY, latest, NOW))
                .hasMessage("actionPlan.rule.updateBeforeLatest");
        assertThatThrownBy(() -> action.progress(" ", Rag.RED, TODAY, TODAY, latest, NOW))
                .hasMessage("actionPlan.rule.updateIncomplete");
        assertThatThrownBy(() -> action.progress("x".repeat(ActionUpdate.WORDS_MAX + 1), Rag.RED, TODAY, TODAY, latest, NOW))
                .hasMessage("actionPlan.rule.tooLong");
        assertThat(action.getRag()).as("nothing refused changed it").isEqualTo(Rag.AMBER);
        action.progress("Same day as the latest", Rag.RED, TODAY.minusDays(3), TODAY, latest, NOW);
        assertThat(action.getRag()).isEqualTo(Rag.RED);
    }

    @Test
    @DisplayName("An action not done is overdue once its timescale has passed")
    void overdue() {
        var action = review();
        assertThat(action.overdueOn(LocalDate.of(2027, 3, 31))).isFalse();
        assertThat(action.overdueOn(LocalDate.of(2027, 4, 1))).isTrue();
        action.progress("Done", Rag.DONE, TODAY, TODAY, List.of(), NOW);
        assertThat(action.overdueOn(LocalDate.of(2027, 4, 1))).isFalse();
    }

    @Test
    @DisplayName("An action needs what, a lead, a timescale and a status")
    void actionNeedsItsParts() {
        assertThatThrownBy(() -> new PlanAction(1, 1, 1, "What", " ", Timescale.of(TODAY), Rag.RED, null))
                .hasMessage("actionPlan.rule.incomplete");
        assertThatThrownBy(() -> new PlanAction(1, 1, 1, "What", "Lead", null, Rag.RED, null))
                .hasMessage("actionPlan.rule.incomplete");
    }

    @Test
    @DisplayName("A sheet with the seeds' columns is read row by row, quoted cells and all")
    void readsASheet() {
        var reading = PlanSheet.readCsv("""
                Theme,Action,Lead,Timescale,Progress,RAG,Outcome
                Safeguarding vulnerable adults,"A review is carried out, by the Board",Head of Safeguarding,2027-03-31,\"Review to commence \"\"soon\"\"\",Amber,Arrangements are more effective

                Carers,Promote carers' rights,Carers Lead,2027 Q2,,Green,
                """);
        assertThat(reading.ok()).isTrue();
        assertThat(reading.rows()).hasSize(2);
        var first = reading.rows().get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.what()).isEqualTo("A review is carried out, by the Board");
        assertThat(first.progress()).isEqualTo("Review to commence \"soon\"");
        assertThat(first.rag()).isEqualTo(Rag.AMBER);
        assertThat(reading.rows().get(1).number()).as("blank rows are skipped, numbers stay the sheet's").isEqualTo(4);
        assertThat(reading.rows().get(1).timescale().quarter()).isEqualTo("2027 Q2");
    }

    @Test
    @DisplayName("Each problem comes with its row number and column, and a sheet with any problem gives no rows")
    void sheetProblems() {
        var reading = PlanSheet.readCsv("""
                Theme,Action,Lead,Timescale,Progress,RAG,Outcome
                Carers,Promote carers' rights,Carers Lead,2027 Q2,,Green,
                Carers,,Carers Lead,someday,,Purple,
                Carers,Assess carers' needs,,2027-01-31,,,
                """);
        assertThat(reading.ok()).isFalse();
        assertThat(reading.rows()).isEmpty();
        assertThat(reading.problems()).containsExactly(
                new PlanSheet.Problem(3, "Action", "actionPlanImport.problem.missing"),
                new PlanSheet.Problem(3, "Timescale", "actionPlanImport.problem.timescale"),
                new PlanSheet.Problem(3, "RAG", "actionPlanImport.problem.rag"),
                new PlanSheet.Problem(4, "Lead", "actionPlanImport.problem.missing"),
                new PlanSheet.Problem(4, "RAG", "actionPlanImport.problem.missing"));

        assertThat(PlanSheet.readCsv("Action,Lead\nx,y").problems())
                .containsExactly(new PlanSheet.Problem(1, null, "actionPlanImport.problem.heading"));
        assertThat(PlanSheet.readCsv(String.join(",", PlanSheet.COLUMNS)).problems())
                .containsExactly(new PlanSheet.Problem(0, null, "actionPlanImport.problem.empty"));
    }

    @Test
    @DisplayName("A plan's address comes from its English title")
    void slug() {
        assertThat(ActionPlanEditing.slugBase("CQC inspection: action plan 2026/27")).isEqualTo("cqc-inspection-action-plan-2026-27");
        assertThat(ActionPlanEditing.slugBase("Cynllun gweithredu’r strategaeth")).isEqualTo("cynllun-gweithredu-r-strategaeth");
    }
}

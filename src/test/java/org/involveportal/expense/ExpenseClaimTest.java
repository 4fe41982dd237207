package org.involveportal.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExpenseClaimTest {

    private static final Instant NOW = Instant.parse("2027-03-20T12:00:00Z");
    private static final Duration THREE_HOURS = Duration.ofHours(3);

    static ExpensePolicy policy(TimeBasis basis) {
        return new ExpensePolicy(new ExpensePolicy.Terms(new BigDecimal("0.45"), new BigDecimal("30.00"), new BigDecimal("30.00"),
                new BigDecimal("60.00"), new BigDecimal("10.00"), new BigDecimal("0.00"), basis, new BigDecimal("15.00"), 90));
    }

    private static ExpenseLine fare(String amount, String reason) {
        return new ExpenseLine(ExpenseKind.FARE, null, new BigDecimal(amount), "Bus to the Guildhall", reason);
    }

    private static ExpenseLine care(String amount) {
        return new ExpenseLine(ExpenseKind.REPLACEMENT_CARE, null, new BigDecimal(amount), null, null);
    }

    @Test
    @DisplayName("Mileage and payment for time are worked out from the policy, to the penny, never typed")
    void workedOut() {
        var policy = policy(TimeBasis.HOURLY);
        assertThat(policy.mileage(new BigDecimal("12.5"))).isEqualByComparingTo("5.63"); // 5.625 rounds half up
        assertThat(policy.timePayment(Duration.ofMinutes(150))).isEqualByComparingTo("37.50");
        assertThat(policy.timePayment(Duration.ofMinutes(151))).as("a started quarter hour counts").isEqualByComparingTo("41.25");
        assertThat(policy(TimeBasis.SESSIONAL).timePayment(Duration.ofHours(7))).isEqualByComparingTo("15.00");

        var claim = new ExpenseClaim(7, 3, NOW);
        claim.replaceLines(List.of(new ExpenseLine(ExpenseKind.MILEAGE, new BigDecimal("20"), null, null, null),
                new ExpenseLine(ExpenseKind.TIME, null, new BigDecimal("999.00"), null, null)), policy, true, THREE_HOURS);
        assertThat(claim.getItems()).extracting(ExpenseItem::getAmount).containsExactly(new BigDecimal("9.00"), new BigDecimal("45.00"));
        assertThat(claim.total()).isEqualByComparingTo("54.00");
    }

    @Test
    @DisplayName("Over a limit needs a reason; a kind the policy does not pay, and time for an unpaid activity, are refused")
    void limits() {
        var policy = policy(TimeBasis.HOURLY);
        assertThat(ExpenseClaim.problems(List.of(fare("30.00", null)), policy, false, THREE_HOURS)).isEmpty();
        assertThat(ExpenseClaim.problems(List.of(fare("30.01", null)), policy, false, THREE_HOURS))
                .containsEntry("reason-FARE", "expense.error.overLimitReason");
        assertThat(ExpenseClaim.problems(List.of(fare("45.00", "The only train that day")), policy, false, THREE_HOURS)).isEmpty();
        assertThat(ExpenseClaim.problems(List.of(new ExpenseLine(ExpenseKind.INTERPRETER, null, new BigDecimal("20"), null, null)),
                policy, false, THREE_HOURS)).containsEntry("amount-INTERPRETER", "expense.error.notPaid");
        assertThat(ExpenseClaim.problems(List.of(new ExpenseLine(ExpenseKind.TIME, null, null, null, null)), policy, false, THREE_HOURS))
                .containsEntry("time", "expense.error.timeNotPaid");
        assertThat(ExpenseClaim.problems(List.of(), policy, true, THREE_HOURS)).containsEntry("miles", "expense.error.nothing");
        // 41 miles at 45p is £18.45, under the £30 limit; 70 miles is £31.50, over it
        assertThat(ExpenseClaim.problems(List.of(new ExpenseLine(ExpenseKind.MILEAGE, new BigDecimal("70"), null, null, null)),
                policy, false, THREE_HOURS)).containsEntry("reason-MILEAGE", "expense.error.overLimitReason");

        var claim = new ExpenseClaim(7, 3, NOW);
        assertThatThrownBy(() -> claim.replaceLines(List.of(fare("31.00", null)), policy, false, THREE_HOURS))
                .isInstanceOf(ExpenseRuleViolation.class);
        claim.replaceLines(List.of(fare("20.00", "not needed")), policy, false, THREE_HOURS);
        assertThat(claim.getItems().get(0).getOverLimitReason()).as("a reason is kept only for a line over the limit").isNull();
    }

    @Test
    @DisplayName("Sending needs a receipt for spending, the benefits notice for payment for time, and an answer to a question")
    void sending() {
        var policy = policy(TimeBasis.HOURLY);
        var claim = new ExpenseClaim(7, 3, NOW);
        claim.replaceLines(List.of(fare("12.40", null), new ExpenseLine(ExpenseKind.TIME, null, null, null, null)), policy, true, THREE_HOURS);
        assertThatThrownBy(() -> claim.send(0, true, null, NOW)).hasMessage("expense.error.receiptNeeded");
        assertThat(claim.getBenefitsNoticeReadAt()).as("a claim refused stays as it was").isNull();
        assertThatThrownBy(() -> claim.send(1, false, null, NOW)).hasMessage("expense.error.benefitsNotice");
        claim.send(1, true, null, NOW);
        assertThat(claim.getBenefitsNoticeReadAt()).isEqualTo(NOW);
        assertThat(claim.getStatus()).isEqualTo(ExpenseClaim.Status.SENT);
        assertThatThrownBy(() -> claim.replaceLines(List.of(fare("1.00", null)), policy, true, THREE_HOURS)).hasMessage("expense.rule.sent");

        claim.askForMore("Which bus did you take?");
        assertThat(claim.getStatus()).isEqualTo(ExpenseClaim.Status.MORE_INFO);
        assertThatThrownBy(() -> claim.send(1, false, " ", NOW)).hasMessage("expense.error.answer");
        claim.send(1, false, "The 14 from the station.", NOW);
        assertThat(claim.getAnswer()).isEqualTo("The 14 from the station.");

        var mileageOnly = new ExpenseClaim(7, 4, NOW);
        mileageOnly.replaceLines(List.of(new ExpenseLine(ExpenseKind.MILEAGE, BigDecimal.TEN, null, null, null)), policy, false, THREE_HOURS);
        mileageOnly.send(0, false, null, NOW);
        assertThat(mileageOnly.getStatus()).as("mileage needs no receipt").isEqualTo(ExpenseClaim.Status.SENT);
    }

    @Test
    @DisplayName("Each line is decided on its own: a refusal needs a reason, the last decision decides the claim, paid lines stay")
    void decisions() throws Exception {
        var policy = policy(TimeBasis.HOURLY);
        var claim = new ExpenseClaim(7, 3, NOW);
        claim.replaceLines(List.of(fare("12.40", null), care("45.00")), policy, false, THREE_HOURS);
        numberItems(claim);
        assertThatThrownBy(() -> claim.decide(1, true, null, "finance@example.gov.uk", NOW)).hasMessage("expense.rule.notWaiting");
        claim.send(1, false, null, NOW);

        assertThatThrownBy(() -> claim.decide(2, false, "  ", "finance@example.gov.uk", NOW)).hasMessage("staffExpenseClaim.error.reason");
        assertThat(claim.decide(1, true, null, "finance@example.gov.uk", NOW)).isFalse();
        assertThat(claim.getStatus()).isEqualTo(ExpenseClaim.Status.SENT);
        assertThat(claim.decide(2, false, "Care was not booked for that day", "finance@example.gov.uk", NOW)).isTrue();
        assertThat(claim.getStatus()).isEqualTo(ExpenseClaim.Status.DECIDED);
        assertThat(claim.approvedTotal()).isEqualByComparingTo("12.40");
        assertThatThrownBy(() -> claim.decide(99, true, null, "x", NOW)).hasMessage("expense.rule.noSuchItem");

        var approved = claim.item(1).orElseThrow();
        approved.takeInto(5);
        assertThatThrownBy(() -> claim.decide(1, false, "changed my mind", "x", NOW)).hasMessage("expense.rule.inBatch");
        assertThatThrownBy(() -> claim.item(2).orElseThrow().takeInto(5)).as("a refused line is never paid").hasMessage("expense.rule.notPayable");
        assertThat(claim.isPaid()).isFalse();
        approved.markPaid(NOW);
        assertThat(claim.isPaid()).isTrue();
    }

    @Test
    @DisplayName("A claim is open from the activity's start until the days to claim after its end")
    void window() {
        var policy = policy(TimeBasis.HOURLY);
        Instant starts = Instant.parse("2027-03-16T10:00:00Z");
        Instant ends = starts.plus(THREE_HOURS);
        assertThat(policy.claimOpen(starts, ends, starts.minusSeconds(1))).isFalse();
        assertThat(policy.claimOpen(starts, ends, starts)).isTrue();
        assertThat(policy.claimOpen(starts, ends, ends.plus(Duration.ofDays(90)).minusSeconds(1))).isTrue();
        assertThat(policy.claimOpen(starts, ends, ends.plus(Duration.ofDays(90)))).isFalse();
    }

    @Test
    @DisplayName("A policy's amounts are pounds and pence from £0 to £9,999.99, and from 1 to 365 days to claim")
    void policyTerms() {
        assertThatThrownBy(() -> new ExpensePolicy.Terms(new BigDecimal("-0.01"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, TimeBasis.HOURLY, BigDecimal.ONE, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpensePolicy.Terms(new BigDecimal("0.455"), BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, TimeBasis.HOURLY, BigDecimal.ONE, 90)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExpensePolicy.Terms(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ONE, BigDecimal.ONE, TimeBasis.HOURLY, BigDecimal.ONE, 366)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Ids as the database gives them, in order from 1. */
    private static void numberItems(ExpenseClaim claim) throws Exception {
        Field id = ExpenseItem.class.getDeclaredField("id");
        id.setAccessible(true);
        long n = 1;
        for (var item : claim.getItems()) {
            id.set(item, n++);
        }
    }
}

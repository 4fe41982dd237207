package org.involveportal.expense;

import static org.assertj.core.api.Assertions.assertThat;
import static org.involveportal.expense.ExpenseFixtures.*;
import static org.involveportal.staff.StaffSignIns.encode;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.involveportal.report.ReportPeriod;
import org.involveportal.staff.StaffSignIns;
import org.involveportal.testsupport.EmbeddedPortal;
import org.involveportal.testsupport.Http;
import org.involveportal.testsupport.Mailbox;
import org.involveportal.testsupport.PortalExtension;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Expenses over plain HTTP: a resident claims for an activity they came to, within the policy's limits (checked on the
 * server), with receipts checked by their content and kept where no public address reaches them; forged posts from
 * another resident or a member of staff without the role change nothing; finance decides each line, a payment batch
 * holds exactly the approved amount, and marking it paid tells the resident; the policy is the admin's alone.
 */
@ExtendWith(PortalExtension.class)
class ExpensesIT {

    private static final String CLAIM_ITEMS = "select group_concat(i.kind, ':', i.amount, ':', i.status order by i.position)"
            + " from expense_item i join expense_claim c on c.id = i.claim_id where c.reference = ?";

    @Test
    @DisplayName("A claim within the policy with a checked receipt, decided line by line, paid in a batch holding exactly the approved amount")
    void claimDecidedAndPaid(EmbeddedPortal portal) throws Exception {
        String slug = activity(portal, "Quality Checker visit " + System.nanoTime(), true);
        String email = interestedResident(portal, slug);
        String otherEmail = interestedResident(portal, slug);
        chooseEveryone(portal, slug);
        assertThat(signIn(portal, email).get("account/expenses/claim/" + slug).statusCode()).as("nothing to claim before it starts")
                .isEqualTo(404);

        portal.moveClock(Duration.ofDays(15));
        try {
            everyoneCame(portal, slug);
            var resident = signIn(portal, email);
            assertThat(Jsoup.parse(resident.get("account/expenses").body()).getElementById("claimable-" + slug)).isNotNull();

            // over a limit without a reason, and an amount that is not one: problems beside the fields, nothing kept, what was typed shown again
            String claimPage = "account/expenses/claim/" + slug;
            var problems = resident.post(claimPage, "miles=20&amount-FARE=45&detail-FARE=" + encode("Train to Mold")
                    + "&amount-REPLACEMENT_CARE=forty&time=yes");
            assertThat(problems.statusCode()).isEqualTo(200);
            var page = Jsoup.parse(problems.body());
            assertThat(page.title()).startsWith("Error: ");
            assertThat(page.selectFirst("#amount-REPLACEMENT_CARE-error").text()).contains("pounds and pence");
            assertThat(page.selectFirst("#amount-FARE").val()).isEqualTo("45");
            assertThat(page.selectFirst("#detail-FARE").val()).isEqualTo("Train to Mold");
            assertThat(page.selectFirst("#time").hasAttr("checked")).isTrue();
            var overLimit = Jsoup.parse(resident.post(claimPage, "miles=20&amount-FARE=45&time=yes").body());
            assertThat(overLimit.selectFirst("#reason-FARE-error").text()).contains("more than our limit");
            assertThat(Jsoup.parse(resident.post("cy/" + claimPage, "amount-FARE=45").body()).selectFirst("#reason-FARE-error").text())
                    .as("in the reader's language").doesNotContain("more than our limit").isNotBlank();
            assertThat(portal.count("select count(*) from expense_claim c join activity a on a.id = c.activity_id where a.slug = ?", slug)).isZero();

            // mileage and time are worked out by the policy (45p a mile, £15 an hour for two and a half hours), whatever is sent
            var saved = resident.post(claimPage, "miles=20&amount-FARE=12.40&detail-FARE=" + encode("Bus both ways")
                    + "&amount-REPLACEMENT_CARE=45&detail-REPLACEMENT_CARE=" + encode("A sitter for Mum, 3 hours") + "&time=yes&amount-TIME=999");
            assertThat(saved.statusCode()).isEqualTo(302);
            String location = saved.headers().firstValue("Location").orElseThrow();
            assertThat(location).matches(".*/account/expenses/EXP-[2-9A-Z]{4}-[2-9A-Z]{4}");
            String reference = location.substring(location.lastIndexOf('/') + 1);
            assertThat(portal.queryOne(CLAIM_ITEMS, reference))
                    .isEqualTo("MILEAGE:9.00:PENDING,FARE:12.40:PENDING,REPLACEMENT_CARE:45.00:PENDING,TIME:37.50:PENDING");

            // sending needs a receipt for what was spent
            String mine = "account/expenses/" + reference;
            var noReceipt = Jsoup.parse(resident.post(mine, "action=send&benefits=yes").body());
            assertThat(noReceipt.selectFirst("#receipt-error").text()).contains("Add a receipt");

            // receipts are known by their content: a program, a PDF named as a photo, and a file over 5 MB are refused with a message
            assertThat(receiptProblem(portal, resident, reference, "receipt.pdf", PROGRAM)).contains("must be a photo (JPG or PNG) or a PDF");
            assertThat(receiptProblem(portal, resident, reference, "ticket.jpg", PDF)).contains("not what its name says");
            byte[] huge = Arrays.copyOf(PDF, (int) ReceiptType.MOST_BYTES + 1);
            assertThat(receiptProblem(portal, resident, reference, "scan.pdf", huge)).contains("smaller than 5 MB");
            assertThat(portal.count("select count(*) from expense_receipt r join expense_claim c on c.id = r.claim_id where c.reference = ?",
                    reference)).isZero();
            var added = upload(portal, resident, "en", reference, "bus-ticket.png", PNG);
            assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/" + mine + "?done=receiptAdded#receipt");
            String receiptId = portal.queryOne("select r.id from expense_receipt r join expense_claim c on c.id = r.claim_id where c.reference = ?",
                    reference);
            String stored = portal.queryOne("select stored_name from expense_receipt where id = ?", receiptId);

            // kept outside the web root under a random name; no public address serves it
            assertThat(Files.readAllBytes(portal.uploadsDir().resolve("receipts").resolve(stored))).isEqualTo(PNG);
            for (String path : new String[] {"uploads/receipts/" + stored, "data/uploads/receipts/" + stored, "static/" + stored,
                    "receipts/" + stored, "static/uploads/receipts/" + stored, "bus-ticket.png", "account/expense-receipt/" + receiptId}) {
                assertThat(Http.get(portal.baseUrl() + path).statusCode()).as(path).isEqualTo(404);
            }
            var anonymous = Http.get(portal.baseUrl() + "account/expense-receipt?r=" + receiptId);
            assertThat(anonymous.statusCode()).as("anonymous").isEqualTo(302);
            var own = download(portal, resident, "account/expense-receipt?r=" + receiptId);
            assertThat(own.statusCode()).isEqualTo(200);
            assertThat(own.body()).isEqualTo(PNG);
            assertThat(own.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/png");
            assertThat(own.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
            assertThat(own.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(own.headers().allValues("Content-Security-Policy")).anyMatch(csp -> csp.contains("sandbox"));

            // another resident's forged posts find nothing
            var someoneElse = signIn(portal, otherEmail);
            assertThat(someoneElse.get(mine).statusCode()).isEqualTo(404);
            assertThat(someoneElse.post(mine, "action=send&benefits=yes").statusCode()).isEqualTo(404);
            assertThat(someoneElse.post(mine, "action=removeReceipt&receipt=" + receiptId).statusCode()).isEqualTo(404);
            assertThat(download(portal, someoneElse, "account/expense-receipt?r=" + receiptId).statusCode()).isEqualTo(404);
            assertThat(upload(portal, someoneElse, "en", reference, "mine.png", PNG).statusCode()).isEqualTo(404);
            assertThat(portal.count("select count(*) from expense_receipt where claim_id = (select id from expense_claim where reference = ?)",
                    reference)).isEqualTo(1);

            // payment for time needs the benefits notice read
            var noNoticeResponse = resident.post(mine, "action=send");
            assertThat(noNoticeResponse.statusCode()).as(noNoticeResponse.body()).isEqualTo(200);
            var noNotice = Jsoup.parse(noNoticeResponse.body());
            assertThat(noNotice.selectFirst("#benefits-error")).as(noNotice.select("main").text()).isNotNull();
            assertThat(noNotice.selectFirst("#benefits-error").text()).contains("how payment can affect benefits");
            var sent = resident.post(mine, "action=send&benefits=yes");
            assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/" + mine + "?done=sent");
            assertThat(portal.queryOne("select status from expense_claim where reference = ?", reference)).isEqualTo("SENT");
            assertThat(portal.count("select count(*) from audit_event where action = 'EXPENSE_CLAIM_SENT' and subject_id = ? and detail = '103.90'",
                    reference)).isEqualTo(1);
            assertThat(resident.post(claimPage, "miles=200").headers().firstValue("Location").orElseThrow())
                    .as("a sent claim is not changed").endsWith("/" + mine);

            // an editor is not finance: refused, and a forged decision changes nothing
            var editor = StaffSignIns.signedIn(portal, "editor@example.gov.uk");
            String staffPage = "staff/expense-claim?c=" + reference;
            String fareLine = portal.queryOne("select i.id from expense_item i join expense_claim c on c.id = i.claim_id"
                    + " where c.reference = ? and i.kind = 'FARE'", reference);
            assertThat(editor.get(staffPage).statusCode()).isEqualTo(403);
            assertThat(editor.post(staffPage, "action=approve&item=" + fareLine).statusCode()).isEqualTo(403);
            assertThat(download(portal, editor, "staff/expense-receipt?r=" + receiptId).statusCode()).isEqualTo(403);
            assertThat(portal.queryOne(CLAIM_ITEMS, reference)).doesNotContain("APPROVED");

            // finance decides each line: a refusal needs a reason
            var finance = StaffSignIns.signedIn(portal, "finance@example.gov.uk");
            assertThat(Jsoup.parse(finance.get("staff/expenses").body()).getElementById("claim-" + reference)).isNotNull();
            assertThat(download(portal, finance, "staff/expense-receipt?r=" + receiptId).body()).isEqualTo(PNG);
            for (String kind : new String[] {"MILEAGE", "FARE", "TIME"}) {
                String line = lineOf(portal, reference, kind);
                assertThat(finance.post(staffPage, "action=approve&item=" + line).headers().firstValue("Location").orElseThrow())
                        .endsWith("&done=approved");
            }
            String careLine = lineOf(portal, reference, "REPLACEMENT_CARE");
            var noReason = Jsoup.parse(finance.post(staffPage, "action=refuse&item=" + careLine).body());
            assertThat(noReason.selectFirst("#reason-" + careLine + "-error").text()).contains("Enter why you refuse this line");
            assertThat(finance.post(staffPage, "action=refuse&item=" + careLine + "&reason-" + careLine + "="
                    + encode("Replacement care must be booked with us first")).statusCode()).isEqualTo(302);
            assertThat(portal.queryOne(CLAIM_ITEMS, reference))
                    .isEqualTo("MILEAGE:9.00:APPROVED,FARE:12.40:APPROVED,REPLACEMENT_CARE:45.00:REFUSED,TIME:37.50:APPROVED");
            assertThat(portal.queryOne("select status from expense_claim where reference = ?", reference)).isEqualTo("DECIDED");
            var decided = Mailbox.awaitSubjectStartingWith(portal, email, "Your expenses claim " + reference);
            assertThat(decided.getContent().toString()).contains("Replacement care: £45.00, refused. Replacement care must be booked with us first",
                    "We will pay you £58.90");

            // the batch holds exactly the approved lines; its file says so, as CSV and XLSX
            var batchMade = finance.post("staff/expense-payments", "action=batch");
            String batch = batchMade.headers().firstValue("Location").orElseThrow().replaceAll(".*b=(PAY-[A-Z0-9-]+).*", "$1");
            String csv = new String(download(portal, finance, "staff/expense-payments-export?b=" + batch + "&format=csv").body(),
                    java.nio.charset.StandardCharsets.UTF_8);
            var claimRows = csv.lines().filter(row -> row.contains(reference)).toList();
            assertThat(claimRows).hasSize(3).noneMatch(row -> row.contains("REPLACEMENT_CARE"));
            assertThat(claimRows.stream().map(row -> new BigDecimal(row.split(",")[10])).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualByComparingTo("58.90");
            BigDecimal csvTotal = csv.lines().skip(1).map(row -> new BigDecimal(row.split(",")[10])).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(csvTotal).isEqualByComparingTo(portal.queryOne("select total from payment_batch where reference = ?", batch));
            try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(
                    download(portal, finance, "staff/expense-payments-export?b=" + batch + "&format=xlsx").body()))) {
                var rows = workbook.getFirstSheet().read();
                BigDecimal xlsxTotal = rows.stream().skip(1).filter(row -> reference.equals(row.getCellText(1)))
                        .map(row -> row.getCellAsNumber(10).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
                assertThat(xlsxTotal).isEqualByComparingTo("58.90");
            }
            assertThat(editor.post("staff/expense-payments", "action=paid&b=" + batch).statusCode()).as("an editor cannot mark it paid")
                    .isEqualTo(403);
            assertThat(portal.queryOne("select paid_at from payment_batch where reference = ?", batch)).isNull();
            assertThat(finance.post("staff/expense-payments", "action=paid&b=" + batch).statusCode()).isEqualTo(302);
            assertThat(portal.count("select count(*) from expense_item i join expense_claim c on c.id = i.claim_id where c.reference = ?"
                    + " and i.paid_at is not null", reference)).isEqualTo(3);
            Mailbox.awaitSubjectStartingWith(portal, email, "We have paid your expenses claim " + reference);
            assertThat(Jsoup.parse(resident.get(mine).body()).getElementById("claim-status").text()).isEqualTo("Paid");
            // the involvement report's part on expenses, for the quarter they were paid in, is the database's sums
            var paidDay = java.time.LocalDateTime.parse(portal.queryOne("select date_format(min(i.paid_at), '%Y-%m-%dT%H:%i:%s')"
                    + " from expense_item i join expense_claim c on c.id = i.claim_id where c.reference = ?", reference))
                    .atOffset(java.time.ZoneOffset.UTC).atZoneSameInstant(ReportPeriod.LONDON).toLocalDate();
            var quarter = ReportPeriod.quarter(paidDay.getYear(), (paidDay.getMonthValue() - 1) / 3 + 1);
            var from = java.time.LocalDateTime.ofInstant(quarter.from(), java.time.ZoneOffset.UTC);
            var until = java.time.LocalDateTime.ofInstant(quarter.until(), java.time.ZoneOffset.UTC);
            var report = Jsoup.parse(StaffSignIns.signedIn(portal, "publisher@example.gov.uk")
                    .get("staff/involvement-report?period=" + quarter.slug()).body());
            var byKind = report.select("table.report-table").stream()
                    .filter(table -> table.selectFirst("caption").text().equals("Paid in the period, by kind")).findFirst().orElseThrow();
            for (String[] kind : new String[][] {{"MILEAGE", "Mileage (driving)"}, {"FARE", "Bus, train or taxi fares"},
                    {"REPLACEMENT_CARE", "Replacement care"}, {"TIME", "Payment for your time"}}) {
                var row = byKind.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals(kind[1])).findFirst().orElseThrow();
                String paidSum = portal.queryOne("select coalesce(sum(amount), 0) from expense_item where kind = ? and paid_at >= ? and paid_at < ?",
                        kind[0], from, until);
                assertThat(new BigDecimal(row.select("td.report-figure").get(1).text().replaceAll("[^0-9.]", "")))
                        .as(kind[0]).isEqualByComparingTo(paidSum);
                int lines = portal.count("select count(*) from expense_item where kind = ? and paid_at >= ? and paid_at < ?", kind[0], from, until);
                assertThat(row.select("td.report-figure").get(0).text()).as(kind[0])
                        .startsWith(lines > 0 && lines < 5 ? "fewer than 5" : lines >= 5 ? String.valueOf(lines) : "");
            }
            assertThat(new BigDecimal(portal.queryOne("select coalesce(sum(amount), 0) from expense_item where kind = 'REPLACEMENT_CARE'"
                    + " and paid_at >= ? and paid_at < ?", from, until))).as("a refused line is never paid").isEqualByComparingTo("0");

            for (String action : new String[] {"EXPENSE_ITEM_APPROVED:3", "EXPENSE_ITEM_REFUSED:1", "EXPENSE_RECEIPT_VIEWED:1"}) {
                assertThat(portal.count("select count(*) from audit_event where action = ? and subject_id = ?", action.split(":")[0], reference))
                        .as(action).isEqualTo(Integer.parseInt(action.split(":")[1]));
            }
            for (String action : new String[] {"PAYMENT_BATCH_CREATED", "PAYMENT_BATCH_EXPORTED", "PAYMENT_BATCH_PAID"}) {
                assertThat(portal.count("select count(*) from audit_event where action = ? and subject_id = ?", action, batch)).as(action)
                        .isPositive();
            }

            // someone who asked for post is told by a letter on finance's list, not by email
            assertThat(someoneElse.post("account/profile", "involvement=GIVE_VIEWS&contactWay=POST&name=" + encode("Dai Jones")
                    + "&postalAddress=" + encode("1 Market Street, Wrexham LL11 1AA")).statusCode()).isEqualTo(302);
            var otherDraft = someoneElse.post(claimPage, "amount-FARE=3.20");
            String otherReference = otherDraft.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
            upload(portal, someoneElse, "en", otherReference, "ticket.pdf", PDF);
            assertThat(someoneElse.post("account/expenses/" + otherReference, "action=send").statusCode()).isEqualTo(302);
            assertThat(finance.post("staff/expense-claim?c=" + otherReference, "action=ask&question=" + encode("Which bus did you take?"))
                    .statusCode()).isEqualTo(302);
            var letters = Jsoup.parse(finance.get("staff/expense-letters").body());
            String letterId = portal.queryOne("select n.id from expense_notice n join expense_claim c on c.id = n.claim_id"
                    + " where c.reference = ? and n.way = 'POST' and n.kind = 'QUESTION'", otherReference);
            assertThat(letters.getElementById("letter-" + letterId).text()).contains("Dai Jones", "1 Market Street, Wrexham LL11 1AA",
                    "Which bus did you take?", otherReference);
            assertThat(Mailbox.to(portal, otherEmail, "A question about your expenses claim " + otherReference)).isEmpty();
            assertThat(finance.post("staff/expense-letters", "letter=" + letterId).statusCode()).isEqualTo(302);
            assertThat(portal.queryOne("select posted_by from expense_notice where id = ?", letterId)).isEqualTo("finance@example.gov.uk");
            assertThat(Jsoup.parse(finance.get("staff/expense-letters").body()).getElementById("letter-" + letterId)).isNull();

            // deleting an account: a claim in the council's accounts stays, unnamed; one not paid goes with its receipt
            String otherStored = portal.queryOne("select r.stored_name from expense_receipt r join expense_claim c on c.id = r.claim_id"
                    + " where c.reference = ?", otherReference);
            assertThat(someoneElse.post("account/delete", "confirm=yes").statusCode()).isEqualTo(302);
            assertThat(portal.count("select count(*) from expense_claim where reference = ?", otherReference)).isZero();
            assertThat(portal.uploadsDir().resolve("receipts").resolve(otherStored)).doesNotExist();
            assertThat(resident.post("account/delete", "confirm=yes").statusCode()).isEqualTo(302);
            assertThat(portal.queryOne("select coalesce(resident_id, 'none') from expense_claim where reference = ?", reference)).isEqualTo("none");
        } finally {
            portal.moveClock(Duration.ZERO);
        }
    }

    @Test
    @DisplayName("Only an admin sets the policy: problems beside the fields, forged posts from other roles change nothing, residents see the new limits")
    void policyIsTheAdmins(EmbeddedPortal portal) throws Exception {
        var admin = StaffSignIns.signedIn(portal, "admin@example.gov.uk");
        String before = portal.queryOne("select concat(fare_limit, ',', time_basis) from expense_policy");
        var wrong = Jsoup.parse(admin.post("staff/expense-policy", "mileageRate=0.455&mileageLimit=30&fareLimit=-1&careLimit=60"
                + "&mealLimit=10&interpreterLimit=100&timeRate=15&timeBasis=WAGES&daysToClaim=400").body());
        assertThat(wrong.selectFirst("#mileageRate-error").text()).contains("pounds and pence");
        assertThat(wrong.selectFirst("#fareLimit-error").text()).contains("pounds and pence");
        assertThat(wrong.selectFirst("#timeBasis-1-error")).isNotNull();
        assertThat(wrong.selectFirst("#daysToClaim-error").text()).contains("from 1 to 365");
        assertThat(wrong.selectFirst("#fareLimit").val()).isEqualTo("-1");
        assertThat(portal.queryOne("select concat(fare_limit, ',', time_basis) from expense_policy")).isEqualTo(before);

        String cheaper = "mileageRate=0.45&mileageLimit=30&fareLimit=5&careLimit=60&mealLimit=10&interpreterLimit=100"
                + "&timeRate=20&timeBasis=SESSIONAL&daysToClaim=90";
        for (String role : new String[] {"editor@example.gov.uk", "finance@example.gov.uk"}) {
            assertThat(StaffSignIns.signedIn(portal, role).post("staff/expense-policy", cheaper).statusCode()).as(role).isEqualTo(403);
        }
        assertThat(portal.queryOne("select concat(fare_limit, ',', time_basis) from expense_policy")).isEqualTo(before);
        try {
            assertThat(admin.post("staff/expense-policy", cheaper).statusCode()).isEqualTo(302);
            assertThat(portal.queryOne("select concat(fare_limit, ',', time_basis, ',', time_rate) from expense_policy"))
                    .isEqualTo("5.00,SESSIONAL,20.00");
            assertThat(portal.count("select count(*) from audit_event where action = 'EXPENSE_POLICY_CHANGED' and detail like ?",
                    "%fare 30.00%-> %fare 5.00%")).isEqualTo(1);
            var resident = org.involveportal.people.ResidentSignIns.signedUpAndVerified(portal,
                    "policy-" + System.nanoTime() + "@example.org", PASSWORD);
            var terms = Jsoup.parse(resident.get("account/expenses").body()).getElementById("policy-terms").text();
            assertThat(terms).contains("Up to £5.00 without a reason", "£20.00 for each activity");
        } finally {
            admin.post("staff/expense-policy", "mileageRate=0.45&mileageLimit=30.00&fareLimit=30.00&careLimit=60.00&mealLimit=10.00"
                    + "&interpreterLimit=100.00&timeRate=15.00&timeBasis=HOURLY&daysToClaim=90");
        }
    }

    private static String receiptProblem(EmbeddedPortal portal, StaffSignIns.Client resident, String reference, String name, byte[] content)
            throws Exception {
        var answer = upload(portal, resident, "en", reference, name, content);
        assertThat(answer.statusCode()).isEqualTo(302);
        String back = answer.headers().firstValue("Location").orElseThrow();
        assertThat(back).contains("receiptError=");
        String path = back.substring(back.indexOf("account/")).replace("#receipt", "");
        return Jsoup.parse(resident.get(path).body()).selectFirst("#receipt-error").text();
    }

    private static String lineOf(EmbeddedPortal portal, String reference, String kind) throws Exception {
        return portal.queryOne("select i.id from expense_item i join expense_claim c on c.id = i.claim_id where c.reference = ? and i.kind = ?",
                reference, kind);
    }
}

package org.involveportal.expense;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReceiptTypeTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};
    static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PROGRAM = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    @Test
    @DisplayName("A receipt is known by its first bytes; its name must agree, in any case")
    void knownByContent() {
        assertThat(ReceiptType.problemWith("ticket.png", 10, PNG)).isEmpty();
        assertThat(ReceiptType.problemWith("IMG_2041.JPEG", 10, JPEG)).isEmpty();
        assertThat(ReceiptType.problemWith("receipt.Pdf", 10, PDF)).isEmpty();
        assertThat(ReceiptType.ofContent(JPEG)).hasValue(ReceiptType.JPEG);
    }

    @Test
    @DisplayName("Nothing chosen, too large, not a photo or PDF, or a lying name: each refused with its own message")
    void refused() {
        assertThat(ReceiptType.problemWith("", 0, new byte[0])).hasValue("expense.error.receiptNone");
        assertThat(ReceiptType.problemWith("big.pdf", ReceiptType.MOST_BYTES + 1, PDF)).hasValue("expense.error.receiptTooLarge");
        assertThat(ReceiptType.problemWith("big.pdf", ReceiptType.MOST_BYTES, PDF)).isEmpty();
        assertThat(ReceiptType.problemWith("setup.exe", 8, PROGRAM)).hasValue("expense.error.receiptType");
        assertThat(ReceiptType.problemWith("receipt.pdf", 8, PROGRAM)).as("a program named as a PDF").hasValue("expense.error.receiptType");
        assertThat(ReceiptType.problemWith("photo.jpg", 10, PDF)).as("a PDF named as a photo").hasValue("expense.error.receiptName");
        assertThat(ReceiptType.problemWith("receipt", 10, PDF)).as("no extension").hasValue("expense.error.receiptName");
        assertThat(ReceiptType.problemWith("tiny.png", 3, new byte[] {(byte) 0x89, 'P', 'N'})).hasValue("expense.error.receiptType");
    }

    @Test
    @DisplayName("The name shown is the file's own, without the folders a browser may send")
    void shortName() {
        assertThat(ExpenseReceipt.shortName("C:\\Users\\me\\Desktop\\ticket.png")).isEqualTo("ticket.png");
        assertThat(ExpenseReceipt.shortName("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(ExpenseReceipt.shortName("a".repeat(300) + ".pdf")).hasSize(ExpenseReceipt.NAME_MAX).endsWith(".pdf");
    }
}

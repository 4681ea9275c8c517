package org.clientela.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.clientela.platform.Language;
import org.junit.jupiter.api.Test;

/**
 * An invoice is read back from its PDF as a reader would see it: the names in Cyrillic, the labels
 * in the invoice's language, money in its locale's format and the VAT per rate. The expected
 * figures are worked out by hand in the comments, not with the renderer's code.
 */
class InvoicePdfTest {

    private static final LocalDate ISSUED = LocalDate.of(2026, 11, 23);

    @Test
    void aBulgarianInvoiceShowsCyrillicNamesBulgarianLabelsTheTotalAndTheVatPerRate() throws IOException {
        // Amounts below 1 000: whether Bulgarian groups thousands differs between JDK versions' locale data
        Invoice invoice = new Invoice(
                "CL-000123",
                ISSUED,
                Language.BG,
                List.of("Иван Петров", "ул. „Витоша“ 15", "1000 София", "България"),
                List.of("Ґанна Їжачок", "бул. „Шипка“ 3", "9000 Варна", "България"),
                List.of(
                        line("NB-LAMP-01", "Настолна лампа „Рила“", 2, "124.50", "20.00", "249.00"),
                        line("BK-042", "Книга „Под игото“", 3, "12.90", "9.00", "38.70")),
                "Стандартна доставка",
                new BigDecimal("5.99"),
                "Наложен платеж",
                new BigDecimal("293.69"), // 249.00 + 38.70 + 5.99
                "EUR");

        String text = textOf(InvoicePdf.render(invoice));

        assertThat(text)
                .contains("Clientela")
                .contains("Фактура CL-000123")
                .contains("Дата на издаване: 23 ноември 2026")
                .contains("Адрес за фактуриране", "Адрес за доставка")
                .contains("Иван Петров", "ул. „Витоша“ 15", "1000 София", "Ґанна Їжачок", "9000 Варна")
                .contains("Код", "Продукт", "Кол.", "Ед. цена", "ДДС", "Сума")
                .contains("NB-LAMP-01 Настолна лампа „Рила“ 2 124,50 € 20 % 249,00 €")
                .contains("BK-042 Книга „Под игото“ 3 12,90 € 9 % 38,70 €")
                .contains("Стандартна доставка 20 % 5,99 €")
                .contains("Общо 293,69 €")
                // 9 %: 38.70 × 9 / 109 = 3.1954… → 3.20
                .contains("в т.ч. ДДС 9 % 3,20 €")
                // 20 %: (249.00 + 5.99 delivery) × 20 / 120 = 42.4983… → 42.50
                .contains("в т.ч. ДДС 20 % 42,50 €")
                .contains("Начин на плащане: Наложен платеж")
                .contains("Фактура CL-000123 · страница 1 от 1")
                .doesNotContain("Invoice", "Total", "?");
        // Lowest rate first
        assertThat(text.indexOf("ДДС 9 %")).isLessThan(text.indexOf("ДДС 20 %"));
    }

    @Test
    void anEnglishInvoiceFormatsMoneyTheEnglishWayAndRoundsVatHalfUp() throws IOException {
        Invoice invoice = new Invoice(
                "CL-000124",
                ISSUED,
                Language.EN,
                List.of("Jane Doe", "10 High Street", "SW1A 1AA London", "United Kingdom"),
                List.of("Jane Doe", "10 High Street", "SW1A 1AA London", "United Kingdom"),
                List.of(
                        line("TV-55", "Television 55\"", 1, "2394.76", "20", "2394.76"),
                        line("GL-2", "Reading glasses", 2, "10.50", "5.00", "21.00")),
                "Standard delivery",
                new BigDecimal("5.99"),
                "Card •••• 4242",
                new BigDecimal("2421.75"), // 2394.76 + 21.00 + 5.99
                "EUR");

        String text = textOf(InvoicePdf.render(invoice));

        assertThat(text)
                .contains("Invoice CL-000124")
                .contains("Date of issue: November 23, 2026")
                .contains("Billing address", "Delivery address", "Jane Doe", "SW1A 1AA London")
                .contains("SKU Product Qty Unit price VAT Total")
                .contains("TV-55 Television 55\" 1 €2,394.76 20% €2,394.76")
                .contains("GL-2 Reading glasses 2 €10.50 5% €21.00")
                .contains("Standard delivery 20% €5.99")
                .contains("Total €2,421.75")
                // 5 %: 21.00 × 5 / 105 = 1.00
                .contains("incl. VAT 5% €1.00")
                // 20 %: (2394.76 + 5.99) × 20 / 120 = 400.125 → 400.13 half up (half even would say 400.12)
                .contains("incl. VAT 20% €400.13")
                .contains("Payment method: Card •••• 4242")
                .contains("Thank you for your order.");
    }

    @Test
    void anInvoiceOrderSaysWhenItIsDueAndACardOrderDoesNot() throws IOException {
        List<Invoice.Line> lines = List.of(line("A-1", "Чайник", 1, "10.00", "20", "10.00"));
        Invoice card = invoice(Language.UK, lines);
        Invoice onInvoice = new Invoice(
                card.number(),
                ISSUED,
                ISSUED.plusDays(14),
                Language.UK,
                card.billedTo(),
                card.shippedTo(),
                lines,
                card.deliveryLabel(),
                card.deliveryPrice(),
                "Рахунок",
                card.total(),
                card.currency());
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Language.UK.locale())
                .format(LocalDate.of(2026, 12, 7));

        assertThat(textOf(InvoicePdf.render(onInvoice))).contains("Сплатити до: " + due);
        assertThat(textOf(InvoicePdf.render(card))).doesNotContain("Сплатити до");
    }

    @Test
    void theFontIsEmbeddedSoEveryReaderShowsTheCyrillic() throws IOException {
        Invoice invoice = invoice(Language.RU, List.of(line("A-1", "Чайник", 1, "10.00", "20", "10.00")));

        try (PDDocument document = Loader.loadPDF(InvoicePdf.render(invoice))) {
            PDResources resources = document.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSans");
            });
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Счёт-фактура CL-000200");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("ru");
        }
    }

    @Test
    void aLongOrderGoesOnOverPagesEachWithTheTableHead() throws IOException {
        List<Invoice.Line> lines = IntStream.rangeClosed(1, 80)
                .mapToObj(i -> line("P-" + i, "Продукт номер " + i, 1, "1.00", "20", "1.00"))
                .toList();

        byte[] pdf = InvoicePdf.render(invoice(Language.UK, lines));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = stripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(normalised(stripper.getText(document)))
                        .contains("Артикул Товар К-сть Ціна за од. ПДВ Сума")
                        .contains("Рахунок-фактура CL-000200 · сторінка " + page + " з " + pages);
            }
        }
        assertThat(textOf(pdf)).contains("P-1 Продукт номер 1 ", "P-80 Продукт номер 80 ");
    }

    @Test
    void whatTheFontCannotShowPrintsAsAQuestionMarkInsteadOfFailingTheInvoice() throws IOException {
        Invoice invoice =
                invoice(Language.EN, List.of(line("TEA-1", "Tea 茶 \uD83C\uDF75\tgreen", 1, "3.00", "9", "3.00")));

        assertThat(textOf(InvoicePdf.render(invoice))).contains("TEA-1 Tea ? ? green");
    }

    @Test
    void aLongNameWrapsWithinItsColumn() throws IOException {
        String name = "Комплект от четири керамични чаши за еспресо с чинийки в подаръчна кутия";
        String text = textOf(
                InvoicePdf.render(invoice(Language.BG, List.of(line("CUP-4", name, 1, "30.00", "20", "30.00")))));

        // Every word is there, but not all on one line
        assertThat(text).doesNotContain(name);
        assertThat(text.replace('\n', ' ')).contains("Комплект", "кутия");
    }

    @Test
    void everyLanguageTranslatesEveryLabel() throws IOException {
        Set<String> english = keys("invoice.properties");
        assertThat(english).contains("title", "total", "vat.included", "seller.address");
        // The seller's address reads the same in every language, so only the English file has it
        Set<String> translated = new TreeSet<>(english);
        translated.removeIf(key -> key.startsWith("seller."));
        for (Language language : Language.values()) {
            if (language != Language.EN) {
                assertThat(keys("invoice_" + language.tag() + ".properties"))
                        .as(language.name())
                        .isEqualTo(translated);
            }
        }
    }

    private static Invoice invoice(Language language, List<Invoice.Line> lines) {
        BigDecimal total = lines.stream().map(Invoice.Line::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Invoice(
                "CL-000200",
                ISSUED,
                language,
                List.of("Recipient", "Street 1", "1000 City", "Country"),
                List.of("Recipient", "Street 1", "1000 City", "Country"),
                lines,
                "Delivery",
                BigDecimal.ZERO,
                "Card",
                total,
                "EUR");
    }

    private static Invoice.Line line(String sku, String name, int quantity, String unit, String rate, String total) {
        return new Invoice.Line(sku, name, quantity, new BigDecimal(unit), new BigDecimal(rate), new BigDecimal(total));
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalised(stripper().getText(document));
        }
    }

    private static PDFTextStripper stripper() throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper;
    }

    /** No-break spaces (Java's locale data puts them in money) read as plain ones; runs of spaces as one. */
    private static String normalised(String text) {
        return text.replace('\u00A0', ' ').replace('\u202F', ' ').replaceAll(" {2,}", " ");
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = InvoicePdf.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}

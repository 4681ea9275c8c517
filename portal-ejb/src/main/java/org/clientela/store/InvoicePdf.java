package org.clientela.store;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders an {@link Invoice} as an A4 PDF in the invoice's language. The text is set in Liberation
 * Sans, embedded as a subset, because the standard 14 PDF fonts have no Cyrillic and a reader
 * cannot be trusted to have a suitable font of its own. A long order runs onto further pages,
 * each repeating the table's head, and every page says which page of the invoice it is.
 *
 * <p>The VAT shown is worked out here, not taken from the order: per rate, the gross of the lines
 * at that rate (delivery counted at {@value #DELIVERY_VAT_PERCENT} %) times rate / (100 + rate),
 * rounded half up to the cent once per rate, so the figures add up the way a tax office checks them.
 */
public final class InvoicePdf {

    /** The VAT rate of delivery, in percent. */
    public static final int DELIVERY_VAT_PERCENT = 20;

    static final String BUNDLE = "org.clientela.store.invoice";

    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float LEFT = 50;
    private static final float RIGHT = PAGE.getWidth() - 50;
    private static final float TOP = PAGE.getHeight() - 50;
    private static final float BOTTOM = 60;
    private static final float SIZE = 9.5f;
    private static final float LEADING = 13;
    private static final Color GREY = new Color(0x66, 0x66, 0x66);

    private enum Align {
        LEFT,
        RIGHT
    }

    private record Column(float x, float width, Align align) {}

    /** SKU, product, quantity, unit price, VAT, line total: product names get the most room and wrap. */
    private static final List<Column> COLUMNS = List.of(
            new Column(LEFT, 72, Align.LEFT),
            new Column(128, 177, Align.LEFT),
            new Column(311, 28, Align.RIGHT),
            new Column(345, 72, Align.RIGHT),
            new Column(423, 36, Align.RIGHT),
            new Column(465, RIGHT - 465, Align.RIGHT));

    private InvoicePdf() {}

    /** The invoice as the bytes of a PDF document. */
    public static byte[] render(Invoice invoice) {
        try (PDDocument document = new PDDocument()) {
            new Writer(document, invoice).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("invoice " + invoice.number() + " could not be rendered", e);
        }
    }

    /** The VAT contained in the invoice, per rate (20 and 20.00 are one rate), lowest rate first. */
    static SortedMap<BigDecimal, BigDecimal> vatByRate(Invoice invoice) {
        SortedMap<BigDecimal, BigDecimal> gross = new TreeMap<>();
        for (Invoice.Line line : invoice.lines()) {
            gross.merge(line.vatRate(), line.total(), BigDecimal::add);
        }
        if (invoice.deliveryPrice().signum() != 0) {
            gross.merge(BigDecimal.valueOf(DELIVERY_VAT_PERCENT), invoice.deliveryPrice(), BigDecimal::add);
        }
        SortedMap<BigDecimal, BigDecimal> vat = new TreeMap<>();
        gross.forEach((rate, amount) -> vat.put(
                rate, amount.multiply(rate).divide(BigDecimal.valueOf(100).add(rate), 2, RoundingMode.HALF_UP)));
        return vat;
    }

    /**
     * A TrueType font read from the classpath once: its bytes, embedded afresh (as a subset) into
     * each document, and the characters it has glyphs for, so a character it lacks (an emoji in a
     * product name) prints as "?" instead of failing the invoice.
     */
    private record FontFile(byte[] bytes, BitSet characters) {

        static FontFile read(String resource) {
            try (InputStream in = InvoicePdf.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is not on the classpath");
                }
                byte[] bytes = in.readAllBytes();
                BitSet characters = new BitSet(0x10000);
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    CmapLookup cmap = font.getUnicodeCmapLookup();
                    for (int c = 0; c < 0x10000; c++) {
                        if (cmap.getGlyphId(c) > 0) {
                            characters.set(c);
                        }
                    }
                }
                return new FontFile(bytes, characters);
            } catch (IOException e) {
                throw new UncheckedIOException("font " + resource + " could not be read", e);
            }
        }

        Face embedIn(PDDocument document) throws IOException {
            return new Face(PDType0Font.load(document, new ByteArrayInputStream(bytes), true), characters);
        }
    }

    /** Read when the first invoice is rendered, then shared: the holder's class initialisation makes it safe. */
    private static final class Fonts {
        static final FontFile REGULAR = FontFile.read("/liberation/LiberationSans-Regular.ttf");
        static final FontFile BOLD = FontFile.read("/liberation/LiberationSans-Bold.ttf");
    }

    /** A font embedded in one document. */
    private record Face(PDType0Font font, BitSet characters) {

        /** The text with what the font cannot show replaced: any space by a plain one, the rest by "?". */
        String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (characters.get(c) && !Character.isISOControl(c)) {
                    out.appendCodePoint(c);
                } else {
                    out.append(Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : '?');
                }
            });
            return out.toString();
        }

        float width(String printable, float size) throws IOException {
            return font.getStringWidth(printable) / 1000 * size;
        }
    }

    /** Lays one invoice out, top to bottom, opening a page whenever the next block does not fit. */
    private static final class Writer {

        private final PDDocument document;
        private final Invoice invoice;
        private final ResourceBundle bundle;
        private final Locale locale;
        private final NumberFormat money;
        private final NumberFormat percent;
        private final Face regular;
        private final Face bold;
        private PDPageContentStream content;
        private float y;
        private boolean inTable;

        Writer(PDDocument document, Invoice invoice) throws IOException {
            this.document = document;
            this.invoice = invoice;
            this.locale = invoice.language().locale();
            this.bundle = ResourceBundle.getBundle(
                    BUNDLE,
                    locale,
                    InvoicePdf.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            this.money = NumberFormat.getCurrencyInstance(locale);
            money.setCurrency(Currency.getInstance(invoice.currency()));
            money.setRoundingMode(RoundingMode.HALF_UP);
            this.percent = NumberFormat.getNumberInstance(locale);
            percent.setMinimumFractionDigits(0);
            percent.setMaximumFractionDigits(2);
            this.regular = Fonts.REGULAR.embedIn(document);
            this.bold = Fonts.BOLD.embedIn(document);
        }

        void write() throws IOException {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(label("title", invoice.number()));
            info.setAuthor(label("seller.name"));
            document.getDocumentCatalog().setLanguage(invoice.language().tag());
            newPage();
            try {
                heading();
                addresses();
                table();
                totals();
            } finally {
                content.close();
            }
            pageNumbers();
        }

        private void heading() throws IOException {
            line(bold, 20, LEFT, label("seller.name"), Color.BLACK);
            y -= 4;
            line(regular, 8.5f, LEFT, label("seller.address"), GREY);
            y -= 22;
            line(bold, 15, LEFT, label("title", invoice.number()), Color.BLACK);
            y -= 2;
            String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(invoice.issuedOn());
            line(regular, SIZE, LEFT, label("issued", date), Color.BLACK);
            if (invoice.dueOn() != null) {
                String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(invoice.dueOn());
                line(bold, SIZE, LEFT, label("due", due), Color.BLACK);
            }
            y -= 14;
        }

        private void addresses() throws IOException {
            float half = (RIGHT - LEFT) / 2;
            List<String> billed = wrapAll(regular, invoice.billedTo(), half - 12);
            List<String> shipped = wrapAll(regular, invoice.shippedTo(), half - 12);
            ensure(LEADING * (1 + Math.max(billed.size(), shipped.size())));
            float top = y;
            block(label("billedTo"), billed, LEFT);
            float left = y;
            y = top;
            block(label("shippedTo"), shipped, LEFT + half);
            y = Math.min(y, left) - 16;
        }

        private void block(String title, List<String> lines, float x) throws IOException {
            line(bold, SIZE, x, title, Color.BLACK);
            for (String text : lines) {
                line(regular, SIZE, x, text, Color.BLACK);
            }
        }

        private void table() throws IOException {
            tableHead();
            inTable = true;
            for (Invoice.Line item : invoice.lines()) {
                row(
                        regular,
                        List.of(
                                item.sku(),
                                item.name(),
                                Integer.toString(item.quantity()),
                                money.format(item.unitPrice()),
                                rate(item.vatRate()),
                                money.format(item.total())));
            }
            row(
                    regular,
                    List.of(
                            "",
                            invoice.deliveryLabel(),
                            "",
                            "",
                            rate(BigDecimal.valueOf(DELIVERY_VAT_PERCENT)),
                            money.format(invoice.deliveryPrice())));
            inTable = false;
            rule(0.8f);
            y -= 8;
        }

        private void tableHead() throws IOException {
            row(
                    bold,
                    List.of(
                            label("column.sku"),
                            label("column.product"),
                            label("column.quantity"),
                            label("column.unitPrice"),
                            label("column.vat"),
                            label("column.total")));
            rule(0.8f);
            y -= 4;
        }

        /** One table row; its cells wrap within their columns, and the row never splits across pages. */
        private void row(Face face, List<String> cells) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int height = 1;
            for (int i = 0; i < cells.size(); i++) {
                List<String> lines = wrap(face, cells.get(i), COLUMNS.get(i).width());
                wrapped.add(lines);
                height = Math.max(height, lines.size());
            }
            ensure(height * LEADING + 3);
            float top = y;
            for (int i = 0; i < cells.size(); i++) {
                Column column = COLUMNS.get(i);
                y = top;
                for (String text : wrapped.get(i)) {
                    float x = column.align() == Align.LEFT
                            ? column.x()
                            : column.x() + column.width() - face.width(text, SIZE);
                    line(face, SIZE, x, text, Color.BLACK);
                }
            }
            y = top - height * LEADING - 3;
        }

        private void totals() throws IOException {
            SortedMap<BigDecimal, BigDecimal> vat = vatByRate(invoice);
            ensure(LEADING * (3 + vat.size()));
            String total = money.format(invoice.total());
            float amounts = bold.width(bold.printable(total), SIZE);
            for (BigDecimal amount : vat.values()) {
                amounts = Math.max(amounts, regular.width(regular.printable(money.format(amount)), SIZE));
            }
            float labelsEnd = Math.min(COLUMNS.get(4).x() + COLUMNS.get(4).width(), RIGHT - amounts - 12);
            amount(bold, label("total"), total, labelsEnd);
            for (var entry : vat.entrySet()) {
                amount(regular, label("vat.included", rate(entry.getKey())), money.format(entry.getValue()), labelsEnd);
            }
            y -= 14;
            for (String text : wrap(regular, label("payment", invoice.paymentLabel()), RIGHT - LEFT)) {
                ensure(LEADING);
                line(regular, SIZE, LEFT, text, Color.BLACK);
            }
            y -= 14;
            ensure(LEADING);
            line(regular, SIZE, LEFT, label("thanks"), GREY);
        }

        /** A label ending at {@code labelsEnd} and an amount ending at the right margin, on one line. */
        private void amount(Face face, String label, String amount, float labelsEnd) throws IOException {
            String text = face.printable(label);
            String figure = face.printable(amount);
            float top = y;
            line(face, SIZE, labelsEnd - face.width(text, SIZE), text, Color.BLACK);
            y = top;
            line(face, SIZE, RIGHT - face.width(figure, SIZE), figure, Color.BLACK);
        }

        /** "Invoice CL-… · page 1 of 2" at the foot of every page, once the number of pages is known. */
        private void pageNumbers() throws IOException {
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(
                        document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String text = regular.printable(label("page", invoice.number(), i + 1, pages));
                    foot.beginText();
                    foot.setFont(regular.font(), 8);
                    foot.setNonStrokingColor(GREY);
                    foot.newLineAtOffset(RIGHT - regular.width(text, 8), 32);
                    foot.showText(text);
                    foot.endText();
                }
            }
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = TOP;
        }

        /** Opens a new page unless {@code height} more points fit on this one; a table goes on with its head. */
        private void ensure(float height) throws IOException {
            if (y - height >= BOTTOM) {
                return;
            }
            newPage();
            if (inTable) {
                inTable = false;
                tableHead();
                inTable = true;
            }
        }

        /** Writes one line of text with its top at {@code y}, and moves {@code y} below it. */
        private void line(Face face, float size, float x, String text, Color color) throws IOException {
            float leading = Math.max(LEADING, size * 1.25f);
            String printable = face.printable(text);
            if (!printable.isBlank()) {
                content.beginText();
                content.setFont(face.font(), size);
                content.setNonStrokingColor(color);
                content.newLineAtOffset(x, y - size);
                content.showText(printable);
                content.endText();
            }
            y -= leading;
        }

        private void rule(float width) throws IOException {
            content.setLineWidth(width);
            content.setStrokingColor(GREY);
            content.moveTo(LEFT, y + 2);
            content.lineTo(RIGHT, y + 2);
            content.stroke();
        }

        private String rate(BigDecimal rate) {
            return label("percent", percent.format(rate));
        }

        private String label(String key, Object... args) {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
        }

        private List<String> wrapAll(Face face, List<String> texts, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String text : texts) {
                lines.addAll(wrap(face, text, width));
            }
            return lines;
        }

        /** Breaks a text into lines that fit the width: at spaces, and inside a word only when it alone is too wide. */
        private static List<String> wrap(Face face, String text, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : face.printable(text).trim().split(" +")) {
                String candidate = current.length() == 0 ? word : current + " " + word;
                if (face.width(candidate, SIZE) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (current.length() > 0) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                int[] codePoints = word.codePoints().toArray();
                for (int c : codePoints) {
                    String longer = current.toString() + Character.toString(c);
                    if (current.length() > 0 && face.width(longer, SIZE) > width) {
                        lines.add(current.toString());
                        current.setLength(0);
                    }
                    current.appendCodePoint(c);
                }
            }
            if (current.length() > 0 || lines.isEmpty()) {
                lines.add(current.toString());
            }
            return lines;
        }
    }
}

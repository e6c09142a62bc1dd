package lv.balticom.privacy.core.internal.ropa;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.inject.Singleton;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import lv.balticom.privacy.core.api.Localized;
import lv.balticom.privacy.core.api.catalog.ControllerProfile;
import lv.balticom.privacy.core.api.catalog.SubjectType;
import lv.balticom.privacy.core.internal.console.ConsoleFormat;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Activity;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.ActivityGroup;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.CategoryRef;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Country;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.PluginActivity;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Processor;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Recipient;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.RecipientRef;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Ref;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.SecurityMeasure;
import lv.balticom.privacy.core.internal.ropa.ProcessingRecord.Transfer;

/**
 * The record of processing as an A4 PDF in Latvian or English (OpenPDF): a title block with the
 * controller, the version and the dates, then the controller and DPO, one table per activity, the
 * plugins' activities, processors, transfers, recipients, data subjects and security measures, with page
 * numbers. Labels come from the console's texts ({@code ropa.*} in {@code i18n/messages_*.properties}).
 *
 * <p>The fonts are DejaVu Sans and DejaVu Sans Bold shipped with the platform ({@code ropa/fonts}, reduced
 * to Latin, Greek and Cyrillic), embedded as subsets: Latvian letters render whatever fonts the machine
 * has. Thread-safe: each call builds its own document and font objects.
 */
@Singleton
public final class RecordOfProcessingPdf {

    static final String REGULAR_FONT = "/ropa/fonts/DejaVuSans.ttf";
    static final String BOLD_FONT = "/ropa/fonts/DejaVuSans-Bold.ttf";

    private static final Color HEADING = new Color(0x1f, 0x3a, 0x5f);
    private static final Color SHADE = new Color(0xe8, 0xee, 0xf5);
    private static final Color LABEL_SHADE = new Color(0xf5, 0xf7, 0xfa);
    private static final Color WARNING = new Color(0x9a, 0x3b, 0x00);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String BULLET = "• ";

    private final byte[] regularFont;
    private final byte[] boldFont;
    private final ConsoleFormat format;

    RecordOfProcessingPdf(ConsoleFormat format) {
        this.format = format;
        this.regularFont = resource(REGULAR_FONT);
        this.boldFont = resource(BOLD_FONT);
    }

    /** The record as a PDF in the language of {@code locale} (Latvian for {@code lv}, English otherwise). */
    public byte[] write(ProcessingRecord record, Locale locale) {
        try {
            return new Writer(record, locale).write();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the record of processing cannot be written as a PDF", e);
        }
    }

    /** The file name of the record's PDF: {@code ropa-v<version>-<date>.pdf}, the date in the company's time zone. */
    public String fileName(ProcessingRecord record) {
        LocalDate day = record.generatedAt() == null ? LocalDate.now(format.zone())
                : record.generatedAt().atZone(format.zone()).toLocalDate();
        return "ropa-v" + record.version() + "-" + day + ".pdf";
    }

    private static byte[] resource(String path) {
        try (InputStream in = RecordOfProcessingPdf.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the platform");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(path + " cannot be read", e);
        }
    }

    /** One document being written. */
    private final class Writer {

        private final ProcessingRecord record;
        private final Locale locale;
        private final ResourceBundle labels;
        private final BaseFont regular;
        private final BaseFont bold;
        private final Font body;
        private final Font small;
        private final Font label;
        private final Font title;
        private final Font section;
        private final Font group;
        private final Font cellHeading;
        private final Font warning;
        private PdfWriter writer;

        Writer(ProcessingRecord record, Locale locale) throws DocumentException, IOException {
            this.record = record;
            this.locale = "lv".equals(locale.getLanguage()) ? Locale.forLanguageTag("lv") : Locale.ENGLISH;
            this.labels = ResourceBundle.getBundle("i18n.messages", this.locale);
            this.regular = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    regularFont, null);
            this.bold = BaseFont.createFont("DejaVuSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED,
                    boldFont, null);
            this.body = new Font(regular, 8.5f);
            this.small = new Font(regular, 7.5f, Font.NORMAL, Color.DARK_GRAY);
            this.label = new Font(bold, 8.5f);
            this.title = new Font(bold, 20, Font.NORMAL, HEADING);
            this.section = new Font(bold, 13, Font.NORMAL, HEADING);
            this.group = new Font(bold, 10.5f, Font.NORMAL, HEADING);
            this.cellHeading = new Font(bold, 9.5f);
            this.warning = new Font(regular, 8.5f, Font.NORMAL, WARNING);
        }

        byte[] write() throws DocumentException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Document document = new Document(PageSize.A4, 42, 42, 48, 54);
            writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer());
            ControllerProfile controller = record.controller();
            document.addTitle(label("ropa.title") + " – " + controller.name() + " – v" + record.version());
            document.addSubject(label("ropa.subtitle"));
            document.addAuthor(controller.name());
            document.addCreator("Balticom Privacy Platform");
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
            document.open();

            titleBlock(document);
            controllerSection(document);
            activitiesSection(document);
            pluginActivitiesSection(document);
            processorsSection(document);
            transfersSection(document);
            recipientsSection(document);
            subjectTypesSection(document);
            securitySection(document);
            warningsSection(document);

            document.close();
            return out.toByteArray();
        }

        private void titleBlock(Document document) throws DocumentException {
            Paragraph heading = new Paragraph(label("ropa.title"), title);
            heading.setSpacingAfter(2);
            document.add(heading);
            document.add(new Paragraph(label("ropa.subtitle"), small));
            Paragraph name = new Paragraph(record.controller().name(), new Font(bold, 14));
            name.setSpacingBefore(10);
            name.setSpacingAfter(6);
            document.add(name);
            PdfPTable table = keyValueTable();
            row(table, "ropa.version", Integer.toString(record.version()));
            row(table, "ropa.versionCreatedAt", time(record.versionCreatedAt()));
            row(table, "ropa.generatedAt", time(record.generatedAt()));
            row(table, "ropa.policyVersion", record.policyVersion() == null ? label("ropa.policyVersionNone")
                    : record.policyVersion().version() + " (" + label("ropa.effectiveFrom") + " " + record.policyVersion().effectiveFrom() + ")");
            row(table, "ropa.contributors", record.contributors().isEmpty() ? label("ropa.none")
                    : record.contributors().stream().map(plugin -> text(plugin.name()) + " (" + plugin.id() + " " + plugin.version() + ")")
                    .collect(Collectors.joining("\n")));
            PdfPCell hashLabel = labelCell(label("ropa.contentHash"));
            table.addCell(hashLabel);
            table.addCell(cell(new Phrase(record.contentHash() == null ? "" : record.contentHash(), small)));
            document.add(table);
        }

        private void controllerSection(Document document) throws DocumentException {
            sectionHeading(document, "1. " + label("ropa.section.controller"));
            ControllerProfile controller = record.controller();
            PdfPTable table = keyValueTable();
            row(table, "ropa.controllerName", controller.name());
            row(table, "ropa.registrationNumber", controller.registrationNumber());
            row(table, "ropa.address", text(controller.address()));
            row(table, "ropa.privacyEmail", controller.privacyEmail());
            optionalRow(table, "ropa.secretariatEmail", controller.secretariatEmail());
            optionalRow(table, "ropa.phone", controller.phone());
            optionalRow(table, "ropa.website", controller.website());
            ProcessingRecord.Dpo dpo = record.dpo();
            List<String> dpoLines = new ArrayList<>();
            if (dpo.name() != null) {
                dpoLines.add(dpo.name());
            }
            dpoLines.add(dpo.email());
            if (dpo.phone() != null) {
                dpoLines.add(dpo.phone());
            }
            table.addCell(labelCell(label("ropa.dpo")));
            Phrase dpoPhrase = new Phrase(String.join("\n", dpoLines), body);
            dpoPhrase.add(new Chunk("\n" + text(dpo.note()), small));
            table.addCell(cell(dpoPhrase));
            ControllerProfile.SupervisoryAuthority authority = controller.supervisoryAuthority();
            row(table, "ropa.supervisoryAuthority", text(authority.name())
                    + (authority.website() == null ? "" : "\n" + authority.website()));
            document.add(table);
        }

        private void activitiesSection(Document document) throws DocumentException {
            keepWithWhatFollows(document, 180);
            sectionHeading(document, "2. " + label("ropa.section.activities"));
            document.add(new Paragraph(label("ropa.activitiesLead"), small));
            for (ActivityGroup activityGroup : record.purposeGroups()) {
                if (activityGroup.activities().isEmpty()) {
                    continue;
                }
                // The group's heading goes with the start of its first activity.
                keepWithWhatFollows(document, 130);
                Paragraph heading = new Paragraph(clause(activityGroup.clause()) + text(activityGroup.name()), group);
                heading.setSpacingBefore(10);
                heading.setSpacingAfter(4);
                document.add(heading);
                for (Activity activity : activityGroup.activities()) {
                    document.add(activityTable(activity));
                }
            }
        }

        private PdfPTable activityTable(Activity activity) throws DocumentException {
            PdfPTable table = keyValueTable();
            table.setSpacingAfter(8);
            Phrase name = new Phrase(text(activity.name()) + "  ", cellHeading);
            name.add(new Chunk(activity.code() + " · " + activity.clause(), small));
            PdfPCell heading = new PdfPCell(name);
            heading.setColspan(2);
            heading.setBackgroundColor(SHADE);
            heading.setPadding(5);
            table.addCell(heading);
            table.setHeaderRows(1); // an activity that goes on over a page break has its name on the next page too
            row(table, "ropa.legalBases", lines(activity.legalBases(), basis -> text(basis.name())
                    + (basis.gdprArticle() == null ? "" : " – " + label("ropa.gdpr") + " " + basis.gdprArticle())
                    + (basis.clause() == null ? "" : " (" + basis.clause() + ")")));
            if (!activity.legitimateInterests().isEmpty()) {
                row(table, "ropa.legitimateInterests", lines(activity.legitimateInterests(), this::withClause));
            }
            row(table, "ropa.dataCategories", categories(activity.dataCategories()));
            row(table, "ropa.subjectTypes", activity.allSubjectTypes() ? label("ropa.allSubjectTypes")
                    : lines(activity.subjectTypes(), this::withClause));
            row(table, "ropa.recipients", lines(activity.recipients(), this::recipient));
            row(table, "ropa.processors", activity.processors().isEmpty() ? label("ropa.none")
                    : lines(activity.processors(), processor -> processor.name() + " – " + country(processor.country())
                    + " – " + text(processor.relationship().name())));
            row(table, "ropa.transfers", activity.transfers().isEmpty() ? label("ropa.none")
                    : lines(activity.transfers(), transfer -> transfer.recipient() + " – " + country(transfer.country())
                    + " – " + text(transfer.safeguard().name())));
            row(table, "ropa.retention", lines(activity.retention(), rule -> text(rule.text()) + " (" + rule.clause() + ")"));
            return table;
        }

        private void pluginActivitiesSection(Document document) throws DocumentException {
            sectionHeading(document, "3. " + label("ropa.section.pluginActivities"));
            if (record.pluginActivities().isEmpty()) {
                document.add(new Paragraph(label("ropa.noPluginActivities"), body));
                return;
            }
            for (PluginActivity activity : record.pluginActivities()) {
                PdfPTable table = keyValueTable();
                table.setSpacingAfter(8);
                Phrase name = new Phrase(text(activity.name()) + "  ", cellHeading);
                name.add(new Chunk(label("ropa.plugin") + ": " + activity.plugin(), small));
                PdfPCell heading = new PdfPCell(name);
                heading.setColspan(2);
                heading.setBackgroundColor(SHADE);
                heading.setPadding(5);
                table.addCell(heading);
                table.setHeaderRows(1);
                row(table, "ropa.description", text(activity.description()));
                row(table, "ropa.purposes", lines(activity.purposes(), this::withClause));
                row(table, "ropa.dataCategories", categories(activity.dataCategories()));
                row(table, "ropa.subjectTypes", lines(activity.subjectTypes(), this::withClause));
                row(table, "ropa.retention", text(activity.retention()));
                document.add(table);
            }
        }

        private void processorsSection(Document document) throws DocumentException {
            sectionHeading(document, "4. " + label("ropa.section.processors"));
            if (record.processors().isEmpty()) {
                document.add(new Paragraph(label("ropa.noProcessors"), body));
                return;
            }
            PdfPTable table = new PdfPTable(new float[] {19, 14, 14, 20, 18, 15});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            for (String key : List.of("ropa.processorName", "ropa.country", "ropa.relationship", "ropa.tasks", "ropa.dataCategories",
                    "ropa.contract")) {
                table.addCell(headerCell(label(key)));
            }
            for (Processor processor : record.processors()) {
                table.addCell(cell(new Phrase(processor.name() + (processor.registrationNumber() == null ? ""
                        : "\n" + label("ropa.registrationNumber") + " " + processor.registrationNumber()), body)));
                table.addCell(cell(new Phrase(country(processor.country()), body)));
                table.addCell(cell(new Phrase(text(processor.relationship().name()), body)));
                table.addCell(cell(new Phrase(text(processor.tasks()), body)));
                table.addCell(cell(new Phrase(categories(processor.dataCategories()), body)));
                table.addCell(cell(new Phrase(contract(processor), body)));
            }
            document.add(table);
        }

        private void transfersSection(Document document) throws DocumentException {
            sectionHeading(document, "5. " + label("ropa.section.transfers"));
            if (record.transfers().isEmpty()) {
                document.add(new Paragraph(label("ropa.noTransfers"), body));
                return;
            }
            PdfPTable table = new PdfPTable(new float[] {18, 14, 28, 22, 18});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            table.setHeaderRows(1);
            for (String key : List.of("ropa.recipient", "ropa.country", "ropa.safeguard", "ropa.dataCategories", "ropa.assessment")) {
                table.addCell(headerCell(label(key)));
            }
            for (Transfer transfer : record.transfers()) {
                table.addCell(cell(new Phrase(transfer.recipient(), body)));
                table.addCell(cell(new Phrase(country(transfer.country()), body)));
                Phrase safeguard = new Phrase(text(transfer.safeguard().name()), body);
                if (transfer.safeguardDetails() != null) {
                    safeguard.add(new Chunk("\n" + text(transfer.safeguardDetails()), small));
                }
                table.addCell(cell(safeguard));
                table.addCell(cell(new Phrase(categories(transfer.dataCategories()), body)));
                List<String> assessment = new ArrayList<>();
                if (transfer.assessedOn() != null) {
                    assessment.add(label("ropa.assessedOn") + " " + transfer.assessedOn());
                }
                if (transfer.nextReview() != null) {
                    assessment.add(label("ropa.nextReview") + " " + transfer.nextReview());
                }
                table.addCell(cell(new Phrase(assessment.isEmpty() ? "—" : String.join("\n", assessment), body)));
            }
            document.add(table);
        }

        private void recipientsSection(Document document) throws DocumentException {
            sectionHeading(document, "6. " + label("ropa.section.recipients"));
            PdfPTable table = keyValueTable();
            for (Recipient recipient : record.recipients()) {
                String name = text(recipient.name()) + (recipient.clause() == null ? "" : "\n(" + recipient.clause() + ")")
                        + (recipient.plugin() == null ? "" : "\n(" + label("ropa.plugin") + ": " + recipient.plugin() + ")");
                table.addCell(labelCell(name));
                Phrase description = new Phrase(text(recipient.description()), body);
                if (!recipient.dataCategories().isEmpty()) {
                    description.add(new Chunk("\n" + label("ropa.dataCategories") + ": ", label));
                    description.add(new Chunk(recipient.dataCategories().stream().map(category -> text(category.name()))
                            .collect(Collectors.joining(", ")), body));
                }
                table.addCell(cell(description));
            }
            document.add(table);
        }

        private void subjectTypesSection(Document document) throws DocumentException {
            sectionHeading(document, "7. " + label("ropa.section.subjectTypes"));
            PdfPTable table = keyValueTable();
            for (SubjectType type : record.subjectTypes()) {
                table.addCell(labelCell(text(type.name()) + "\n(" + type.clause() + ")"));
                table.addCell(cell(new Phrase(text(type.description()), body)));
            }
            document.add(table);
        }

        private void securitySection(Document document) throws DocumentException {
            sectionHeading(document, "8. " + label("ropa.section.security"));
            for (SecurityMeasure measure : record.securityMeasures()) {
                Paragraph line = new Paragraph(BULLET + text(measure.text()) + " ", body);
                line.add(new Chunk("(" + measure.clause() + ")", small));
                line.setIndentationLeft(8);
                line.setFirstLineIndent(-8);
                line.setSpacingAfter(2);
                document.add(line);
            }
        }

        private void warningsSection(Document document) throws DocumentException {
            if (record.warnings().isEmpty()) {
                return;
            }
            sectionHeading(document, "9. " + label("ropa.section.warnings"));
            for (Localized note : record.warnings()) {
                Paragraph line = new Paragraph(BULLET + text(note), warning);
                line.setIndentationLeft(8);
                line.setFirstLineIndent(-8);
                line.setSpacingAfter(2);
                document.add(line);
            }
        }

        /** A heading at the foot of a page, with what it heads on the next, starts the next page instead. */
        private void keepWithWhatFollows(Document document, float room) {
            if (writer.getVerticalPosition(true) - document.bottom() < room) {
                document.newPage();
            }
        }

        private void sectionHeading(Document document, String text) throws DocumentException {
            keepWithWhatFollows(document, 120);
            Paragraph heading = new Paragraph(text, section);
            heading.setSpacingBefore(16);
            heading.setSpacingAfter(6);
            document.add(heading);
        }

        private PdfPTable keyValueTable() throws DocumentException {
            PdfPTable table = new PdfPTable(new float[] {28, 72});
            table.setWidthPercentage(100);
            table.setSpacingBefore(4);
            return table;
        }

        private void row(PdfPTable table, String key, String value) {
            table.addCell(labelCell(label(key)));
            table.addCell(cell(new Phrase(value == null || value.isBlank() ? "—" : value, body)));
        }

        private void optionalRow(PdfPTable table, String key, String value) {
            if (value != null && !value.isBlank()) {
                row(table, key, value);
            }
        }

        private PdfPCell labelCell(String text) {
            PdfPCell cell = cell(new Phrase(text, label));
            cell.setBackgroundColor(LABEL_SHADE);
            return cell;
        }

        private PdfPCell headerCell(String text) {
            PdfPCell cell = cell(new Phrase(text, label));
            cell.setBackgroundColor(SHADE);
            return cell;
        }

        private PdfPCell cell(Phrase phrase) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setPadding(4);
            cell.setBorderColor(Color.LIGHT_GRAY);
            cell.setVerticalAlignment(Element.ALIGN_TOP);
            return cell;
        }

        private String categories(List<CategoryRef> categories) {
            if (categories.isEmpty()) {
                return label("ropa.none");
            }
            return lines(categories, category -> (category.number() == null ? "" : category.number() + ". ") + text(category.name())
                    + (category.sensitive() ? " ⚠ " + label("ropa.special") : ""));
        }

        private String recipient(RecipientRef recipient) {
            return text(recipient.name()) + (recipient.clause() == null ? "" : " (" + recipient.clause() + ")")
                    + (recipient.plugin() == null ? "" : " (" + label("ropa.plugin") + ": " + recipient.plugin() + ")");
        }

        private String contract(Processor processor) {
            List<String> parts = new ArrayList<>();
            if (processor.contractReference() != null) {
                parts.add(processor.contractReference());
            }
            if (processor.contractFrom() != null) {
                parts.add(label("ropa.contractFrom") + " " + processor.contractFrom());
            }
            if (processor.contractUntil() != null) {
                parts.add(label("ropa.contractUntil") + " " + processor.contractUntil());
            }
            return parts.isEmpty() ? "—" : String.join("\n", parts);
        }

        private String country(Country country) {
            return text(country.name()) + " (" + country.code() + ")" + (country.eea() ? "" : " – " + label("ropa.outsideEea"));
        }

        private String withClause(Ref ref) {
            return text(ref.name()) + (ref.clause() == null ? "" : " (" + ref.clause() + ")");
        }

        private <T> String lines(List<T> items, Function<T, String> line) {
            if (items.isEmpty()) {
                return label("ropa.none");
            }
            return items.size() == 1 ? line.apply(items.get(0))
                    : items.stream().map(item -> BULLET + line.apply(item)).collect(Collectors.joining("\n"));
        }

        private String clause(String clause) {
            return clause == null || clause.isBlank() ? "" : clause + " ";
        }

        private String text(Localized text) {
            return text.text(locale);
        }

        private String time(Instant instant) {
            return instant == null ? "—" : TIME.format(instant.atZone(format.zone())) + " (" + format.zone().getId() + ")";
        }

        private String label(String key) {
            return labels.getString(key);
        }

        /** The foot of every page: the controller, the record's version, and "page n of N". */
        private final class Footer extends PdfPageEventHelper {

            private static final float SIZE = 7.5f;
            private PdfTemplate total;

            @Override
            public void onOpenDocument(PdfWriter writer, Document document) {
                total = writer.getDirectContent().createTemplate(40, 12);
            }

            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                float y = document.bottom() - 22;
                String left = record.controller().name() + " · " + label("ropa.title") + " · " + label("ropa.version") + " "
                        + record.version();
                String page = label("ropa.page").replace("{0}", Integer.toString(writer.getPageNumber())) + " ";
                float pageWidth = regular.getWidthPoint(page, SIZE);
                float right = document.right() - 16;
                canvas.saveState();
                canvas.setColorFill(Color.DARK_GRAY);
                canvas.beginText();
                canvas.setFontAndSize(regular, SIZE);
                canvas.setTextMatrix(document.left(), y);
                canvas.showText(left);
                canvas.setTextMatrix(right - pageWidth, y);
                canvas.showText(page);
                canvas.endText();
                canvas.addTemplate(total, right, y);
                canvas.restoreState();
            }

            @Override
            public void onCloseDocument(PdfWriter writer, Document document) {
                total.beginText();
                total.setColorFill(Color.DARK_GRAY);
                total.setFontAndSize(regular, SIZE);
                total.setTextMatrix(0, 0);
                total.showText(Integer.toString(writer.getPageNumber() - 1));
                total.endText();
            }
        }
    }
}

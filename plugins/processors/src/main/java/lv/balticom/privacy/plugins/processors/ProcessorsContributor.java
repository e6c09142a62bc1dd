package lv.balticom.privacy.plugins.processors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lv.balticom.privacy.spi.PluginContext;
import lv.balticom.privacy.spi.Text;
import lv.balticom.privacy.spi.register.PluginRecord;
import lv.balticom.privacy.spi.ropa.ProcessingContribution;
import lv.balticom.privacy.spi.ropa.ProcessingContributor;
import lv.balticom.privacy.spi.register.Values;

/**
 * Puts the two registers into the record of processing (GDPR Art. 30(1)(d) and (e)): every processor, as
 * a processor and as a recipient (so that access answers name them), and every transfer to a country
 * outside the EU/EEA with its safeguard. Transfers within the EU/EEA are not transfers to a third country
 * and are left out.
 *
 * <p>Reads the registers each time it is asked, so that a processor added a minute ago is in the record.
 * Holds no state of its own: thread-safe.
 */
final class ProcessorsContributor implements ProcessingContributor {

    private final PluginContext context;

    ProcessorsContributor(PluginContext context) {
        this.context = context;
    }

    @Override
    public ProcessingContribution contribution() {
        List<PluginRecord> processorRecords = context.records(ProcessorRegister.ID).all();
        Map<String, PluginRecord> processorsById = new HashMap<>();
        List<ProcessingContribution.Processor> processors = new ArrayList<>();
        List<ProcessingContribution.Recipient> recipients = new ArrayList<>();
        for (PluginRecord record : processorRecords) {
            processorsById.put(record.id(), record);
            processor(record).ifPresent(processor -> {
                processors.add(processor);
                recipients.add(recipient(processor));
            });
        }
        List<ProcessingContribution.Transfer> transfers = new ArrayList<>();
        for (PluginRecord record : context.records(TransferRegister.ID).all()) {
            transfer(record, processorsById).ifPresent(transfers::add);
        }
        return new ProcessingContribution(recipients, processors, transfers, List.of());
    }

    private Optional<ProcessingContribution.Processor> processor(PluginRecord record) {
        Map<String, Object> values = record.values();
        Optional<String> name = Values.text(values, ProcessorRegister.NAME);
        Optional<String> country = Values.text(values, ProcessorRegister.COUNTRY);
        if (name.isEmpty() || country.isEmpty()) {
            context.logger().log(System.Logger.Level.WARNING, "processor record {0} lacks a name or country; left out of the record of processing",
                    record.id());
            return Optional.empty();
        }
        String tasks = Values.text(values, ProcessorRegister.TASKS).orElse("—");
        return Optional.of(new ProcessingContribution.Processor(
                name.get(),
                Values.text(values, ProcessorRegister.REGISTRATION_NUMBER),
                country.get(),
                Values.text(values, ProcessorRegister.RELATIONSHIP).map(ProcessorRegister.GROUP_COMPANY::equals).orElse(false),
                // The register holds the tasks as written, in one language: both sides of the text carry it.
                Text.of(tasks, tasks),
                Values.texts(values, ProcessorRegister.DATA_CATEGORIES),
                Values.text(values, ProcessorRegister.CONTRACT_REFERENCE),
                Values.date(values, ProcessorRegister.CONTRACT_FROM),
                Values.date(values, ProcessorRegister.CONTRACT_UNTIL)));
    }

    private static ProcessingContribution.Recipient recipient(ProcessingContribution.Processor processor) {
        Text description = processor.groupCompany()
                ? Text.of("Datu apstrādātājs, Balticom grupas uzņēmums (politikas 13. punkts): " + processor.tasks().lv(),
                        "Processor, a Balticom group company (policy clause 13): " + processor.tasks().en())
                : Text.of("Datu apstrādātājs, Balticom sadarbības partneris (politikas 13. punkts): " + processor.tasks().lv(),
                        "Processor, a Balticom business partner (policy clause 13): " + processor.tasks().en());
        return new ProcessingContribution.Recipient(Text.of(processor.name(), processor.name()), description, processor.dataCategories());
    }

    private Optional<ProcessingContribution.Transfer> transfer(PluginRecord record, Map<String, PluginRecord> processorsById) {
        Map<String, Object> values = record.values();
        Optional<String> country = Values.text(values, TransferRegister.COUNTRY);
        if (country.isEmpty() || EeaCountries.contains(country.get())) {
            return Optional.empty();
        }
        Optional<PluginRecord> processor = Values.text(values, TransferRegister.PROCESSOR).map(processorsById::get);
        Optional<ProcessingContribution.Safeguard> safeguard = Values.text(values, TransferRegister.SAFEGUARD)
                .flatMap(ProcessorsContributor::safeguard);
        if (processor.isEmpty() || safeguard.isEmpty()) {
            // The register's validator and the host's reference check keep such records out; one that got in
            // anyway cannot be described as a lawful transfer, so it is reported to the log rather than invented.
            context.logger().log(System.Logger.Level.WARNING,
                    "transfer record {0} has no processor or no safeguard; left out of the record of processing", record.id());
            return Optional.empty();
        }
        Map<String, Object> processorValues = processor.get().values();
        String recipient = Values.text(processorValues, ProcessorRegister.NAME).orElse(processor.get().id());
        return Optional.of(new ProcessingContribution.Transfer(
                recipient,
                country.get(),
                safeguard.get(),
                Values.text(values, TransferRegister.SAFEGUARD_DETAILS).map(details -> Text.of(details, details)),
                Values.texts(processorValues, ProcessorRegister.DATA_CATEGORIES),
                Values.date(values, TransferRegister.ASSESSED_ON),
                Values.date(values, TransferRegister.NEXT_REVIEW)));
    }

    private static Optional<ProcessingContribution.Safeguard> safeguard(String code) {
        for (ProcessingContribution.Safeguard safeguard : ProcessingContribution.Safeguard.values()) {
            if (safeguard.name().equals(code)) {
                return Optional.of(safeguard);
            }
        }
        return Optional.empty();
    }
}

package lv.balticom.privacy.core.internal.plugins;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lv.balticom.privacy.spi.Text;

/**
 * What the host knows of one plugin it found: who it is, whether it runs, and what it contributes.
 *
 * @param id the plugin's id (for a plugin refused before its id could be read: the folder's name)
 * @param name its name (the folder's name in both languages when it could not be read)
 * @param version its version, as its author numbers it ({@code "?"} when it could not be read)
 * @param spiVersion the SPI version it was built for ({@code "?"} when it could not be read)
 * @param source where it came from: {@code plugins/<folder>}, or {@code classpath} (tests and development)
 * @param state whether it runs
 * @param reason why it was refused, for a {@link State#FAILED} plugin: names the plugin's module or
 *        class and what is wrong, never a stack trace
 * @param registers the ids of its registers
 * @param contributions how many of each extension it contributes
 */
public record PluginState(String id, Text name, String version, String spiVersion, String source, State state,
                          Optional<String> reason, List<String> registers, Contributions contributions) {

    /** Whether a plugin runs. */
    public enum State { ACTIVE, FAILED }

    /**
     * Counts of what an active plugin contributes (all zero for a failed one).
     *
     * @param registers record registers
     * @param subjectDataSources subject data sources
     * @param retentionTargets retention targets
     * @param processingContributors contributors to the record of processing
     * @param eventListeners event listeners
     */
    public record Contributions(int registers, int subjectDataSources, int retentionTargets, int processingContributors,
                                int eventListeners) {
        /** Nothing. */
        public static final Contributions NONE = new Contributions(0, 0, 0, 0, 0);
    }

    public PluginState {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(state, "state is null");
        Objects.requireNonNull(reason, "reason is null");
        registers = List.copyOf(registers);
        Objects.requireNonNull(contributions, "contributions is null");
    }
}

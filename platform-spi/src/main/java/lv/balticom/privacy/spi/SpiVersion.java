package lv.balticom.privacy.spi;

import java.util.Objects;

/**
 * A version of this SPI. The major number changes when a change breaks plugins built for an
 * earlier one; the minor number when something is added that older plugins may ignore.
 *
 * <p>Immutable and thread-safe.
 *
 * @param major incompatible generations of the SPI
 * @param minor compatible additions within a generation
 */
public record SpiVersion(int major, int minor) implements Comparable<SpiVersion> {

    /**
     * The major version of the SPI in this build. A compile-time constant: a plugin that answers
     * {@code new SpiVersion(SpiVersion.MAJOR, SpiVersion.MINOR)} keeps the numbers of the SPI jar it was
     * compiled against, whatever platform later runs it.
     */
    public static final int MAJOR = 1;

    /** The minor version of the SPI in this build; a compile-time constant like {@link #MAJOR}. */
    public static final int MINOR = 0;

    /** The version of the SPI in this build (at run time: the running platform's). */
    public static final SpiVersion CURRENT = new SpiVersion(MAJOR, MINOR);

    public SpiVersion {
        if (major < 1) {
            throw new IllegalArgumentException("major must be 1 or more, was " + major);
        }
        if (minor < 0) {
            throw new IllegalArgumentException("minor must not be negative, was " + minor);
        }
    }

    /**
     * Reads {@code "1.0"} or {@code "1"}.
     *
     * @throws IllegalArgumentException when the text is not such a version
     */
    public static SpiVersion parse(String text) {
        Objects.requireNonNull(text, "text is null");
        String[] parts = text.strip().split("\\.", -1);
        if (parts.length < 1 || parts.length > 2) {
            throw new IllegalArgumentException("not an SPI version (major.minor): " + text);
        }
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return new SpiVersion(major, minor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an SPI version (major.minor): " + text, e);
        }
    }

    /**
     * Whether a plugin built against {@code pluginVersion} can run on a host offering this version:
     * the same major, and no newer minor than the host's.
     */
    public boolean canHost(SpiVersion pluginVersion) {
        Objects.requireNonNull(pluginVersion, "pluginVersion is null");
        return major == pluginVersion.major && minor >= pluginVersion.minor;
    }

    @Override
    public int compareTo(SpiVersion other) {
        int byMajor = Integer.compare(major, other.major);
        return byMajor != 0 ? byMajor : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}

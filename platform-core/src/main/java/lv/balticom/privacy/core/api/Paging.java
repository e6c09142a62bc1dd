package lv.balticom.privacy.core.api;

/** Checks of the {@code page} and {@code size} query parameters that every paged route takes. */
public final class Paging {

    /** The page size when none is asked for. */
    public static final int DEFAULT_SIZE = 50;

    private Paging() {
    }

    /**
     * @throws ProblemException 400 naming {@code page} or {@code size} when out of range
     */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw ProblemException.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw ProblemException.invalid("size", "must be between 1 and " + maxSize);
        }
    }
}

package lv.balticom.privacy.core.internal.plugins;

/**
 * Why the host refuses a plugin: the message is the reason shown in the console, the API and the log,
 * naming the plugin's folder or module and what is wrong. It carries no stack trace, as the reason
 * never shows one.
 */
final class PluginRefusal extends Exception {

    private static final long serialVersionUID = 1L;

    /** Reasons are cut here: long enough for a resolution error, short enough for a page. */
    static final int LONGEST_REASON = 2000;

    PluginRefusal(String reason) {
        super(shorten(reason, LONGEST_REASON), null, false, false);
    }

    /** The reason. */
    String reason() {
        return getMessage();
    }

    /** The text, at most {@code limit} characters long (ending in an ellipsis when cut). */
    static String shorten(String text, int limit) {
        if (text == null) {
            return "";
        }
        String oneLine = text.strip().replaceAll("\\s*\\R\\s*", " ");
        return oneLine.length() <= limit ? oneLine : oneLine.substring(0, limit - 1) + "…";
    }

    /**
     * What went wrong in a plugin's code, for a reason: the exception's class and message, and those of
     * its causes (never a stack trace).
     */
    static String describe(Throwable problem) {
        StringBuilder text = new StringBuilder();
        Throwable current = problem;
        for (int depth = 0; current != null && depth < 4; depth++) {
            if (isWrapper(current) && current.getCause() != null) {
                current = current.getCause();
                continue;
            }
            if (text.length() > 0) {
                text.append(", caused by ");
            }
            text.append(current.getClass().getSimpleName());
            if (current.getMessage() != null && !current.getMessage().isBlank()) {
                text.append(": ").append(current.getMessage().strip());
            }
            Throwable cause = current.getCause();
            if (cause == null || cause == current || (cause.getMessage() != null && current.getMessage() != null
                    && current.getMessage().contains(cause.getMessage()))) {
                break;
            }
            current = cause;
        }
        return text.toString();
    }

    private static boolean isWrapper(Throwable problem) {
        return problem instanceof java.lang.reflect.InvocationTargetException
                || problem instanceof java.lang.reflect.UndeclaredThrowableException
                || problem instanceof ExceptionInInitializerError
                || (problem instanceof java.util.ServiceConfigurationError && problem.getCause() != null);
    }
}

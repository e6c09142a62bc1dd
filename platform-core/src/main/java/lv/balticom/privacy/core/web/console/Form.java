package lv.balticom.privacy.core.web.console;

import java.util.Map;
import lv.balticom.privacy.core.api.console.ConsoleForm;

/** A submitted console form: the core's name for {@link ConsoleForm}, which modules use. */
final class Form extends ConsoleForm {

    Form(Map<String, Object> fields) {
        super(fields);
    }
}

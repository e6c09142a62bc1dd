package lv.balticom.privacy.core.web.console;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.views.ModelAndView;
import java.util.Map;
import lv.balticom.privacy.core.api.Permission;
import lv.balticom.privacy.core.api.RequiresPermission;

/** A console page whose template fails while it is drawn; only where a test asks for it. */
@Requires(property = "privacy.test.broken-page", value = "true")
@Controller("/console/broken-for-test")
public class BrokenPageForTest {

    /** What the template calls. */
    public static final class Broken {
        /** Fails, as a template's call can. */
        public String fails() {
            throw new IllegalStateException("drawing failed");
        }
    }

    @Get
    @RequiresPermission(Permission.ACCOUNT_SELF)
    public ModelAndView<Map<String, Object>> page() {
        return new ModelAndView<>("console/broken-for-test", Map.of("broken", new Broken()));
    }
}

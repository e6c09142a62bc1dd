package lv.balticom.privacy.core.web.console;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The console's style sheet and images, from {@code consoleassets/} in the platform's module. Open to
 * all (the sign-in page needs them); they hold nothing but design.
 */
@Controller("/console/assets")
public class ConsoleAssets {

    private static final Pattern NAME = Pattern.compile("^[a-z0-9-]+\\.(css|svg|png)$");
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=utf-8", "svg", "image/svg+xml",
            "png", "image/png");

    @Get("/{name}")
    public HttpResponse<byte[]> asset(@PathVariable String name) {
        if (!NAME.matcher(name).matches()) {
            return HttpResponse.notFound();
        }
        try (InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream("consoleassets/" + name)) {
            if (in == null) {
                return HttpResponse.notFound();
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            return HttpResponse.ok(in.readAllBytes())
                    .contentType(MediaType.of(TYPES.get(extension)))
                    .header("Cache-Control", "public, max-age=3600");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

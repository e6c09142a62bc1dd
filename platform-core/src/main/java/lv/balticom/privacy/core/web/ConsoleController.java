package lv.balticom.privacy.core.web;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import lv.balticom.privacy.core.api.catalog.Catalog;

/**
 * {@code /console}: where people will work. Until the signed-in console arrives it says so, in Latvian
 * and English, and points to what works now. It shows nothing but the controller's public name.
 */
@Controller("/console")
public class ConsoleController {

    private final Catalog catalog;

    ConsoleController(Catalog catalog) {
        this.catalog = catalog;
    }

    @Get
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String landing() {
        String controller = escape(catalog.controller().name());
        return """
                <!DOCTYPE html>
                <html lang="lv">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Privātuma platforma · Privacy Platform</title>
                <style>
                body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1d2733}
                h1{font-size:1.5rem}section{margin:1.5rem 0}code{background:#eef1f4;padding:0 .25rem}
                </style>
                </head>
                <body>
                <h1>%s · Privātuma platforma</h1>
                <section lang="lv">
                <p>Platforma darbojas. Darba konsole ar pierakstīšanos būs pieejama nākamajā versijā.
                Līdz tam sistēmas izmanto HTTP API <code>/api/v1</code> (HTTP Basic pierakstīšanās);
                stāvoklis: <a href="/health"><code>/health</code></a>. Apraksts: <code>docs/api.md</code>.</p>
                </section>
                <section lang="en">
                <h2>Privacy Platform</h2>
                <p>The platform is running. The signed-in console arrives with the next release.
                Until then systems use the HTTP API at <code>/api/v1</code> (HTTP Basic sign-in);
                health: <a href="/health"><code>/health</code></a>. Reference: <code>docs/api.md</code>.</p>
                </section>
                </body>
                </html>
                """.formatted(controller);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

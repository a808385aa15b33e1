package org.rematch.notifications.email;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Renders an email's two parts from the Mustache templates under templates/email/: {name}.txt as it is, {name}.html with
 * every value HTML-escaped, so nothing a person wrote (a name, a reason, a message) can become markup in the HTML part.
 */
@Component
class EmailTemplates {

    private final Mustache.Compiler html;
    private final Mustache.Compiler text;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    /** @param compiler Spring Boot's, which loads templates (and partials) from classpath:/templates/ */
    EmailTemplates(Mustache.Compiler compiler) {
        this.html = compiler.withEscaper(Escapers.HTML);
        this.text = compiler.withEscaper(Escapers.NONE);
    }

    /** Renders {@code model} with templates/email/{template}.txt and .html into an email with {@code envelope}. */
    RenderedEmail render(String template, Object model, RenderedEmail.Envelope envelope) {
        return new RenderedEmail(envelope,
                compiled.computeIfAbsent("email/" + template + ".txt", text::loadTemplate).execute(model),
                compiled.computeIfAbsent("email/" + template + ".html", html::loadTemplate).execute(model));
    }
}

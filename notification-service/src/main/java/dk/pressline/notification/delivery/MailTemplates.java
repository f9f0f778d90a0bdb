package dk.pressline.notification.delivery;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Renders a mail's HTML part from {@code mail/<name>.html} and its plain-text part from {@code mail/<name>.txt}. */
public class MailTemplates {

    private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
    private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

    public Rendered render(String name, Map<String, Object> model) {
        var context = new Context();
        context.setVariables(model);
        return new Rendered(html.process(name, context), text.process(name, context));
    }

    private static TemplateEngine engine(TemplateMode mode, String suffix) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("mail/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    /** Both parts of a rendered mail. */
    public record Rendered(String html, String text) {}
}

package org.rematch.forums.markdown;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Turns a post's CommonMark into HTML that is safe to put in a page, in two independent layers, so a gap in one is
 * caught by the other:
 * <ol>
 * <li>commonmark-java renders with raw HTML escaped (a typed {@code <script>} shows as text, as typed) and link URLs
 * sanitised (only http, https and mailto keep their destination). Images become links to the image: an image from
 * elsewhere would tell its host who reads the forum, and when.</li>
 * <li>jsoup's {@link Safelist} cleaner then keeps only the elements CommonMark produces for text, no attributes but a
 * link's href (http, https, mailto) and title and a list's start, and gives every link rel="nofollow ugc noopener
 * noreferrer". No script, style, iframe, svg, image, event handler or style attribute can pass it.</li>
 * </ol>
 * Posts are rendered when they are read, not when they are written: a tightened policy then applies to every post at
 * once. Parser, renderer and cleaner are thread-safe and shared.
 */
@Component
public class Markdown {

    private static final List<String> LINK_PROTOCOLS = List.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder().build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(LINK_PROTOCOLS))
            .nodeRendererFactory(ImageAsLink::new)
            .build();

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote",
                    "ul", "ol", "li", "a")
            .addAttributes("a", "href", "title")
            .addAttributes("ol", "start")
            .addProtocols("a", "href", LINK_PROTOCOLS.toArray(String[]::new))
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener noreferrer");

    /** The HTML for {@code markdown}; null for null (a deleted post has no body). */
    public String render(String markdown) {
        if (markdown == null) {
            return null;
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        // not pretty-printed: inside pre and code, whitespace is content (settings per call: they are not shareable)
        return Jsoup.clean(html, "", SAFELIST, new Document.OutputSettings().prettyPrint(false)).strip();
    }

    /** Renders {@code ![alt](url)} as a link to the image, its alt text as the link's text (the URL if there is none). */
    private static final class ImageAsLink implements NodeRenderer {

        private final HtmlNodeRendererContext context;
        private final HtmlWriter html;

        ImageAsLink(HtmlNodeRendererContext context) {
            this.context = context;
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Image.class);
        }

        @Override
        public void render(Node node) {
            Image image = (Image) node;
            String url = context.urlSanitizer().sanitizeLinkUrl(image.getDestination());
            html.tag("a", context.extendAttributes(image, "a", Map.of("href", context.encodeUrl(url))));
            if (image.getFirstChild() == null) {
                html.text(image.getDestination());
            }
            for (Node child = image.getFirstChild(); child != null; ) {
                Node next = child.getNext();
                context.render(child);
                child = next;
            }
            html.tag("/a");
        }
    }
}

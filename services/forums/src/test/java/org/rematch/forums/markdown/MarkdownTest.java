package org.rematch.forums.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ordinary CommonMark renders; known XSS payloads, in markdown and as raw HTML, come out harmless. */
class MarkdownTest {

    private static final Set<String> ALLOWED_ELEMENTS = Set.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong",
            "code", "pre", "blockquote", "ul", "ol", "li", "a");
    private static final Set<String> ALLOWED_ATTRIBUTES = Set.of("href", "title", "rel", "start");

    private final Markdown markdown = new Markdown();

    @Test
    void emphasisStrongCodeAndHttpsLinksRender() {
        assertThat(markdown.render("Hello *world* and **friends**, run `mvn test`, see [the guide](https://example.org/guide \"Guide\")"))
                .isEqualTo("<p>Hello <em>world</em> and <strong>friends</strong>, run <code>mvn test</code>, see "
                        + "<a href=\"https://example.org/guide\" title=\"Guide\" rel=\"nofollow ugc noopener noreferrer\">the guide</a></p>");
    }

    @Test
    void listsQuotesHeadingsAndCodeBlocksRenderWithTheirWhitespace() {
        String html = markdown.render("""
                ## Step 2 CK

                - UWorld twice
                - NBMEs

                3. third
                4. fourth

                > It gets better.

                ```java
                if (a < b) {
                    apply();
                }
                ```
                """);

        assertThat(html).contains("<h2>Step 2 CK</h2>", "<ul>\n<li>UWorld twice</li>\n<li>NBMEs</li>\n</ul>",
                "<ol start=\"3\">\n<li>third</li>\n<li>fourth</li>\n</ol>", "<blockquote>\n<p>It gets better.</p>\n</blockquote>",
                "<pre><code>if (a &lt; b) {\n    apply();\n}\n</code></pre>");
    }

    @Test
    void mailtoAndAutolinksKeepTheirAddressAndHardBreaksBecomeBr() {
        assertThat(markdown.render("[write](mailto:peer@example.org) or <https://example.org/a?b=1&c=2>"))
                .contains("href=\"mailto:peer@example.org\"", "href=\"https://example.org/a?b=1&amp;c=2\"");
        assertThat(markdown.render("line one  \nline two")).isEqualTo("<p>line one<br>\nline two</p>");
    }

    @Test
    void rawHtmlIsShownAsTheTextThatWasTyped() {
        assertThat(markdown.render("Use <b>bold</b> please")).isEqualTo("<p>Use &lt;b&gt;bold&lt;/b&gt; please</p>");
    }

    @Test
    void imagesBecomeLinksToTheImageSoNoThirdPartyLearnsWhoReads() {
        assertThat(markdown.render("![my letter](https://example.org/letter.png)"))
                .isEqualTo("<p><a href=\"https://example.org/letter.png\" rel=\"nofollow ugc noopener noreferrer\">my letter</a></p>");
        assertThat(markdown.render("![](https://example.org/x.png)")).contains(">https://example.org/x.png</a>");
    }

    @Test
    void nothingInNothingOut() {
        assertThat(markdown.render(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(document.cookie)\"/>",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
            "<object data=\"https://evil.example/x.swf\"></object>",
            "<embed src=\"javascript:alert(1)\">",
            "<a href=\"javascript:alert(1)\">click</a>",
            "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">click</a>",
            "<p style=\"background:url(javascript:alert(1))\">styled</p>",
            "<style>body{display:none}</style>",
            "<div onclick=\"alert(1)\">click</div>",
            "<body onload=alert(1)>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "<form action=\"javascript:alert(1)\"><button>go</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](  javascript:alert(1)  )",
            "[click](&#106;avascript:alert(1))",
            "[click](javascript&#58;alert(1))",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[click](vbscript:msgbox(1))",
            "[click](file:///etc/passwd)",
            "[click](<javascript:alert(1)>)",
            "[click][ref]\n\n[ref]: javascript:alert(1)",
            "<javascript:alert(1)>",
            "![x](javascript:alert(1))",
            "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
            "![x\" onerror=\"alert(1)](https://example.org/x.png)",
            "[x](https://example.org/\" onmouseover=\"alert(1))",
            "[x](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")",
            "```\n</code></pre><script>alert(1)</script>\n```",
            "`<script>alert(1)</script>`",
            "<!-- --><script>alert(1)</script>",
            "<![CDATA[<script>alert(1)</script>]]>"})
    void noKnownXssPayloadSurvives(String payload) {
        String html = markdown.render(payload);

        assertHarmless(html);
        assertHarmless(markdown.render("Some text, then\n\n" + payload + "\n\nand more *text*."));
        assertHarmless(markdown.render("- item " + payload));
        assertHarmless(markdown.render("> " + payload));
    }

    private static void assertHarmless(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            assertThat(ALLOWED_ELEMENTS).as("element <%s> in %s", element.tagName(), html).contains(element.tagName());
            for (Attribute attribute : element.attributes()) {
                assertThat(ALLOWED_ATTRIBUTES).as("attribute %s in %s", attribute.getKey(), html).contains(attribute.getKey());
            }
            if (element.hasAttr("href")) {
                assertThat(element.attr("href").toLowerCase(Locale.ROOT)).as("href in %s", html)
                        .matches("^(https?:|mailto:).*")
                        .doesNotContain("javascript:", "data:", "vbscript:");
            }
        }
        // and as text, in case a browser parsed it otherwise than jsoup: attribute values (always quoted by the
        // cleaner) may mention anything as text, so they are emptied before looking for handlers and styles
        String tags = html.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"", "\"\"");
        assertThat(tags).as("raw tags in %s", html)
                .doesNotContain("<script", "<img", "<svg", "<iframe", "<style", "<object", "<embed", "<math", "<form", "<meta",
                        "<details", "<body", "<div")
                .doesNotContainPattern("<[a-z][^>]*\\son[a-z]+\\s*=")
                .doesNotContainPattern("<[a-z][^>]*\\sstyle\\s*=");
    }
}

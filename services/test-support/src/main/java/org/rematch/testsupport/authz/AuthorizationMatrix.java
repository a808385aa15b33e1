package org.rematch.testsupport.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.rematch.testsupport.Http;
import org.rematch.testsupport.TestTokens;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A service's authorization matrix: a markdown table in its test resources ({@value #FILE}), one row per endpoint and
 * resource, one column per {@link Caller}, each cell the exact status that caller gets. The table is the data the
 * tests run and the text docs/security.md shows; {@link #tests} fails when an endpoint has no row, a row has no
 * setup, docs/security.md shows a different table, or any cell's status differs.
 */
public final class AuthorizationMatrix {

    public static final String FILE = "authorization-matrix.md";

    private final String service;
    private final String table;
    private final List<Row> rows;
    private BiFunction<Caller, String, String> tokens = AuthorizationMatrix::testToken;

    private AuthorizationMatrix(String service, String table, List<Row> rows) {
        this.service = service;
        this.table = table;
        this.rows = rows;
    }

    /** The matrix of {@code service}, read from {@value #FILE} on the test classpath. */
    public static AuthorizationMatrix of(String service) {
        try (InputStream in = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(FILE)) {
            assertThat(in).as("%s on the test classpath", FILE).isNotNull();
            String table = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return new AuthorizationMatrix(service, table, parse(table));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tokens for a service that issues its own (profiles); by default the test issuer's. */
    public AuthorizationMatrix tokens(BiFunction<Caller, String, String> bearerForCallerAndAccountId) {
        this.tokens = bearerForCallerAndAccountId;
        return this;
    }

    /**
     * The checks and one test per cell, for a {@code @TestFactory}. {@code setups} is keyed by
     * "METHOD /pattern | resource", exactly as the table's first two columns read.
     */
    public Stream<DynamicTest> tests(ApplicationContext context, int port, Map<String, Cell.Setup> setups) {
        Http http = new Http(port);
        Stream<DynamicTest> checks = Stream.of(
                DynamicTest.dynamicTest("every endpoint of " + service + " has a row", () -> assertThat(rowEndpoints())
                        .as("endpoints without a row in %s", FILE).containsAll(endpoints(context))),
                DynamicTest.dynamicTest("every row has a setup", () -> assertThat(setups.keySet())
                        .containsExactlyInAnyOrderElementsOf(rows.stream().map(Row::key).toList())),
                DynamicTest.dynamicTest("docs/security.md shows this matrix", () -> assertThat(securityDoc())
                        .as("docs/security.md must contain the %s table of %s verbatim", service, FILE).contains(table)));
        Stream<DynamicTest> cells = rows.stream().flatMap(row -> row.statuses().entrySet().stream().map(cell ->
                DynamicTest.dynamicTest(row.key() + " → " + cell.getKey().column() + ": " + cell.getValue(),
                        () -> check(http, row, cell.getKey(), cell.getValue(), setups.get(row.key())))));
        return Stream.concat(checks, cells);
    }

    private void check(Http http, Row row, Caller caller, int expected, Cell.Setup setup) {
        assertThat(setup).as("setup for '%s'", row.key()).isNotNull();
        World world = new World();
        Cell cell = setup.prepare(world);
        String bearer = caller.role().isPresent() ? tokens.apply(caller, world.id(caller)) : null;
        ResponseEntity<String> response = http.exchange(row.method(), cell.path(), bearer, cell.body(), cell.headers());
        assertThat(response.getStatusCode().value())
                .as("%s %s as %s answered %s", row.method(), cell.path(), caller.column(), response.getBody())
                .isEqualTo(expected);
    }

    private Set<String> rowEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        rows.forEach(row -> endpoints.add(row.endpoint()));
        return endpoints;
    }

    /** "METHOD /pattern" of every handler method Rematch code (not Spring's or springdoc's) maps. */
    private static Set<String> endpoints(ApplicationContext context) {
        Set<String> endpoints = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, handler) -> {
                    if (isRematch(handler)) {
                        endpoints.addAll(endpointsOf(info));
                    }
                }));
        return endpoints;
    }

    private static boolean isRematch(HandlerMethod handler) {
        return handler.getBeanType().getName().startsWith("org.rematch.");
    }

    private static List<String> endpointsOf(RequestMappingInfo info) {
        List<String> endpoints = new ArrayList<>();
        for (String pattern : info.getPatternValues()) {
            info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method.name() + " " + pattern));
        }
        return endpoints;
    }

    private static String securityDoc() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path doc = dir.resolve("docs/security.md");
            if (Files.exists(doc)) {
                return Files.readString(doc);
            }
        }
        throw new IllegalStateException("docs/security.md not found above " + Path.of("").toAbsolutePath());
    }

    private static List<Row> parse(String table) {
        List<String> lines = table.lines().map(String::strip).filter(line -> line.startsWith("|")).toList();
        List<String> header = cells(lines.getFirst());
        assertThat(header.subList(0, 2)).as("the first two columns of %s", FILE).containsExactly("endpoint", "resource");
        List<Caller> callers = header.subList(2, header.size()).stream().map(Caller::ofColumn).toList();
        assertThat(callers).as("one column per caller, in order").containsExactly(Caller.values());
        return lines.subList(2, lines.size()).stream().map(line -> row(cells(line), callers)).toList();
    }

    private static Row row(List<String> cells, List<Caller> callers) {
        String[] endpoint = cells.getFirst().replace("`", "").split(" ", 2);
        Map<Caller, Integer> statuses = new EnumMap<>(Caller.class);
        for (int i = 0; i < callers.size(); i++) {
            statuses.put(callers.get(i), Integer.parseInt(cells.get(i + 2)));
        }
        return new Row(HttpMethod.valueOf(endpoint[0]), endpoint[1], cells.get(1), statuses);
    }

    private static List<String> cells(String line) {
        String inner = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
        return Arrays.stream(inner.split("\\|")).map(String::strip).toList();
    }

    private static String testToken(Caller caller, String accountId) {
        return TestTokens.bearerWithName(accountId, caller.column(), caller.role().orElseThrow());
    }
}

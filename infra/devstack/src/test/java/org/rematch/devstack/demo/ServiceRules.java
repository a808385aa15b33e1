package org.rematch.devstack.demo;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.rematch.contracts.path.Specialty;
import org.rematch.devstack.RepoRoot;

/**
 * The services' OWN validation rules, for checking the bodies devstack sends without running the services.
 *
 * <p>A Maven dependency on profiles or mentor-directory is not an option (their installed jars are Spring Boot fat
 * jars, and would drag Spring into devstack), so this compiles the services' framework-free rule sources straight
 * from the repository at test time: profiles' {@code core} package (MenteePath, the POST /api/mentees body, and its
 * rules) and the directory's {@code listing.domain} package plus {@code listing/ListingRequest.java} (the POST
 * /api/mentors body, whose journey is checked by JourneyDraft and its availability by Availability). They need
 * nothing but the JDK and contracts. A JSON body (as a map) is bound to the request record the way Jackson does it
 * for these services: an unknown field or a value outside an enum is refused.
 */
final class ServiceRules {

    static final String MENTEE_PATH = "org.rematch.profiles.core.MenteePath";
    static final String LISTING_REQUEST = "org.rematch.directory.listing.ListingRequest";
    private static final String AVAILABILITY = "org.rematch.directory.listing.domain.Availability";

    private static ServiceRules compiled;

    private final ClassLoader loader;

    private ServiceRules(ClassLoader loader) {
        this.loader = loader;
    }

    static synchronized ServiceRules compiled() {
        if (compiled == null) {
            compiled = compile();
        }
        return compiled;
    }

    Class<?> type(String name) {
        try {
            return loader.loadClass(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(name + " was not compiled", e);
        }
    }

    /** Profiles' problems with a POST /api/mentees body (field path → message): empty when it is accepted. */
    @SuppressWarnings("unchecked")
    Map<String, String> menteeProblems(Map<String, Object> body, int currentYear, Set<String> fieldsSeen) {
        Class<?> type = type(MENTEE_PATH);
        Object path = bind(body, type, "", fieldsSeen);
        return (Map<String, String>) call(() -> type.getMethod("problems", int.class).invoke(path, currentYear));
    }

    /**
     * What the directory says about a POST /api/mentors body on {@code today}: the violations of the journey and of
     * the availability (each "'field' message"); empty when it is accepted.
     */
    List<String> listingViolations(Map<String, Object> body, LocalDate today, Set<String> fieldsSeen) {
        Class<?> type = type(LISTING_REQUEST);
        Object request = bind(body, type, "", fieldsSeen);
        List<String> violations = new ArrayList<>();
        violations.addAll(refusals(() -> {
            Method journey = type.getDeclaredMethod("journey");
            journey.setAccessible(true);
            Object draft = journey.invoke(request);
            return draft.getClass().getMethod("validate", LocalDate.class).invoke(draft, today);
        }));
        violations.addAll(refusals(() -> {
            Class<?> availability = type(AVAILABILITY);
            Object accepting = type.getMethod("accepting").invoke(request);
            Object pausedUntil = type.getMethod("pausedUntil").invoke(request);
            return availability.getMethod("of", Boolean.class, LocalDate.class, LocalDate.class, availability)
                    .invoke(null, accepting, pausedUntil, today, availability.getField("ACCEPTING").get(null));
        }));
        return violations;
    }

    /** Every field path of a request record, nested records included ("usmle.step1.outcome"). */
    static Set<String> fieldPaths(Class<?> type) {
        Set<String> paths = new TreeSet<>();
        fieldPaths(type, "", paths);
        return paths;
    }

    private static void fieldPaths(Class<?> type, String prefix, Set<String> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            paths.add(prefix + component.getName());
            if (component.getType().isRecord()) {
                fieldPaths(component.getType(), prefix + component.getName() + ".", paths);
            }
        }
    }

    /** Binds a JSON object to a request record; unknown fields and values outside a vocabulary are refused. */
    static Object bind(Map<?, ?> json, Class<?> type, String prefix, Set<String> fieldsSeen) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent component : components) {
            names.add(component.getName());
        }
        for (Object key : json.keySet()) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException("unknown field '" + prefix + key + "' for " + type.getSimpleName());
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            if (json.containsKey(component.getName())) {
                fieldsSeen.add(prefix + component.getName());
            }
            values[i] = value(json.get(component.getName()), component.getGenericType(),
                    prefix + component.getName() + ".", fieldsSeen);
        }
        return call(() -> {
            var constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(values);
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Object json, Type type, String prefix, Set<String> fieldsSeen) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (json == null) {
            if (raw == int.class || raw == boolean.class || raw == long.class) {
                throw new IllegalArgumentException("null for the primitive field " + prefix);
            }
            return null;
        }
        if (raw.isRecord()) {
            return bind((Map<?, ?>) json, raw, prefix, fieldsSeen);
        }
        if (raw.isEnum()) {
            return Enum.valueOf((Class<? extends Enum>) raw, (String) json); // refuses a value outside the vocabulary
        }
        if (raw == LocalDate.class) {
            return LocalDate.parse((String) json);
        }
        if (raw == List.class || raw == Set.class) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Stream<Object> elements = ((Collection<Object>) json).stream().map(item -> value(item, element, prefix, fieldsSeen));
            return raw == List.class ? elements.toList() : elements.collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
        }
        if (raw == Integer.class || raw == int.class) {
            return (Integer) json;
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return (Boolean) json;
        }
        if (raw == String.class) {
            return (String) json;
        }
        throw new IllegalStateException("no binding for " + type + " (" + prefix + ")");
    }

    private interface Call {
        Object run() throws Exception;
    }

    private static Object call(Call call) {
        try {
            return call.run();
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message of the IllegalArgumentException (the directory's InvalidInput) a rule throws, if any. */
    private static List<String> refusals(Call call) {
        try {
            call(call);
            return List.of();
        } catch (IllegalArgumentException refused) {
            return List.of(refused.getMessage());
        }
    }

    private static ServiceRules compile() {
        Path root = RepoRoot.search(Path.of("")).orElseThrow(() -> new IllegalStateException("no repository root"));
        Path profiles = root.resolve("services/profiles/src/main/java/org/rematch/profiles/core");
        Path listing = root.resolve("services/mentor-directory/src/main/java/org/rematch/directory/listing");
        List<String> arguments = new ArrayList<>();
        try {
            Path out = Files.createTempDirectory("rematch-service-rules");
            out.toFile().deleteOnExit();
            String contracts = Path.of(Specialty.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            arguments.addAll(List.of("-d", out.toString(), "-cp", contracts, "--release", "21", "-proc:none", "-nowarn"));
            arguments.addAll(javaFiles(profiles));
            arguments.addAll(javaFiles(listing.resolve("domain")));
            arguments.add(listing.resolve("ListingRequest.java").toString());
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int status = javac.run(null, errors, errors, arguments.toArray(String[]::new));
            if (status != 0) {
                throw new IllegalStateException("the services' rule sources did not compile:\n"
                        + errors.toString(StandardCharsets.UTF_8));
            }
            return new ServiceRules(new URLClassLoader(new URL[] {out.toUri().toURL()}, ServiceRules.class.getClassLoader()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> javaFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(Path::toString).sorted().toList();
        }
    }
}

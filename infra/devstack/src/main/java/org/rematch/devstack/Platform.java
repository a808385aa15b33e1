package org.rematch.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole platform as separate processes: the Kafka broker (KRaft, single node), the embedded MongoDB server and
 * the development mail server ({@link DevMail}), then every service ({@code java -jar services/<name>/target/<name>.jar}).
 * Used by the CLI ({@link Main}) and by the system tests, so both run the platform the same way.
 */
public final class Platform implements AutoCloseable {

    /** The services in start order: profiles first (it serves the JWKS), the others in parallel after it. */
    public static final List<String> SERVICES =
            List.of("profiles", "mentor-directory", "forums", "matching", "notifications", "gateway");
    public static final String KAFKA = Ports.KAFKA;
    public static final String MONGO = Ports.MONGO;
    public static final String MAIL = Ports.MAIL;

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Settings settings;
    private final PrintStream out;
    private final Map<String, Process> processes = Collections.synchronizedMap(new LinkedHashMap<>());
    private final HealthProbe health = new HealthProbe();
    private final Thread shutdownHook = new Thread(this::stop, "devstack-shutdown");
    private final KafkaBroker kafka;
    private final DevMail mail;
    private volatile boolean stopping;
    private String adminPassword;
    private Duration startupTime = Duration.ZERO;
    private int total;
    private int upCount;

    private Platform(Settings settings) {
        this.settings = settings;
        this.out = settings.out();
        this.kafka = new KafkaBroker(settings);
        this.mail = new DevMail(settings);
    }

    /** Starts everything and returns once every component is healthy; on failure stops what started and throws. */
    public static Platform start(Settings settings) {
        Platform platform = new Platform(settings);
        try {
            platform.startAll();
        } catch (RuntimeException e) {
            platform.stop();
            throw e;
        }
        return platform;
    }

    /** The names of the components this platform runs, in start order. */
    public List<String> components() {
        List<String> names = new ArrayList<>();
        if (settings.embeddedKafka()) {
            names.add(KAFKA);
        }
        if (settings.embeddedMongo()) {
            names.add(MONGO);
        }
        if (settings.embeddedMail()) {
            names.add(MAIL);
        }
        names.addAll(SERVICES);
        return names;
    }

    private void startAll() {
        Instant begin = Instant.now();
        checkPrerequisites();
        checkPorts();
        try {
            Files.createDirectories(settings.logDir());
            adminPassword = settings.adminPassword() != null
                    ? settings.adminPassword()
                    : AdminPassword.loadOrCreate(settings.dataDir());
        } catch (IOException e) {
            throw new PlatformException("Cannot write the data directory " + settings.dataDir() + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        total = components().size();
        out.println("Starting Rematch (" + total + " processes), data in " + settings.dataDir());
        if (!settings.embeddedKafka()) {
            out.println("      Kafka: using " + settings.externalKafka() + " (KAFKA_BOOTSTRAP)");
        }
        if (!settings.embeddedMongo()) {
            out.println("      MongoDB: using " + settings.externalMongo() + " (MONGODB_URI)");
        }
        if (!settings.embeddedMail()) {
            out.println("      Mail: using " + settings.externalMail() + " (SPRING_MAIL_HOST)");
        }
        if (settings.embeddedKafka()) {
            launch(KAFKA);
            awaitUp(List.of(KAFKA));
        }
        // the mail server depends on nothing: it starts alongside Mongo
        List<String> storeAndMail = components().stream().filter(List.of(MONGO, MAIL)::contains).toList();
        storeAndMail.forEach(this::launch);
        awaitUp(storeAndMail);
        launch("profiles");
        awaitUp(List.of("profiles"));
        List<String> rest = SERVICES.subList(1, SERVICES.size());
        rest.forEach(this::launch);
        awaitUp(rest);
        startupTime = Duration.between(begin, Instant.now());
        printSummary();
    }

    private void checkPrerequisites() {
        List<Path> missing = new ArrayList<>();
        for (String service : SERVICES) {
            if (!Files.isRegularFile(serviceJar(service))) {
                missing.add(settings.root().relativize(serviceJar(service)));
            }
        }
        if (settings.embeddedKafka() && !Files.isDirectory(kafka.libDir())) {
            missing.add(settings.root().relativize(kafka.libDir()));
        }
        if (settings.embeddedMongo() && !Files.isRegularFile(mongoJar())) {
            missing.add(settings.root().relativize(mongoJar()));
        }
        if (settings.embeddedMail() && !Files.isRegularFile(mail.launcherJar())) {
            missing.add(settings.root().relativize(mail.launcherJar()));
        }
        if (settings.embeddedMail() && !Files.isDirectory(mail.libDir())) {
            missing.add(settings.root().relativize(mail.libDir()));
        }
        if (!missing.isEmpty()) {
            throw new PlatformException("Not built yet: " + missing
                    + " — run ./mvnw -B -DskipTests install (or start with ./rematch, which builds what is missing)");
        }
    }

    private void checkPorts() {
        PortCheck.firstBusy(portsToBind(), PortCheck::isFree).ifPresent(message -> {
            throw new PlatformException(message);
        });
    }

    /** The ports this platform's own processes listen on (none of an external Kafka, MongoDB or SMTP server). */
    Map<String, Integer> portsToBind() {
        Map<String, Integer> toBind = new LinkedHashMap<>(settings.ports().byName());
        if (!settings.embeddedKafka()) {
            toBind.remove(Ports.KAFKA);
            toBind.remove(Ports.KAFKA_CONTROLLER);
        }
        if (!settings.embeddedMongo()) {
            toBind.remove(Ports.MONGO);
        }
        if (!settings.embeddedMail()) {
            toBind.remove(Ports.MAIL);
            toBind.remove(Ports.MAILBOX);
        }
        return toBind;
    }

    private void launch(String name) {
        if (stopping) {
            throw new PlatformException("stopped while starting");
        }
        Path log = logFile(name);
        try {
            Files.writeString(log, "==== devstack: starting " + name + " at " + Instant.now() + " ====\n",
                    StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            ProcessBuilder builder;
            if (name.equals(KAFKA)) {
                builder = kafka.prepare(java(), log);
            } else if (name.equals(MAIL)) {
                builder = mail.command(java());
            } else if (name.equals(MONGO)) {
                Path mongoData = settings.dataDir().resolve("mongo");
                Files.createDirectories(mongoData);
                builder = new ProcessBuilder(java(), "-Xmx256m", "-XX:+UseSerialGC", "-jar", mongoJar().toString(),
                        String.valueOf(settings.ports().mongo()), mongoData.toString());
            } else {
                builder = serviceCommand(name);
            }
            builder.directory(settings.root().toFile());
            builder.redirectErrorStream(true);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.redirectInput(ProcessBuilder.Redirect.PIPE);
            Process process = builder.start();
            process.getOutputStream().close();
            processes.put(name, process);
        } catch (IOException e) {
            throw new PlatformException("Cannot start " + name + ": " + e.getMessage() + " — see " + display(log), e);
        }
    }

    private ProcessBuilder serviceCommand(String name) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(settings.serviceJvmOptions());
        command.add("-jar");
        command.add(serviceJar(name).toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(serviceEnvironment(name));
        return builder;
    }

    /** The environment a service process gets (what rematch-kit.properties and the services read). */
    public Map<String, String> serviceEnvironment(String name) {
        Ports ports = settings.ports();
        String profiles = "http://localhost:" + ports.profiles();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", String.valueOf(ports.of(name)));
        env.put("KAFKA_BOOTSTRAP", settings.kafkaBootstrap());
        env.put("MONGODB_URI", settings.mongoUri());
        env.put("REMATCH_ISSUER", profiles);
        env.put("REMATCH_JWKS_URI", profiles + "/.well-known/jwks.json");
        env.put("SPRING_OUTPUT_ANSI_ENABLED", "never");
        if (name.equals("profiles")) {
            env.put("REMATCH_ADMIN_EMAIL", settings.adminEmail());
            env.put("REMATCH_ADMIN_PASSWORD", adminPassword);
        }
        if (name.equals("mentor-directory") || name.equals("gateway")) {
            env.put("REMATCH_MATCHING_URL", "http://localhost:" + ports.matching());
        }
        if (name.equals("notifications")) {
            // links in emails lead to the gateway, the platform's one public address
            env.put("REMATCH_NOTIFICATIONS_PUBLIC_URL", url("gateway"));
            if (settings.embeddedMail()) {
                env.put("SPRING_MAIL_HOST", "localhost");
                env.put("SPRING_MAIL_PORT", String.valueOf(ports.mail()));
            }
            // else the process inherits this one's environment: SPRING_MAIL_HOST, _PORT, _USERNAME, _PASSWORD, …
        }
        if (name.equals("gateway")) {
            env.put("REMATCH_PROFILES_URL", profiles);
            env.put("REMATCH_DIRECTORY_URL", "http://localhost:" + ports.mentorDirectory());
            env.put("REMATCH_FORUMS_URL", "http://localhost:" + ports.forums());
            env.put("REMATCH_NOTIFICATIONS_URL", "http://localhost:" + ports.notifications());
        }
        return env;
    }

    /** Waits until each named component is up, printing a progress line per component as it comes up. */
    private void awaitUp(List<String> names) {
        Map<String, Instant> launched = new LinkedHashMap<>();
        Instant now = Instant.now();
        names.forEach(name -> launched.put(name, now));
        Instant nextNote = now.plusSeconds(30);
        while (!launched.isEmpty()) {
            for (var it = launched.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                String name = entry.getKey();
                Process process = processes.get(name);
                if (stopping) {
                    throw new PlatformException("stopped while starting");
                }
                if (process == null || !process.isAlive()) {
                    throw new PlatformException(name + " exited" + (process == null ? "" : " with code " + process.exitValue())
                            + " while starting — see " + display(logFile(name)) + "\n" + tail(name, 25));
                }
                if (isUp(name)) {
                    it.remove();
                    long seconds = Duration.between(entry.getValue(), Instant.now()).toSeconds();
                    out.printf("[%d/%d] %-16s … up in %d s%n", ++upCount, total, name, seconds);
                } else if (Duration.between(entry.getValue(), Instant.now()).compareTo(settings.startTimeout()) > 0) {
                    throw new PlatformException(name + " did not become healthy within " + settings.startTimeout().toSeconds()
                            + " s — see " + display(logFile(name)) + "\n" + tail(name, 25));
                }
            }
            if (!launched.isEmpty()) {
                if (Instant.now().isAfter(nextNote)) {
                    out.println("      still waiting for " + String.join(", ", launched.keySet()) + " …");
                    nextNote = Instant.now().plusSeconds(30);
                }
                pause();
            }
        }
    }

    /**
     * Kafka and Mongo: a TCP connect succeeds. Mail: its SMTP and mailbox ports both accept connections. Services:
     * GET /actuator/health answers 200 with status UP.
     */
    public boolean isUp(String name) {
        Ports ports = settings.ports();
        return switch (name) {
            case KAFKA, MONGO -> health.acceptsConnections(ports.of(name));
            case MAIL -> health.acceptsConnections(ports.mail()) && health.acceptsConnections(ports.mailbox());
            default -> health.healthy(ports.of(name));
        };
    }

    private void printSummary() {
        out.println();
        out.printf("Rematch is up in %d s:%n", startupTime.toSeconds());
        out.printf("  %-16s %s   <- start here%n", "gateway", url("gateway"));
        for (String service : SERVICES.subList(0, SERVICES.size() - 1)) {
            out.printf("  %-16s %s%n", service, url(service));
        }
        out.printf("  %-16s %s%s%n", "kafka", settings.kafkaBootstrap(), settings.embeddedKafka() ? "" : " (external)");
        out.printf("  %-16s %s%s%n", "mongodb", settings.mongoUri(), settings.embeddedMongo() ? "" : " (external)");
        out.println("  OpenAPI: " + url("profiles") + "/v3/api-docs (each service)");
        out.println(settings.embeddedMail()
                ? "Mail (dev): " + mailboxUrl() + " — every email the platform sends lands here"
                : "Mail: sent through " + settings.externalMail() + " (SPRING_MAIL_HOST)");
        out.println("Admin: " + settings.adminEmail() + (settings.adminPassword() != null
                ? " (password from REMATCH_ADMIN_PASSWORD)"
                : ", password in " + display(AdminPassword.file(settings.dataDir()))));
        out.println("Logs: " + display(settings.logDir()));
    }

    /** Kills a component at once (SIGKILL): no shutdown hooks, no graceful close. */
    public synchronized void kill(String name) {
        Process process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("not running: " + name);
        }
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println("      killed " + name + " (kill -9, pid " + process.pid() + ")");
    }

    /** Starts one component again (after {@link #kill(String)}) and waits until it is healthy. */
    public synchronized void start(String name) {
        Process previous = processes.get(name);
        if (previous != null && previous.isAlive()) {
            throw new IllegalStateException(name + " is running");
        }
        Instant begin = Instant.now();
        launch(name);
        int savedUp = upCount;
        int savedTotal = total;
        upCount = 0;
        total = 1;
        try {
            awaitUp(List.of(name));
        } finally {
            upCount = savedUp;
            total = savedTotal;
        }
        out.println("      restarted " + name + " in " + Duration.between(begin, Instant.now()).toSeconds() + " s");
    }

    /**
     * Stops everything gracefully (SIGTERM), services first in reverse order, then the mail server, Mongo and Kafka.
     * Idempotent.
     */
    public void stop() {
        stopping = true;
        synchronized (this) {
            List<String> running = new ArrayList<>();
            synchronized (processes) {
                processes.forEach((name, process) -> {
                    if (process.isAlive()) {
                        running.add(name);
                    }
                });
            }
            if (!running.isEmpty()) {
                out.println("Stopping Rematch …");
            }
            List<String> infrastructure = List.of(MAIL, MONGO, KAFKA);
            List<String> services = new ArrayList<>(running);
            services.removeAll(infrastructure);
            Collections.reverse(services);
            terminate(services);
            infrastructure.stream().filter(running::contains).forEach(component -> terminate(List.of(component)));
            if (!running.isEmpty()) {
                out.println("Stopped.");
            }
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException | IllegalArgumentException ignored) {
                // shutting down already, or never registered
            }
            health.close();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void terminate(List<String> names) {
        names.forEach(name -> processes.get(name).destroy());
        for (String name : names) {
            Process process = processes.get(name);
            try {
                if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    out.println("      " + name + " did not stop within " + STOP_GRACE.toSeconds() + " s; killing it");
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    public Settings settings() {
        return settings;
    }

    public Ports ports() {
        return settings.ports();
    }

    /** The base URL of a service, e.g. {@code http://localhost:8080} for the gateway. */
    public String url(String service) {
        return "http://localhost:" + settings.ports().of(service);
    }

    /** The development mailbox: the page, and {@code /messages.json} for programs. Messages last until a restart. */
    public String mailboxUrl() {
        if (!settings.embeddedMail()) {
            throw new IllegalStateException("no development mailbox: mail goes to " + settings.externalMail());
        }
        return url(Ports.MAILBOX);
    }

    public String adminEmail() {
        return settings.adminEmail();
    }

    public String adminPassword() {
        return adminPassword;
    }

    public Duration startupTime() {
        return startupTime;
    }

    public boolean isRunning(String name) {
        Process process = processes.get(name);
        return process != null && process.isAlive();
    }

    public Path logFile(String name) {
        return settings.logDir().resolve(name + ".log");
    }

    /** The last {@code lines} lines of a component's log (for diagnosing a failure). */
    public String tail(String name, int lines) {
        return tail(logFile(name), lines);
    }

    static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(no log at " + file + ")";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private Path serviceJar(String service) {
        return settings.root().resolve("services").resolve(service).resolve("target").resolve(service + ".jar");
    }

    private Path mongoJar() {
        return settings.root().resolve("infra/devstack/target/embedded-mongo-exec.jar");
    }

    private String display(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        return path.startsWith(cwd) ? cwd.relativize(path).toString() : path.toString();
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while starting");
        }
    }
}

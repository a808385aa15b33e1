package org.rematch.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka broker run from the kafka_2.13 jars the Maven build copies to
 * infra/devstack/target/kafka-lib. Storage under {@code <data>/kafka}, formatted once.
 */
final class KafkaBroker {

    private final Settings settings;

    KafkaBroker(Settings settings) {
        this.settings = settings;
    }

    Path libDir() {
        return settings.root().resolve("infra/devstack/target/kafka-lib");
    }

    Path home() {
        return settings.dataDir().resolve("kafka");
    }

    Path storage() {
        return home().resolve("data");
    }

    /** Writes the configuration, formats the storage if this is the first start, and returns the broker command. */
    ProcessBuilder prepare(String java, Path log) throws IOException {
        Files.createDirectories(storage());
        Path config = home().resolve("server.properties");
        Files.writeString(config, serverProperties(), StandardCharsets.UTF_8);
        Path log4j = home().resolve("log4j2.properties");
        Files.writeString(log4j, LOG4J, StandardCharsets.UTF_8);
        if (!Files.exists(storage().resolve("meta.properties"))) {
            format(java, config, log);
        }
        return new ProcessBuilder(java, "-Xmx512m", "-Xms128m", "-XX:+UseSerialGC",
                "-Dlog4j2.configurationFile=" + log4j.toUri(), "-Dkafka.logs.dir=" + settings.logDir(),
                "-cp", classPath(), "kafka.Kafka", config.toString());
    }

    String serverProperties() {
        Ports ports = settings.ports();
        return String.join("\n",
                "# written by devstack at every start",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + ports.kafkaController(),
                "listeners=PLAINTEXT://127.0.0.1:" + ports.kafka() + ",CONTROLLER://127.0.0.1:" + ports.kafkaController(),
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + ports.kafka(),
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + storage(),
                "num.partitions=1",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    private void format(String java, Path config, Path log) throws IOException {
        String clusterId = runTool(java, log, List.of("random-uuid")).trim();
        String[] lines = clusterId.split("\\R");
        clusterId = lines[lines.length - 1].trim();
        runTool(java, log, List.of("format", "-t", clusterId, "-c", config.toString()));
        settings.out().println("      formatted Kafka storage (cluster " + clusterId + ") in " + storage());
    }

    private String runTool(String java, Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Dlog4j2.configurationFile=" + home().resolve("log4j2.properties").toUri(),
                "-cp", classPath(), "kafka.tools.StorageTool"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                Files.writeString(log, output, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                throw new PlatformException("Kafka storage tool failed (" + String.join(" ", args) + ") — see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PlatformException("interrupted while formatting Kafka storage");
        }
        Files.writeString(log, "StorageTool " + String.join(" ", args) + ": " + output, StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        return output;
    }

    private String classPath() {
        return libDir().toAbsolutePath() + "/*";
    }

    private static final String LOG4J = """
            status = warn
            appender.out.type = Console
            appender.out.name = OUT
            appender.out.layout.type = PatternLayout
            appender.out.layout.pattern = [%d] %p %m (%c)%n
            rootLogger.level = INFO
            rootLogger.appenderRef.out.ref = OUT
            logger.state.name = state.change.logger
            logger.state.level = WARN
            logger.request.name = kafka.request.logger
            logger.request.level = WARN
            """;
}

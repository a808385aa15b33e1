package org.rematch.embeddedmongo;

import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** A MongoDB wire-protocol server inside this JVM, for machines where no mongod can be had. */
public final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongo(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /** In memory, on a free loopback port. */
    public static EmbeddedMongo inMemory() {
        MongoServer server = new MongoServer(new InMemoryBackend());
        return new EmbeddedMongo(server, server.bind());
    }

    /** Backed by an H2 file under {@code dataDirectory}, on the given loopback port. */
    public static EmbeddedMongo persistent(Path dataDirectory, int port) throws java.io.IOException {
        Files.createDirectories(dataDirectory);
        MongoServer server = new MongoServer(new FileBackend(dataDirectory.resolve("rematch.mv").toString()));
        server.bind("127.0.0.1", port);
        return new EmbeddedMongo(server, server.getLocalAddress());
    }

    public String connectionString() {
        return "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}

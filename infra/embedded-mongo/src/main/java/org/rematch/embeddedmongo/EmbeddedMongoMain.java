package org.rematch.embeddedmongo;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/** Runs the file-backed server as its own process for devstack: {@code <port> <data directory>}. */
public final class EmbeddedMongoMain {

    private EmbeddedMongoMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: embedded-mongo <port> <data-directory>");
            System.exit(2);
        }
        EmbeddedMongo mongo = EmbeddedMongo.persistent(Path.of(args[1]), Integer.parseInt(args[0]));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.close();
            stopped.countDown();
        }));
        System.out.println("Embedded MongoDB listening at " + mongo.connectionString() + ", data in " + args[1]);
        stopped.await();
    }
}

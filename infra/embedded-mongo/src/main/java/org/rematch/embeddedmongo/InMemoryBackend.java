package org.rematch.embeddedmongo;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** Memory backend for tests: fast, gone when the JVM ends. */
class InMemoryBackend extends MemoryBackend {

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return super.handleCommand(channel, database, HelloCommand.translate(command), query);
    }
}

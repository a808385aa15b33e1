package org.rematch.embeddedmongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/** H2 MVStore file backend for devstack: data survives a restart. */
class FileBackend extends H2Backend {

    FileBackend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        return super.handleCommand(channel, database, HelloCommand.translate(command), query);
    }
}

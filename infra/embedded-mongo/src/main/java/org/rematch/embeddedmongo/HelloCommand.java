package org.rematch.embeddedmongo;

/**
 * mongo-java-server does not know the {@code hello} command that MongoDB 5+ drivers and Spring Boot's health
 * check send; {@code isMaster} is its older name and answers the same question.
 */
final class HelloCommand {

    private HelloCommand() {
    }

    static String translate(String command) {
        return "hello".equalsIgnoreCase(command) ? "isMaster" : command;
    }
}

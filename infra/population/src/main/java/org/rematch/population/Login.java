package org.rematch.population;

/** How a synthetic person signs in: e-mail, password (12+ characters, as profiles requires) and display name. */
public record Login(String email, String password, String displayName) {

    @Override
    public String toString() {
        return displayName + " <" + email + ">"; // never the password in a log line
    }
}

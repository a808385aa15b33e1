package org.rematch.profiles.account;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rematch.contracts.accounts.Role;
import org.rematch.profiles.core.PasswordPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Ensures the ADMIN account exists when a password is configured (REMATCH_ADMIN_PASSWORD, or a secret file named by
 * REMATCH_ADMIN_PASSWORD_FILE).
 * Idempotent: an existing account is left as it is, its password is never reset. Without a password no admin is
 * created (there is no default password anywhere) and a warning says so.
 */
@Component
public class AdminBootstrap implements ApplicationRunner {

    public enum Outcome { CREATED, ALREADY_EXISTS, NOT_CONFIGURED, REJECTED }

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final String email;
    private final String password;

    /**
     * @param password     the admin password itself (REMATCH_ADMIN_PASSWORD), or empty
     * @param passwordFile a file holding it (REMATCH_ADMIN_PASSWORD_FILE, e.g. a Docker or Kubernetes secret), read when
     *                     no password is given; a configured file that cannot be read stops the start
     */
    @Autowired
    public AdminBootstrap(Accounts accounts, @Value("${rematch.admin.email:admin@rematch.local}") String email,
            @Value("${rematch.admin.password:}") String password, @Value("${rematch.admin.password-file:}") String passwordFile) {
        this(accounts, email, password.isEmpty() ? fromFile(passwordFile) : password);
    }

    public AdminBootstrap(Accounts accounts, String email, String password) {
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    private static String fromFile(String passwordFile) {
        if (passwordFile.isBlank()) {
            return "";
        }
        try {
            return Files.readString(Path.of(passwordFile)).strip();
        } catch (IOException e) {
            throw new IllegalStateException("The admin password file " + passwordFile + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureAdmin();
    }

    public Outcome ensureAdmin() {
        if (password == null || password.isEmpty()) {
            log.warn("No admin password configured (set REMATCH_ADMIN_PASSWORD or rematch.admin.password): "
                    + "no ADMIN account is created, so nobody can create moderator accounts.");
            return Outcome.NOT_CONFIGURED;
        }
        var problem = PasswordPolicy.problem(password);
        if (problem.isPresent()) {
            log.error("The configured admin password {}: no ADMIN account is created.", problem.get());
            return Outcome.REJECTED;
        }
        var existing = accounts.findByEmail(email);
        if (existing.isPresent()) {
            return alreadyThere(existing.get());
        }
        try {
            accounts.create(email, password, "Administrator", Role.ADMIN);
            log.info("Created the ADMIN account {}", email);
            return Outcome.CREATED;
        } catch (EmailTakenException concurrentlyCreated) {
            return accounts.findByEmail(email).map(this::alreadyThere).orElse(Outcome.ALREADY_EXISTS);
        }
    }

    private Outcome alreadyThere(Account account) {
        if (account.has(Role.ADMIN)) {
            log.info("The ADMIN account {} exists; its password is left unchanged", account.email());
        } else {
            log.warn("The account {} exists but is not an ADMIN; it is left unchanged and no admin is created", account.email());
        }
        return Outcome.ALREADY_EXISTS;
    }
}

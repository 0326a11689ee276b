package org.tlang.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Publisher keys: an EC key pair (P-256) with a self-signed certificate, in a PKCS#12 key store
 * {@code NAME.p12}, and that certificate as {@code NAME.crt} (PEM) for others to trust. The JDK
 * makes certificates only through keytool, so keytool makes them; the password reaches it
 * through its environment, never its command line.
 */
final class PublisherKeys {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final String PASSWORD_VARIABLE = "TLANG_KEYTOOL_PASSWORD";

    private PublisherKeys() {}

    /** @return the certificate written */
    static Path create(String name, Path folder, char[] password) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IOException("a publisher name is lower-case letters, digits, '.', '_' and '-', at most 64: not " + name);
        }
        if (password.length < 6) throw new IOException("a key store password has at least 6 characters");
        Path store = folder.resolve(name + ".p12");
        Path cert = folder.resolve(name + ".crt");
        if (Files.exists(store) || Files.exists(cert)) throw new IOException("a key " + name + " is in " + folder + " already");
        Files.createDirectories(folder);
        try {
            keytool(password, "-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA",
                    "-dname", "CN=" + name, "-validity", "3650", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass:env", PASSWORD_VARIABLE, "-keypass:env", PASSWORD_VARIABLE);
            keytool(password, "-exportcert", "-rfc", "-alias", name, "-keystore", store.toString(), "-storepass:env", PASSWORD_VARIABLE,
                    "-file", cert.toString());
        } catch (IOException e) {
            Files.deleteIfExists(store);
            Files.deleteIfExists(cert);
            throw e;
        }
        return cert;
    }

    /** The one private key of {@code store}, with its certificate. */
    static KeyStore.PrivateKeyEntry read(Path store, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(store)) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(in, password);
            for (String alias : Collections.list(keys.aliases())) {
                if (keys.isKeyEntry(alias)) return (KeyStore.PrivateKeyEntry) keys.getEntry(alias, new KeyStore.PasswordProtection(password));
            }
            throw new IOException(store + " holds no private key");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("no key store " + store + ": make one with tlang keys new NAME");
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException) throw new IOException("cannot open " + store + ": wrong password");
            throw e;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read " + store + ": " + e.getMessage(), e);
        }
    }

    private static void keytool(char[] password, String... args) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        ProcessBuilder builder = new ProcessBuilder(new java.util.ArrayList<>(List.of(keytool.toString())));
        builder.command().addAll(List.of(args));
        builder.environment().put(PASSWORD_VARIABLE, new String(password));
        builder.redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("keytool did not finish within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while keytool ran");
        }
        if (process.exitValue() != 0) throw new IOException("keytool failed: " + output);
    }
}

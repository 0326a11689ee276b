package org.tlang.repository;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPath;
import java.security.cert.CertificateFactory;
import java.util.Arrays;
import java.util.zip.ZipFile;
import jdk.security.jarsigner.JarSigner;

/** Signs a bundle jar with a publisher's key: the JDK's jarsigner API, SHA-256 digests. */
final class JarSigning {
    static final String SIGNER = "TLANG";

    private JarSigning() {}

    static void sign(Path jar, Path signed, KeyStore.PrivateKeyEntry key) throws IOException {
        CertPath chain;
        try {
            chain = CertificateFactory.getInstance("X.509").generateCertPath(Arrays.asList(key.getCertificateChain()));
        } catch (GeneralSecurityException e) {
            throw new IOException("the publisher key's certificate is not usable: " + e.getMessage(), e);
        }
        JarSigner signer;
        try {
            signer = new JarSigner.Builder(key.getPrivateKey(), chain).digestAlgorithm("SHA-256").signerName(SIGNER).build();
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot sign with this key: " + e.getMessage(), e);
        }
        try (ZipFile in = new ZipFile(jar.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        } catch (jdk.security.jarsigner.JarSignerException e) {
            throw new IOException("cannot sign " + jar.getFileName() + ": " + e.getMessage(), e);
        }
    }
}

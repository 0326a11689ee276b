package org.tlang.repository;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * The checks a jar passes before anything of it is installed. OSGi's signed-bundle support does
 * nothing on JDK 25 (no security manager), so they are made here: every entry signed by the
 * same one publisher and unchanged since, no signed entry missing, and that publisher's
 * certificate in the operator's trust folder.
 */
final class SignedJars {
    private SignedJars() {}

    /**
     * The certificate that signed every entry of {@code jar}.
     *
     * @throws IOException naming the jar (and the entry) when it is unsigned, changed or unreadable
     */
    static X509Certificate requireSigned(Path jar) throws IOException {
        String name = jar.getFileName().toString();
        X509Certificate signer = null;
        try (JarFile file = new JarFile(jar.toFile(), true)) {
            Set<String> present = new HashSet<>();
            byte[] buffer = new byte[8192];
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                present.add(entry.getName());
                if (entry.isDirectory() || isSignatureFile(entry.getName())) continue;
                try (InputStream in = file.getInputStream(entry)) {
                    while (in.read(buffer) >= 0) {
                        // reading to the end is what checks the entry's digest
                    }
                } catch (SecurityException e) {
                    throw new IOException(name + " was changed after it was signed: " + entry.getName(), e);
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null) throw new IOException(name + " is not signed (" + entry.getName() + " has no signature): publish it with tlang publish");
                if (signers.length != 1) throw new IOException(name + " has more than one signer on " + entry.getName());
                Certificate cert = signers[0].getSignerCertPath().getCertificates().getFirst();
                if (signer == null) signer = (X509Certificate) cert;
                else if (!signer.equals(cert)) throw new IOException(name + " is signed by more than one publisher");
            }
            if (signer == null) throw new IOException(name + " is not signed: publish it with tlang publish");
            if (file.getManifest() != null) {
                for (String entry : file.getManifest().getEntries().keySet()) {
                    if (!present.contains(entry)) throw new IOException(name + " was changed after it was signed: " + entry + " is missing");
                }
            }
        } catch (SecurityException e) {
            throw new IOException(name + " was changed after it was signed: " + e.getMessage(), e);
        } catch (java.util.zip.ZipException e) {
            throw new IOException(name + " is not a readable jar (truncated?): " + e.getMessage(), e);
        }
        return signer;
    }

    /**
     * Checks {@code jar} as {@link #requireSigned} and that its publisher is trusted.
     *
     * @return the publisher's name
     */
    static String verify(Path jar, Path trustFolder) throws IOException {
        X509Certificate signer = requireSigned(jar);
        for (X509Certificate trusted : trusted(trustFolder)) {
            if (trusted.equals(signer)) return publisher(signer);
        }
        throw new IOException(jar.getFileName() + " is signed by " + publisher(signer) + ", whom this runtime does not trust (the trust folder "
                + trustFolder + " has no certificate of theirs: tlang trust add THEIR.crt)");
    }

    /** The certificates in {@code folder/*.crt}. */
    static Set<X509Certificate> trusted(Path folder) throws IOException {
        Set<X509Certificate> certs = new HashSet<>();
        if (!Files.isDirectory(folder)) return certs;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.crt")) {
            for (Path file : files) certs.add(certificate(file));
        }
        return certs;
    }

    static X509Certificate certificate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " is not an X.509 certificate: " + e.getMessage(), e);
        }
    }

    /** The common name of its subject: the name given to {@code tlang keys new}. */
    static String publisher(X509Certificate cert) {
        try {
            for (Rdn rdn : new LdapName(cert.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) return rdn.getValue().toString();
            }
        } catch (javax.naming.InvalidNameException e) {
            // fall through to the whole name
        }
        return cert.getSubjectX500Principal().getName();
    }

    private static boolean isSignatureFile(String entry) {
        if (!entry.startsWith("META-INF/") || entry.indexOf('/', 9) >= 0) return false;
        String upper = entry.toUpperCase(java.util.Locale.ROOT);
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".EC") || upper.endsWith(".RSA") || upper.endsWith(".DSA");
    }
}

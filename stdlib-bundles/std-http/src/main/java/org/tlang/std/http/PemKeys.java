package org.tlang.std.http;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/** Key stores built in memory from PEM text: a server's certificate chain and PKCS#8 key, or the CAs a client trusts. */
final class PemKeys {
    /** The password of the in-memory key stores; they never leave the process. */
    static final String PASSWORD = "tlang";

    private PemKeys() {}

    static KeyStore serverKeys(String certPem, String keyPem) throws GeneralSecurityException {
        List<Certificate> chain = certificates(certPem, "the certificate");
        byte[] der = pemBlock(keyPem, "PRIVATE KEY");
        if (der == null) throw new GeneralSecurityException("the key is not a PEM \"PRIVATE KEY\" (PKCS#8) block");
        String algorithm = chain.getFirst().getPublicKey().getAlgorithm();
        PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
        KeyStore store = empty();
        store.setKeyEntry("server", key, PASSWORD.toCharArray(), chain.toArray(Certificate[]::new));
        return store;
    }

    static KeyStore trusted(String caPem) throws GeneralSecurityException {
        KeyStore store = empty();
        int i = 0;
        for (Certificate c : certificates(caPem, "the CA file")) store.setCertificateEntry("ca" + i++, c);
        return store;
    }

    private static List<Certificate> certificates(String pem, String what) throws GeneralSecurityException {
        List<Certificate> all = List.copyOf(CertificateFactory.getInstance("X.509")
                .generateCertificates(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII))));
        if (all.isEmpty()) throw new GeneralSecurityException(what + " holds no PEM certificate");
        return all;
    }

    /** The bytes of the first {@code -----BEGIN label-----} block, or null if there is none. */
    private static byte[] pemBlock(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----", end = "-----END " + label + "-----";
        int from = pem.indexOf(begin), to = pem.indexOf(end);
        if (from < 0 || to < from) return null;
        try {
            return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static KeyStore empty() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (java.io.IOException e) {
            throw new GeneralSecurityException(e);
        }
        return store;
    }
}

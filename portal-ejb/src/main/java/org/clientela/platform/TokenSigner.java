package org.clientela.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs the tokens the portal puts into links (invitations, unsubscribe links), so that a token
 * cannot be made up or altered. Each token carries its purpose in the signature: a token signed
 * for one purpose is worthless for another.
 *
 * <p>The key is {@code CLIENTELA_TOKEN_SECRET} when set (rotate it there); otherwise one is
 * generated on first start and kept in the database, so that every node of a cluster and every
 * restart use the same one.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@Lock(LockType.READ)
public class TokenSigner {

    static final String SECRET_VARIABLE = "CLIENTELA_TOKEN_SECRET";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    private SecretKeySpec key;

    @PostConstruct
    void loadKey() {
        String configured = System.getenv(SECRET_VARIABLE);
        byte[] secret = configured != null && !configured.isBlank()
                ? configured.getBytes(StandardCharsets.UTF_8)
                : storedSecret();
        useKey(new SecretKeySpec(secret, ALGORITHM));
    }

    /** For tests, which have no database to keep a key in. */
    void useKey(SecretKeySpec key) {
        this.key = key;
    }

    /** The stored key, created by the first node that starts; a node losing that race reads the winner's. */
    private byte[] storedSecret() {
        List<?> found = em.createNativeQuery("select secret from signing_key where name = 'tokens'")
                .getResultList();
        if (found.isEmpty()) {
            em.createNativeQuery("insert into signing_key (name, secret) values ('tokens', ?1)")
                    .setParameter(1, ENCODER.encodeToString(randomBytes(32)))
                    .executeUpdate();
            found = em.createNativeQuery("select secret from signing_key where name = 'tokens'")
                    .getResultList();
        }
        return DECODER.decode(found.get(0).toString());
    }

    /** A token that carries {@code payload} (URL-safe), valid only for {@code purpose}. */
    public String sign(String purpose, String payload) {
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return body + "." + ENCODER.encodeToString(mac(purpose, body));
    }

    /** The payload, when the token was signed here for this purpose and nobody changed it. */
    public Optional<String> verify(String purpose, String token) {
        if (token == null || token.length() > 1000) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String body = token.substring(0, dot);
        try {
            byte[] given = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(given, mac(purpose, body))) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(body), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    /** A random, URL-safe value for single-use tokens. */
    public static String nonce() {
        return ENCODER.encodeToString(randomBytes(18));
    }

    /** What is stored of a nonce: its SHA-256, so the table alone cannot rebuild a token. */
    public static String digest(String value) {
        try {
            return ENCODER.encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] mac(String purpose, String body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) '|');
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

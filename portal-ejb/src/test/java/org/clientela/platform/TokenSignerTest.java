package org.clientela.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Signed tokens: the payload comes back only untouched, signed here, for the same purpose. */
class TokenSignerTest {

    private static TokenSigner signer(String secret) {
        TokenSigner signer = new TokenSigner();
        signer.useKey(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return signer;
    }

    @Test
    void aTokenCarriesItsPayloadForItsPurposeOnly() {
        TokenSigner signer = signer("one secret");
        String token = signer.sign("invitation", "42:nonce");
        assertThat(signer.verify("invitation", token)).contains("42:nonce");
        assertThat(signer.verify("unsubscribe", token)).isEmpty();
        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
    }

    @Test
    void alteredForeignOrMalformedTokensAreRefused() {
        TokenSigner signer = signer("one secret");
        String token = signer.sign("invitation", "42:nonce");
        String otherPayload = signer.sign("invitation", "43:nonce").split("\\.")[0];
        assertThat(signer.verify("invitation", otherPayload + "." + token.split("\\.")[1]))
                .isEmpty();
        assertThat(signer("another secret").verify("invitation", token)).isEmpty();
        for (String bad : new String[] {null, "", ".", "abc", "a.b.c", "%%%.%%%", token + "x"}) {
            assertThat(signer.verify("invitation", bad)).as(String.valueOf(bad)).isEmpty();
        }
    }
}

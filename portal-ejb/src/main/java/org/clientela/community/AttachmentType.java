package org.clientela.community;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files a request may carry, recognised by their first bytes: a name or a browser's claim
 * alone proves nothing, and a file that is not what it says is refused.
 */
public enum AttachmentType {
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'});

    private final String mediaType;
    private final byte[] magic;

    AttachmentType(String mediaType, byte[] magic) {
        this.mediaType = mediaType;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type the content is, if it is one of ours. */
    public static Optional<AttachmentType> of(byte[] content) {
        return Arrays.stream(values())
                .filter(t -> content != null
                        && content.length >= t.magic.length
                        && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
                .findFirst();
    }

    /** Browsers say image/jpg or image/pjpeg now and then for a JPEG. */
    boolean matchesClaim(String claimed) {
        if (claimed == null || claimed.isBlank() || claimed.equals("application/octet-stream")) {
            return true; // nothing claimed: the bytes decide
        }
        String type = claimed.strip().toLowerCase(java.util.Locale.ROOT);
        return type.equals(mediaType) || (this == JPEG && (type.equals("image/jpg") || type.equals("image/pjpeg")));
    }
}

package org.clientela.platform;

/**
 * One bad field of an API call that a constraint on the request cannot express (a number, an
 * instant, a status the caller may not post). Answered like a constraint violation: 400 with the
 * field and the message, from the API's texts in the caller's language.
 */
public class InvalidFieldException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String key;
    private final transient Object[] args;

    public InvalidFieldException(String field, String key, Object... args) {
        super(field + ": " + key);
        this.field = field;
        this.key = key;
        this.args = args.clone();
    }

    public String getField() {
        return field;
    }

    public String getKey() {
        return key;
    }

    public Object[] getArgs() {
        return args.clone();
    }
}

package org.clientela.store;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A product's name and description in one language. */
@Embeddable
public class ProductText {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "description", length = 4000)
    private String description;

    protected ProductText() {}

    public ProductText(String name, String description) {
        this.name = Objects.requireNonNull(name, "name");
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProductText text
                && name.equals(text.name)
                && Objects.equals(description, text.description);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, description);
    }
}

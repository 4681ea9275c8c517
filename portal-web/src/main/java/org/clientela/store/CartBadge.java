package org.clientela.store;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** The header's item count; reads the cart only when a session exists, so browsing starts none. */
@Named
@RequestScoped
public class CartBadge {

    @Inject
    private Cart cart;

    /**
     * The count as text: a number would make Faces look its converter up (in CDI) on every page,
     * as the badge is in the layout.
     */
    public String getCount() {
        return Faces.getSession(false) == null ? "0" : Integer.toString(cart.getCount());
    }
}

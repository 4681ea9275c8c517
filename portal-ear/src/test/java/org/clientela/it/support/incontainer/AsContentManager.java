package org.clientela.it.support.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.clientela.platform.Roles;

/**
 * Calls services as a content manager from a test inside the server, where nobody is signed in:
 * the services check the role, and this bean carries it ({@link RunAs}).
 */
@Stateless
@PermitAll
@RunAs(Roles.CONTENT_MANAGER)
public class AsContentManager {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

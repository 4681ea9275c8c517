package org.clientela.it.support.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.clientela.platform.Roles;

/** Calls services in the role admin from a test inside the server, where nobody is signed in. */
@Stateless
@PermitAll
@RunAs(Roles.ADMIN)
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

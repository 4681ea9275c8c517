package org.clientela.it.support.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.clientela.platform.Roles;

/**
 * Calls services as a support agent from a test inside the server, where nobody is signed in:
 * the services check the role, and this bean carries it ({@link RunAs}).
 */
@Stateless
@PermitAll
@RunAs(Roles.SUPPORT_AGENT)
public class AsSupportAgent {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}

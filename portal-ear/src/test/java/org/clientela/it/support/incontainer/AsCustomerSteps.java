package org.clientela.it.support.incontainer;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import org.clientela.platform.Roles;

/**
 * Runs a test's steps in the role customer, each service call in its own transaction exactly as when
 * the test calls the services itself (unlike {@link AsCustomer}, which wraps its work in one). The
 * transactions are the bean's own, so the steps may also begin and commit one of their own.
 */
@Stateless
@PermitAll
@RunAs(Roles.CUSTOMER)
@TransactionManagement(TransactionManagementType.BEAN)
public class AsCustomerSteps {

    /** Steps of a test, which may throw what the test method may. */
    public interface Steps {
        void run() throws Exception;
    }

    public void run(Steps steps) throws Exception {
        steps.run();
    }
}

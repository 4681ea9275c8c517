package org.clientela.crm;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clientela.platform.CurrentUser;

/**
 * Once a session, tells the {@link StaffDirectory} that a member of staff is about, with their
 * name and team as their token has them, so that colleagues can give them tasks.
 */
@WebFilter(urlPatterns = "/staff/*")
public class StaffRecognitionFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(StaffRecognitionFilter.class.getName());
    static final String SEEN = "clientela.staffSeen";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private StaffDirectory directory;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (request.getUserPrincipal() != null && (session == null || session.getAttribute(SEEN) == null)) {
            Optional<String> team = StaffDirectory.teamOf(request::isUserInRole);
            if (team.isPresent()) {
                try {
                    directory.recognise(currentUser.subject(), currentUser.getDisplayName(), team.get());
                    request.getSession().setAttribute(SEEN, Boolean.TRUE);
                } catch (EJBException e) {
                    // two first requests at once: the other one wrote the row; try again next time
                    LOG.log(Level.FINE, "staff member not recorded this time", e);
                }
            }
        }
        chain.doFilter(request, response);
    }
}

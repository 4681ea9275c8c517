package org.clientela.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /ping} answers "ok" as text/plain: the server is up and the portal deployed. Made for a
 * load balancer's health check, which calls it often, so it starts no session, reads no database
 * and uses no CDI bean; the portal's filters still run, as for every request. The store
 * benchmark measures it as the bare servlet: the most this server answers per second, to which its
 * pages are compared.
 */
@WebServlet("/ping")
public class PingServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        // a stale "ok" from a cache would hide a dead node
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("ok");
    }
}

package org.civicvoice.participation.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code /account/eid/start} sends the browser to the national eID; {@code /account/eid/callback} is where it
 * comes back (the authentication mechanism has signed the person in by then) and goes on to the page the sign-in
 * was asked to return to ({@code start?next=...}, a path of the platform), else to where their role works.
 * Both answer 404 while no eID is configured.
 */
@WebServlet(urlPatterns = {EidLogin.START_PATH, EidLogin.CALLBACK_PATH})
public class EidServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(EidServlet.class.getName());

    @Inject
    EidLogin eid;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!eid.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String context = request.getContextPath();
        if (request.getServletPath().equals(EidLogin.START_PATH)) {
            try {
                PlatformAuthentication.rememberNext(request.getSession(true), request.getParameter("next"));
                response.sendRedirect(eid.authorizationRedirect(request.getSession(true)).toString());
            } catch (Exception e) {
                LOG.log(Level.WARNING, "The eID provider cannot be reached: {0}", e.getMessage());
                response.sendRedirect(context + "/account/login.xhtml?eid=unavailable");
            }
            return;
        }
        response.sendRedirect(context + (request.getUserPrincipal() != null
                ? PlatformAuthentication.nextPage(request, null) : "/account/login.xhtml?eid=failed"));
    }
}

package org.clientela.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Keeps the Content-Security-Policy nonce of a page out of the session. PrimeFaces keeps the nonce
 * of a page that is not transient in its view scope (to compare it with the page's later Ajax
 * posts), and the view scope lives in the session; but it picks the nonce before Faces builds the
 * page, when the view does not say yet whether it is transient (the layout's {@code stateless}
 * parameter decides that while the page is built). Every page, the stateless ones too, would so
 * start a session, which the public page cache and the benchmarks count on not happening. So a
 * page requested by GET is marked transient just while PrimeFaces picks its nonce, between the
 * last phase before rendering and the rendering itself; building the page then sets the real
 * value. A page with a form still sends its nonce with its Ajax posts, and PrimeFaces uses it.
 * Registered after PrimeFaces' own listener (the application's faces-config comes last), so its
 * {@code beforePhase} runs after PrimeFaces'.
 */
public class CspNonceOutsideSession implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final String MARKED = CspNonceOutsideSession.class.getName();

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        PhaseId phase = event.getPhaseId();
        if (phase == PhaseId.RENDER_RESPONSE || context.isPostback() || context.getResponseComplete()) {
            return;
        }
        UIViewRoot root = context.getViewRoot();
        // rendering comes next: at once (no view parameters, or a failed one) or after the view actions
        boolean renderingNext = context.getRenderResponse() || phase == PhaseId.INVOKE_APPLICATION;
        if (root != null && !root.isTransient() && renderingNext) {
            root.setTransient(true);
            context.getAttributes().put(MARKED, Boolean.TRUE);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE
                && context.getAttributes().remove(MARKED) != null
                && context.getViewRoot() != null) {
            context.getViewRoot().setTransient(false);
        }
    }
}

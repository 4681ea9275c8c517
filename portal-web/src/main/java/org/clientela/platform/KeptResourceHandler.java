package org.clientela.platform;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ViewResource;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps the stylesheets and scripts a page names once they are found, for the rendering of every
 * later page. Faces has a cache of its own, but misses it on every call here: it files a resource
 * under the locale prefix it was found with (none: nothing is translated) and looks it up under
 * the request's prefix, which the validation bundle names per language. Each miss searched the web
 * application and the class path again, for every stylesheet and script of every page. Only
 * what pages render is kept; requests for the files themselves go to Faces as before (their
 * resource objects carry that response's headers).
 */
public class KeptResourceHandler extends ResourceHandlerWrapper {

    private final ConcurrentMap<String, Resource> rendered = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, ViewResource> views = new ConcurrentHashMap<>();

    public KeptResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String name, String library) {
        FacesContext context = FacesContext.getCurrentInstance();
        if (name == null || context == null || context.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return super.createResource(name, library);
        }
        String key = library == null ? name : library + ':' + name;
        Resource kept = rendered.get(key);
        if (kept == null) {
            kept = super.createResource(name, library);
            if (kept != null) { // an unknown one is asked for again: Faces reports it where it is named
                rendered.putIfAbsent(key, kept);
            }
        }
        return kept;
    }

    /**
     * The page files too: Faces looks a view's file up again on every request, twice (for the
     * view's metadata and for the view). Pages do not move
     * while the application runs; a name with no page is not kept (it is asked for again).
     */
    @Override
    public ViewResource createViewResource(FacesContext context, String resourceName) {
        ViewResource kept = views.get(resourceName);
        if (kept == null) {
            kept = super.createViewResource(context, resourceName);
            if (kept != null) {
                views.putIfAbsent(resourceName, kept);
            }
        }
        return kept;
    }
}

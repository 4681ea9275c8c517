package org.clientela.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for the whole API. Without it RESTEasy builds a new one for every body it
 * reads or writes: a service-loader search through the deployment's jars and a cold cache of
 * every class's mapping, on every API call. Jsonb is thread-safe; the configuration is JSON-B's
 * default, as before.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final class Holder {
        static final Jsonb JSONB = JsonbBuilder.create();
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return Holder.JSONB;
    }
}

package org.clientela.platform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API, under /api; every resource answers bearer tokens only. */
@ApplicationPath("/api")
public class RestApplication extends Application {}

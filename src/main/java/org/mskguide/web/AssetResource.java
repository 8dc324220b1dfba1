package org.mskguide.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import io.smallrye.common.annotation.NonBlocking;

/** {@code /assets/{name}}: the stylesheet and icon, from memory. */
@Path("/assets")
public class AssetResource {

    @Inject
    Assets assets;

    @GET
    @Path("/{name}")
    @NonBlocking
    public Response asset(@PathParam("name") String name, @Context HttpHeaders headers) {
        return assets.get(name).orElseThrow(NotFoundException::new).respond(headers);
    }
}

package org.mskguide.minimal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one endpoint: bench/run.sh times the start until it answers 200, as it does for the guide's home page. */
@Path("/")
public class Hello {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "ok";
    }
}

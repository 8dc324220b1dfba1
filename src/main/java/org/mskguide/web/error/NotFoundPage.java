package org.mskguide.web.error;

import org.mskguide.web.PageMeta;

/**
 * The body of the "page not found" page, with suggestions only the content layer knows (the topics): web sits below
 * content and never imports it, so content provides this bean. Without one, a 404 gets the plain problem page.
 */
public interface NotFoundPage {

    String render(PageMeta meta);
}

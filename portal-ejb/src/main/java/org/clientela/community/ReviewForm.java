package org.clientela.community;

import org.clientela.platform.Language;

/**
 * What the author fills in. The rating is an Integer so that "no stars chosen" reaches the service
 * and is refused there with its own reason.
 *
 * @param title optional; blank counts as none
 * @param language the language the review is written in (the page's)
 */
public record ReviewForm(Integer rating, String title, String body, Language language) {}

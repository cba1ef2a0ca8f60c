package org.amnistia.web;

import java.io.IOException;

/** What answers one method and path; it replies through the {@link Call} or throws {@link ApiException}. */
@FunctionalInterface
interface Route {

    void handle(Call call) throws IOException;
}

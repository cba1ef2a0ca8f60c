/**
 * The defence lawyer's local web page and its JSON API ({@code amnistia serve}), on the JDK's own
 * {@code com.sun.net.httpserver}, and the 1999–2026 timeline picture of the Art. 8 windows. Nothing
 * here logs a request's content or calls the network.
 */
package org.amnistia.web;

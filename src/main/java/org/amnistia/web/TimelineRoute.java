package org.amnistia.web;

import org.amnistia.casefile.InvalidCaseException;
import org.amnistia.casefile.PartialDate;
import org.amnistia.law.NumeralWindows.Span;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /timeline.svg?law=L&from=…&to=…&lang=es|en}: the timeline with the case's conduct
 * marked ({@code from} and {@code to} as in a case: a day, a month or a year; both optional).
 */
final class TimelineRoute implements Route {

    @Override
    public void handle(Call call) throws IOException {
        var law = LawChoice.encoded(call);
        String lang = "en".equals(call.param("lang")) ? "en" : "es";
        String svg = TimelineSvg.render(law, lang, conduct(call), null);
        call.send(200, "image/svg+xml; charset=utf-8", svg.getBytes(StandardCharsets.UTF_8));
    }

    private static Span conduct(Call call) {
        PartialDate from = date(call, "from");
        PartialDate to = date(call, "to");
        if (from == null) {
            if (to != null) {
                throw ApiException.badRequest("to", "«to» sin «from»", "«to» without «from»");
            }
            return null;
        }
        PartialDate last = to == null ? from : to;
        if (last.last().isBefore(from.first())) {
            throw ApiException.badRequest("to", "«to» es anterior a «from»", "«to» is before «from»");
        }
        return new Span(from.first(), last.last());
    }

    private static PartialDate date(Call call, String name) {
        String text = call.param(name);
        if (text == null) {
            return null;
        }
        try {
            return PartialDate.parse(text);
        } catch (InvalidCaseException e) {
            throw ApiException.of(e.at(name));
        }
    }
}

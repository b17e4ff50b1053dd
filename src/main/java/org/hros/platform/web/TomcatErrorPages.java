package org.hros.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The few errors Tomcat answers before HROS sees the request (a request line or headers over
 * {@code server.max-http-request-header-size}, a malformed URL) get a short page in HROS's words instead of
 * Tomcat's report, which names the server and its version.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorPages {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> hrosErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(PlainErrorReport.class.getName());
            }
        });
    }

    /** Writes a minimal, self-contained page: status and a way back, nothing about the server. */
    public static class PlainErrorReport extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String message = status == 400 || status == 414 || status == 431
                    ? "That address is too long or malformed. Shorten your search and try again."
                    : "Something went wrong with that request.";
            String html = "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>HROS · " + status
                    + "</title><link rel=\"stylesheet\" href=\"/css/hros.css\"></head><body><main class=\"error-page\">"
                    + "<h1>" + status + "</h1><p>" + message + "</p><p><a href=\"/\">Back to HROS</a></p></main>"
                    + "</body></html>";
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(html);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client has gone or the response is committed; nothing more to say.
            }
        }
    }
}

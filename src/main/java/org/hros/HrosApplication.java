package org.hros;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** HROS: an open commons of recruiting and HR case studies, failures first. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class HrosApplication {

    public static void main(String[] args) {
        SpringApplication.run(HrosApplication.class, args);
    }
}

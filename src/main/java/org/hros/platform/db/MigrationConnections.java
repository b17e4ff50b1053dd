package org.hros.platform.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Migrations run on connections of their own, to the same database as the pool but without its time limits: the
 * statement and socket limits that end a stalled page in seconds would stop a migration that rewrites a large table
 * half-way through a start.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnections {

    @Bean
    FlywayConfigurationCustomizer migrationsWithoutTimeLimits() {
        return configuration -> pool(configuration.getDataSource())
                .filter(pool -> pool.getJdbcUrl() != null)
                .ifPresent(pool -> configuration.dataSource(withoutTimeLimits(pool)));
    }

    private static Optional<HikariDataSource> pool(DataSource dataSource) {
        try {
            return dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)
                    ? Optional.of(dataSource.unwrap(HikariDataSource.class))
                    : Optional.empty();
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    static DriverManagerDataSource withoutTimeLimits(HikariDataSource pool) {
        Properties properties = new Properties();
        properties.putAll(pool.getDataSourceProperties());
        properties.remove("socketTimeout");
        properties.remove("options");
        DriverManagerDataSource dataSource = new DriverManagerDataSource();
        dataSource.setUrl(pool.getJdbcUrl());
        dataSource.setConnectionProperties(properties);
        dataSource.setUsername(pool.getUsername());
        dataSource.setPassword(pool.getPassword());
        return dataSource;
    }
}

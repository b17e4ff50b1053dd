package org.hros.digest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hros.support.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * V175 gives each member one time zone: a zone chosen in the digest settings moves to the profile where the member
 * had none, and the digest keeps no zone of its own. Run on a schema of its own, migrated to just before it.
 */
class OneTimeZoneMigrationTests extends IntegrationTestBase {

    @Autowired
    DataSource dataSource;

    @Test
    void aDigestZoneMovesToTheProfileOnlyWhereTheMemberHadNone() {
        String schema = "zones_" + UUID.randomUUID().toString().substring(0, 8);
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try {
            flyway(schema, "160").migrate();
            long onlyDigest = member(jdbc, schema, null, "Asia/Tokyo");
            long both = member(jdbc, schema, "Europe/Berlin", "Asia/Tokyo");
            long blankProfile = member(jdbc, schema, "", "America/Sao_Paulo");
            long digestDefault = member(jdbc, schema, null, "UTC");
            long legacyAlias = member(jdbc, schema, null, "Etc/GMT-9");

            flyway(schema, "latest").migrate();

            assertThat(zone(jdbc, schema, onlyDigest)).isEqualTo("Asia/Tokyo");
            assertThat(zone(jdbc, schema, both)).isEqualTo("Europe/Berlin");
            assertThat(zone(jdbc, schema, blankProfile)).isEqualTo("America/Sao_Paulo");
            assertThat(zone(jdbc, schema, digestDefault)).isNull();
            assertThat(zone(jdbc, schema, legacyAlias)).isNull();
            assertThat(jdbc.sql("select count(*) from information_schema.columns where table_schema = ?"
                                    + " and table_name = 'digest_preference' and column_name = 'zone'")
                            .param(schema)
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("select hour from " + schema + ".digest_preference where member_id = ?")
                            .param(onlyDigest)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(8);
        } finally {
            jdbc.sql("drop schema if exists " + schema + " cascade").update();
        }
    }

    private Flyway flyway(String schema, String target) {
        return Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations("classpath:db/migration")
                .target(target)
                .load();
    }

    private static long member(JdbcClient jdbc, String schema, String profileZone, String digestZone) {
        String key = UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("insert into " + schema + ".member (email, handle, password_hash, display_name, topics,"
                        + " skills, role, email_verified_at, created_at, time_zone)"
                        + " values (?, ?, 'x', 'Zone member', '', '', 'MEMBER', now(), now(), ?) returning id")
                .params("zone-" + key + "@example.org", "zone-" + key, profileZone)
                .query(Long.class)
                .single();
        jdbc.sql("insert into " + schema + ".digest_preference (member_id, frequency, day_of_week, hour, zone)"
                        + " values (?, 'WEEKLY', 'MONDAY', 8, ?)")
                .params(id, digestZone)
                .update();
        return id;
    }

    private static String zone(JdbcClient jdbc, String schema, long memberId) {
        return jdbc.sql("select time_zone from " + schema + ".member where id = ?")
                .param(memberId)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getString(1)))
                .single()
                .orElse(null);
    }
}

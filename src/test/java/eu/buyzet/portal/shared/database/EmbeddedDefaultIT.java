package eu.buyzet.portal.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import eu.buyzet.portal.Application;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded default keeps its data, durably, and loads the demo data only once. */
class EmbeddedDefaultIT {

    @Test
    void data_survives_a_stop_and_a_start_and_demo_data_loads_once() throws Exception {
        Path dataDir = Files.createTempDirectory("buyzet-restart");
        try (ConfigurableApplicationContext first = start(dataDir)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            jdbc.sql("insert into organisation (name, kind, country, org_number) values ('Varig AS', 'SUPPLIER', 'NO', '930000000')")
                    .update();
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from organisation where name = 'Varig AS'").query(Integer.class).single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from member where email = 'admin@demo.buyzet.eu'").query(Integer.class).single())
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(Application.class).run(
                "--server.port=0", "--buyzet.database.embedded-dir=" + dataDir, "--vaadin.launch-browser=false");
    }
}

package vn.ngoso.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the JVM when no database URL is configured, so that a fresh machine
 * with only a JDK runs the platform against the same database engine as production.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
class EmbeddedDatabaseConfiguration {

	@Bean
	DataSource dataSource(EmbeddedDatabaseProperties properties) {
		var postgres = SharedEmbeddedPostgres.obtain(properties);
		var config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("ngoso-embedded");
		return new HikariDataSource(config);
	}
}

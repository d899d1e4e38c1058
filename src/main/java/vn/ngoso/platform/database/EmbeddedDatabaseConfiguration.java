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

	/** Returned when the context closes, after the pool below: the server outlives its connections. */
	@Bean(destroyMethod = "close")
	SharedEmbeddedPostgres.Lease embeddedPostgres(EmbeddedDatabaseProperties properties) {
		return SharedEmbeddedPostgres.lease(properties);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(SharedEmbeddedPostgres.Lease postgres) {
		var config = new HikariConfig();
		config.setJdbcUrl(postgres.postgres().getJdbcUrl("postgres", "postgres"));
		config.setUsername(DatabasePassword.USER);
		config.setPassword(postgres.password());
		config.setMaximumPoolSize(10);
		config.setPoolName("ngoso-embedded");
		config.setConnectionTimeout(10_000);
		return new HikariDataSource(config);
	}
}

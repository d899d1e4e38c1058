package vn.ngoso.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.util.StringUtils;

/**
 * Puts the application's DataSource (the embedded server's pool, or Spring Boot's for an external
 * primary) behind a {@link LazyConnectionDataSourceProxy} whose read-only DataSource is
 * {@link ReplicaOrPrimary}: a read-only transaction begun by a {@link MayReadReplica} entry point
 * reads the replica, everything else (Flyway, writes, read-your-writes pages) the primary. The
 * replica's pool is this processor's, closed with the context.
 */
final class ReplicaRouting implements BeanPostProcessor, EnvironmentAware, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);

	private static final String DATA_SOURCE = "dataSource";

	private @Nullable ReplicaProperties properties;

	private @Nullable HikariDataSource replica;

	@Override
	public void setEnvironment(Environment environment) {
		properties = Binder.get(environment).bindOrCreate("ngoso.database", ReplicaProperties.class);
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!DATA_SOURCE.equals(beanName) || !(bean instanceof DataSource primary) || properties == null
				|| !StringUtils.hasText(properties.replicaUrl())) {
			return bean;
		}
		replica = replicaPool(properties, primary);
		var routing = new LazyConnectionDataSourceProxy(primary);
		routing.setReadOnlyDataSource(new ReplicaOrPrimary(primary, replica));
		log.info("Read replica at {}: dashboards, reports, exports, public pages and sync pulls read it",
				properties.replicaUrl());
		return routing;
	}

	private static HikariDataSource replicaPool(ReplicaProperties properties, DataSource primary) {
		var config = new HikariConfig();
		config.setJdbcUrl(properties.replicaUrl());
		String username = properties.replicaUsername();
		String password = properties.replicaPassword();
		if (primary instanceof HikariDataSource pool) {
			// same user and password as the primary unless told otherwise
			username = StringUtils.hasText(username) ? username : pool.getUsername();
			password = StringUtils.hasText(password) ? password : pool.getPassword();
		}
		if (!StringUtils.hasText(username)) {
			throw new IllegalStateException("Set ngoso.database.replica-username (NGOSO_DB_REPLICA_USER): the primary's"
					+ " DataSource does not say its user");
		}
		config.setUsername(username);
		config.setPassword(password);
		config.setPoolName("ngoso-replica");
		config.setMaximumPoolSize(10);
		// a replica down (or not yet up) does not stop the application: its reads go to the primary
		config.setInitializationFailTimeout(-1);
		config.setConnectionTimeout(3_000);
		config.setReadOnly(true);
		return new HikariDataSource(config);
	}

	@Override
	public void destroy() {
		if (replica != null) {
			replica.close();
		}
	}
}

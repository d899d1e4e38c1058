package vn.ngoso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class NgosoApplication {

	public static void main(String[] args) {
		SpringApplication.run(NgosoApplication.class, args);
	}
}

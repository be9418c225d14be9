package org.enrolcheck.privacy;

import java.nio.file.Path;

import org.enrolcheck.db.DatabaseProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The data keys come from ENROLCHECK_DATA_KEY, or from a key file beside the embedded database. */
@Configuration(proxyBeanMethods = false)
class PrivacyConfiguration {

	@Bean
	PersonalDataCipher personalDataCipher(@Value("${enrolcheck.privacy.data-key:}") String configuredKey,
			DatabaseProperties database) {
		DataKeys keys = configuredKey.isBlank() ? DataKeys.fromFile(keyFile(database.dataDir()))
				: DataKeys.fromBase64(configuredKey);
		return new PersonalDataCipher(keys);
	}

	private static Path keyFile(Path dataDir) {
		return dataDir.resolve("keys").resolve("data.key");
	}

}

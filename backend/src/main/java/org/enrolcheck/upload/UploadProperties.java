package org.enrolcheck.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** Size limits per purpose; evidence and identity photos follow domain.md, the rest is configurable. */
@ConfigurationProperties("enrolcheck.uploads")
public record UploadProperties(@DefaultValue("50MB") DataSize maxRoster, @DefaultValue("200MB") DataSize maxPhotoZip) {

	public long limit(UploadPurpose purpose) {
		return switch (purpose) {
			case ROSTER -> maxRoster.toBytes();
			case PHOTO_ZIP -> maxPhotoZip.toBytes();
			case EVIDENCE -> DataSize.ofMegabytes(1).toBytes();
			case IDENTITY_PHOTO -> DataSize.ofKilobytes(300).toBytes();
		};
	}

}

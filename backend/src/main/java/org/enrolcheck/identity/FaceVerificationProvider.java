package org.enrolcheck.identity;

import reactor.core.publisher.Mono;

/**
 * The port for REAL_PERSON (人脸核身): an external face-verification service compares the person in
 * front of the camera with the photo of the claimed ID number. No provider is built in; declare one
 * bean implementing this interface and the method is offered (README "Face verification provider").
 * The provider is given the claimed name and ID number in plain text, so it must be a processor the
 * institution has a data-processing agreement with.
 */
public interface FaceVerificationProvider {

	/** A verification the person opens at {@code verificationUrl}; {@code token} identifies it to the provider. */
	record Session(String verificationUrl, String token) {
	}

	/** Starts a verification of the person claiming {@code idNumber} under {@code name}; return to {@code returnUrl}. */
	Mono<Session> start(String name, String idType, String idNumber, String returnUrl);

	/** Whether the verification {@code token} passed: the face matched the ID number's holder. */
	Mono<Boolean> passed(String token);

}

package org.enrolcheck.security;

/**
 * An authentication that is not a JWT but knows its viewer (an integrator's API token): Viewer
 * takes it as it is instead of reading claims.
 */
public interface ViewerAuthentication {

	Viewer viewer();

}

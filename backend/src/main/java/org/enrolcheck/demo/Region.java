package org.enrolcheck.demo;

import org.enrolcheck.validation.Province;

/**
 * A county-level division (GB/T 2260) that a student comes from: the first six digits of a resident
 * ID number. Hong Kong, Macao and Taiwan have the whole-region codes 810000, 820000 and 830000 that
 * their residence permits begin with.
 *
 * @param index position in {@link OriginRegions#all()}, for counters kept per region
 */
record Region(String code, Province province, int index) {

	boolean isMainland() {
		return province != Province.HONG_KONG && province != Province.MACAO && province != Province.TAIWAN;
	}

}
